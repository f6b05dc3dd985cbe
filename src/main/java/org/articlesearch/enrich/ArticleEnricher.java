package org.articlesearch.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.extract.ExtractedText;
import org.articlesearch.extract.TikaTextExtractor;

/** Turns extracted text into an article: metadata with provenance, clean body, folded entities. */
public final class ArticleEnricher {
  private final EntityRecognizer recognizer;
  private final EntityFolder folder;
  private final TitleResolver titles = new TitleResolver();
  private final AuthorResolver authors = new AuthorResolver();
  private final DateResolver dates = new DateResolver();
  private final PublisherResolver publishers = new PublisherResolver();
  private final UrlResolver urls = new UrlResolver();

  /**
   * Returns the standard enricher: CoreNLP's recognizer, loaded only if some text is not in the
   * cache, and the built-in alias tables overridden by the user's alias file.
   *
   * @param recognitionCache folder of cached recognition results, or null for none
   * @param aliasFile the user's alias file, or null; a missing file means no user rules
   */
  public static ArticleEnricher standard(Path recognitionCache, Path aliasFile) {
    EntityRecognizer recognizer =
        recognitionCache == null
            // The model loads while the first files are parsed; the first recognition waits for it.
            ? new BackgroundRecognizer(CoreNlpEntityRecognizer::load)
            : new CachingEntityRecognizer(
                recognitionCache, CoreNlpEntityRecognizer.MODELS_ID, CoreNlpEntityRecognizer::load);
    return new ArticleEnricher(recognizer, new EntityFolder(AliasTable.load(aliasFile)));
  }

  /** Returns an enricher that finds no entities: title, authors, date, publisher and language. */
  public static ArticleEnricher withoutRecognition() {
    return new ArticleEnricher(null, null);
  }

  /**
   * Returns an enricher with the given recognizer and folder; both null for none.
   *
   * @param recognizer finds the mentions, or null to find no entities
   * @param folder turns mentions into entities
   */
  public ArticleEnricher(EntityRecognizer recognizer, EntityFolder folder) {
    this.recognizer = recognizer;
    this.folder = folder;
  }

  /**
   * Enriches one document.
   *
   * @param id the stable article id
   * @param path the path relative to the corpus
   * @param contentHash hex SHA-256 of the source file
   */
  public Article enrich(String id, String path, String contentHash, ExtractedText extracted) {
    return enrich(id, path, contentHash, extracted, GivenMetadata.NONE);
  }

  /**
   * Enriches one document whose metadata is partly or wholly given. A given field is not looked
   * for, which spares the work, and the given authors and publisher are the known names the
   * entities are folded towards.
   *
   * @param given the fields to take as they are
   */
  public Article enrich(
      String id, String path, String contentHash, ExtractedText extracted, GivenMetadata given) {
    ArticleText text = new ArticleText(extracted);
    Map<String, String> provenance = new LinkedHashMap<>();
    String source = given.source();
    String title = record("title", given.title(), source, titles::resolve, text, provenance);
    List<String> authorList =
        record("authors", given.authors(), source, authors::resolve, text, provenance);
    PublicationDate date = record("date", given.date(), source, dates::resolve, text, provenance);
    String publisher =
        record("publisher", given.publisher(), source, publishers::resolve, text, provenance);
    String url = record("url", null, source, urls::resolve, text, provenance);
    recordOcr(extracted, provenance);
    List<String> authorNames = authorList == null ? List.of() : authorList;
    String body =
        PageChromeFilter.clean(BoilerplateFilter.clean(extracted.text()), title, authorNames);
    String language = LanguageIdentifier.shared().identify(body);
    // The recognizer's model is English: other languages get no entities rather than wrong ones.
    List<NamedEntity> entities =
        recognizer != null && (language == null || language.equals("en"))
            ? withBylineAuthors(
                folder.fold(body, recognizer.recognize(body), knownNames(authorList, publisher)),
                authorNames,
                extracted.text())
            : List.of();
    return new Article(
        id,
        path,
        title,
        authorNames,
        date,
        publisher,
        body,
        entities,
        extracted.mediaType(),
        contentHash,
        provenance,
        language,
        url);
  }

  /** The text's source is part of provenance when pages of it were read by OCR. */
  private static void recordOcr(ExtractedText extracted, Map<String, String> provenance) {
    String pages = extracted.first(TikaTextExtractor.OCR_PAGES);
    if (pages != null && !pages.equals("0")) {
      provenance.put(
          Article.TEXT_SOURCE,
          Article.OCR_SOURCE + pages + (pages.equals("1") ? " page" : " pages"));
    }
    List<String> problems = extracted.all(TikaTextExtractor.OCR_PROBLEMS);
    if (!problems.isEmpty()) {
      provenance.put("ocr-problems", String.join("; ", problems));
    }
  }

  /**
   * Returns, for the authors and the date, every candidate the resolvers considered, in their order
   * of trust, each with the value read from it: what {@code extract --explain} shows.
   */
  public Map<String, List<String>> candidates(ExtractedText extracted) {
    ArticleText text = new ArticleText(extracted);
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("authors", authors.explain(text).stream().map(Object::toString).toList());
    out.put("date", dates.explain(text).stream().map(Object::toString).toList());
    return out;
  }

  /**
   * Returns the entities with each author the page names whom they lack: a byline or a "Follow"
   * line left the body as page chrome, but the author is still one of the article's people. Such an
   * entity has no mention in the body to highlight.
   */
  private static List<NamedEntity> withBylineAuthors(
      List<NamedEntity> entities, List<String> authors, String pageText) {
    List<NamedEntity> out = new ArrayList<>(entities);
    for (String author : authors) {
      String key = EntityNames.key(author);
      boolean present =
          entities.stream()
              .anyMatch(
                  e ->
                      EntityNames.key(e.name()).equals(key)
                          || e.variants().stream().anyMatch(v -> EntityNames.key(v).equals(key)));
      if (!author.startsWith("@")
          && !present
          && Pattern.compile(Pattern.quote(author), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(pageText)
              .find()) {
        out.add(new NamedEntity(author, EntityType.PERSON, 1, List.of(author), List.of()));
      }
    }
    return out;
  }

  /** The byline's people and the publisher, as mentions to look for in the text. */
  private static List<EntityMention> knownNames(List<String> authors, String publisher) {
    List<EntityMention> known = new ArrayList<>();
    if (authors != null) {
      authors.stream()
          .filter(a -> !a.startsWith("@"))
          .forEach(a -> known.add(new EntityMention(a, EntityType.PERSON, 0, 0)));
    }
    if (publisher != null && !publisher.contains(".")) {
      known.add(new EntityMention(publisher, EntityType.ORGANIZATION, 0, 0));
    }
    return known;
  }

  /** Returns the given value, or else the one found in the text; records where it came from. */
  private static <T> T record(
      String field,
      T givenValue,
      String givenSource,
      Function<ArticleText, Optional<Resolved<T>>> resolver,
      ArticleText text,
      Map<String, String> provenance) {
    if (givenValue != null) {
      provenance.put(field, givenSource);
      return givenValue;
    }
    Optional<Resolved<T>> resolved = resolver.apply(text);
    if (resolved.isEmpty()) {
      return null;
    }
    provenance.put(field, resolved.get().source());
    return resolved.get().value();
  }
}
