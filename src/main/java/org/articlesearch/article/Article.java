package org.articlesearch.article;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enriched article: what the index stores and the search shows.
 *
 * @param id stable id derived from the path relative to the corpus
 * @param path path relative to the corpus, with forward slashes
 * @param title headline, or null when none was found
 * @param authors person names in display form, possibly empty
 * @param date publication date, or null when the article states none
 * @param publisher who published it, or null
 * @param body the article text, boilerplate removed
 * @param entities distinct entities mentioned in the body
 * @param contentType media type Tika detected
 * @param contentHash SHA-256 of the file's bytes, hex
 * @param provenance for each metadata field, the source that produced it (e.g. {@code
 *     "meta:author"})
 * @param language ISO 639-1 code of the body's language, or null when it could not be told
 * @param url the address of the original page (http or https), or null when none is known
 * @param members the paths of the articles this container (an e-mail or an archive) holds, in the
 *     container's order; empty for any other article
 */
public record Article(
    String id,
    String path,
    String title,
    List<String> authors,
    PublicationDate date,
    String publisher,
    String body,
    List<NamedEntity> entities,
    String contentType,
    String contentHash,
    Map<String, String> provenance,
    String language,
    String url,
    List<String> members) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    authors = List.copyOf(authors);
    entities = List.copyOf(entities);
    provenance = Map.copyOf(provenance);
    members = List.copyOf(members);
  }

  /** Returns an article that holds no other. */
  public Article(
      String id,
      String path,
      String title,
      List<String> authors,
      PublicationDate date,
      String publisher,
      String body,
      List<NamedEntity> entities,
      String contentType,
      String contentHash,
      Map<String, String> provenance,
      String language,
      String url) {
    this(
        id,
        path,
        title,
        authors,
        date,
        publisher,
        body,
        entities,
        contentType,
        contentHash,
        provenance,
        language,
        url,
        List.of());
  }

  /** The provenance key of the body text's source, present when it is not the file as written. */
  public static final String TEXT_SOURCE = "text";

  /** How a {@link #TEXT_SOURCE} read by OCR starts, followed by the number of pages. */
  public static final String OCR_SOURCE = "ocr:";

  /** Returns whether OCR read the text, or part of it, from a scan. */
  public boolean textFromOcr() {
    return ocrPages() > 0;
  }

  /** Returns how many pages OCR read, 0 when the text is the file's own. */
  public int ocrPages() {
    String source = provenance.getOrDefault(TEXT_SOURCE, "");
    if (!source.startsWith(OCR_SOURCE)) {
      return 0;
    }
    String count = source.substring(OCR_SOURCE.length()).split(" ", 2)[0];
    return count.matches("\\d{1,9}") ? Integer.parseInt(count) : 0;
  }

  /** Returns this article with other entities. */
  public Article withEntities(List<NamedEntity> replacement) {
    return new Article(
        id,
        path,
        title,
        authors,
        date,
        publisher,
        body,
        replacement,
        contentType,
        contentHash,
        provenance,
        language,
        url,
        members);
  }

  /** Returns this article holding the given members. */
  public Article withMembers(List<String> memberPaths) {
    return new Article(
        id,
        path,
        title,
        authors,
        date,
        publisher,
        body,
        entities,
        contentType,
        contentHash,
        provenance,
        language,
        url,
        memberPaths);
  }

  /** Returns the entities of one type, most mentioned first. */
  public List<NamedEntity> entities(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).toList();
  }
}
