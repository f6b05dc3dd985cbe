package org.articlesearch.opensearch;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.index.ArticleDocuments;
import org.articlesearch.index.CopySignature;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LanguageFields;

/**
 * Converts between an {@link Article} and its OpenSearch source document. The field names are those
 * of {@link IndexSchema} and {@link OpenSearchMapping}; entities and provenance are kept in the
 * same lines the local index stores, so both backends read them with one parser.
 */
public final class OpenSearchDocuments {
  private OpenSearchDocuments() {}

  /** Returns the source to index for an article. */
  public static Map<String, Object> asSource(Article article) {
    return asSource(article, article.entities());
  }

  /**
   * Returns the source for an article whose entities were changed by corpus-wide resolution,
   * keeping those recognized in it.
   */
  public static Map<String, Object> asSource(Article article, List<NamedEntity> recognized) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(IndexSchema.ID, article.id());
    source.put(IndexSchema.PATH, article.path());
    putIfPresent(source, IndexSchema.TITLE, article.title());
    source.put(IndexSchema.BODY, article.body());
    String key = LanguageFields.key(article.language());
    if (key != null) {
      // In the source as well: a copy made by _reindex keeps them.
      putIfPresent(source, LanguageFields.title(key), article.title());
      source.put(LanguageFields.body(key), article.body());
    }
    if (!article.authors().isEmpty()) {
      source.put(IndexSchema.AUTHOR, article.authors());
    }
    if (article.date() != null) {
      source.put(IndexSchema.DATE, article.date().date().toString());
      source.put(IndexSchema.DATE_ISO, article.date().iso());
      source.put(IndexSchema.YEAR, Integer.toString(article.date().date().getYear()));
    } else {
      source.put(IndexSchema.YEAR, IndexSchema.UNKNOWN_YEAR);
    }
    putIfPresent(source, IndexSchema.PUBLISHER, article.publisher());
    putIfPresent(source, IndexSchema.URL, article.url());
    if (article.textFromOcr()) {
      source.put(IndexSchema.SOURCE, IndexSchema.TEXT_FROM_OCR);
    }
    for (EntityType type : EntityType.values()) {
      List<String> names = new ArrayList<>();
      for (NamedEntity entity : article.entities()) {
        if (entity.type() == type) {
          names.add(entity.name());
        }
      }
      if (!names.isEmpty()) {
        source.put(type.facetName(), names);
      }
    }
    source.put(IndexSchema.ENTITIES, ArticleDocuments.entityLines(article.entities()));
    if (!recognized.equals(article.entities())) {
      source.put(IndexSchema.ENTITIES_RECOGNIZED, ArticleDocuments.entityLines(recognized));
    }
    source.put(IndexSchema.PROVENANCE, ArticleDocuments.provenanceLines(article.provenance()));
    putIfPresent(source, IndexSchema.CONTENT_TYPE, article.contentType());
    putIfPresent(source, IndexSchema.CONTENT_HASH, article.contentHash());
    putIfPresent(source, IndexSchema.LANGUAGE, article.language());
    if (!article.members().isEmpty()) {
      source.put(IndexSchema.MEMBERS, article.members());
    }
    int[] signature = CopySignature.of(article.body());
    if (signature != null) {
      source.put(IndexSchema.COPY_SIGNATURE, signatureText(signature));
    }
    // Alone until grouping, which runs once every article of a build is in, says otherwise.
    source.put(IndexSchema.COPY_GROUP, article.id());
    source.put(IndexSchema.COPY_COUNT, 1);
    return source;
  }

  /** Returns a copy signature as the source keeps it: its bytes in Base64. */
  static String signatureText(int[] signature) {
    BytesRef bytes = CopySignature.toBytes(signature);
    return Base64.getEncoder().encodeToString(bytes.bytes);
  }

  /** Reads a copy signature from its Base64 text; null for none. */
  static int[] signatureOf(Object text) {
    return text instanceof String s
        ? CopySignature.fromBytes(new BytesRef(Base64.getDecoder().decode(s)))
        : null;
  }

  /** Rebuilds the article from its source. */
  public static Article fromSource(Map<String, ?> source) {
    String iso = string(source, IndexSchema.DATE_ISO);
    return new Article(
        string(source, IndexSchema.ID),
        string(source, IndexSchema.PATH),
        string(source, IndexSchema.TITLE),
        strings(source, IndexSchema.AUTHOR),
        iso == null ? null : PublicationDate.parseIso(iso),
        string(source, IndexSchema.PUBLISHER),
        string(source, IndexSchema.BODY),
        ArticleDocuments.parseEntities(string(source, IndexSchema.ENTITIES)),
        string(source, IndexSchema.CONTENT_TYPE),
        string(source, IndexSchema.CONTENT_HASH),
        ArticleDocuments.parseProvenance(string(source, IndexSchema.PROVENANCE)),
        string(source, IndexSchema.LANGUAGE),
        string(source, IndexSchema.URL),
        strings(source, IndexSchema.MEMBERS));
  }

  /** Reads the entities as recognized in the article, before corpus-wide resolution. */
  public static List<NamedEntity> recognizedEntitiesOf(Map<String, ?> source) {
    String recognized = string(source, IndexSchema.ENTITIES_RECOGNIZED);
    return ArticleDocuments.parseEntities(
        recognized != null ? recognized : string(source, IndexSchema.ENTITIES));
  }

  private static void putIfPresent(Map<String, Object> source, String field, String value) {
    if (value != null) {
      source.put(field, value);
    }
  }

  /** Returns a field of a source as text, or null. */
  static String string(Map<String, ?> source, String field) {
    Object value = source.get(field);
    return value == null ? null : value.toString();
  }

  /** Returns a field of a source as a list of texts, empty when absent. */
  static List<String> strings(Map<String, ?> source, String field) {
    Object value = source.get(field);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      List<String> strings = new ArrayList<>(list.size());
      list.forEach(item -> strings.add(item.toString()));
      return strings;
    }
    // A single value, as OpenSearch returns a one-element array written by another client.
    return List.of(value.toString());
  }
}
