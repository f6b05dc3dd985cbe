package org.articlesearch.opensearch;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LanguageFields;

/**
 * The settings and mapping of an OpenSearch index of articles, generated from {@link IndexSchema}
 * so that the two backends cannot drift apart: the same field names, and for titles and bodies the
 * same analysis chain as {@link ArticleAnalyzer}, stop words included, so a query finds the same
 * articles on either.
 */
public final class OpenSearchMapping {
  /** The analyzer of titles and bodies, as {@link ArticleAnalyzer} defines it. */
  public static final String ARTICLE_ANALYZER = "article";

  /** The analyzer of query words in titles and bodies, as {@link ArticleAnalyzer#forQueries()}. */
  public static final String ARTICLE_QUERY_ANALYZER = "article_query";

  /**
   * A subfield of every facet field, its words lower-cased and accent-folded: facet value search
   * ("any word starts with") and case-insensitive facet queries ({@code person:putin}).
   */
  public static final String WORDS = "words";

  /** A subfield of every facet field, the whole value lower-cased and accent-folded. */
  public static final String FOLDED = "folded";

  /**
   * A search analyzer for phrases whose terms are analysed already: split at spaces, {@link
   * #POSITION_GAP} tokens dropped with their positions kept, so that a phrase with a stop word in
   * it keeps its gap, and terms joined by {@link #SAME_POSITION} put at one position (a word's stem
   * and exact form; see {@link LuceneQueryTranslator}).
   */
  public static final String PHRASE_TERMS_ANALYZER = "phrase_terms";

  /** Joins the terms that {@link #PHRASE_TERMS_ANALYZER} puts at one position. */
  public static final String SAME_POSITION = "|";

  /** The token that stands for a stop word's position in a phrase; no article word is one. */
  public static final String POSITION_GAP = "\u2423";

  /**
   * A subfield of the body scored by {@link #OCCURRENCES_SIMILARITY}: a query on it scores an
   * article by how many times its words and phrases occur, as {@link
   * org.articlesearch.search.OccurrenceSimilarity} does in the local index.
   */
  public static final String COUNTED = "counted";

  /**
   * Scores each term of a query by its frequency times the boost: OpenSearch adds this up over a
   * phrase's terms, so a phrase of n terms is boosted by 1/n to count its occurrences once.
   */
  static final String OCCURRENCES_SIMILARITY = "occurrences";

  /**
   * The analyzer of each language's fields ({@link LanguageFields}): OpenSearch's built-in ones are
   * Lucene's, with the same defaults; the rest get {@link #UNICODE_WORDS_ANALYZER}.
   */
  static final Map<String, String> LANGUAGE_ANALYZERS =
      Map.of(
          "de", "german",
          "fr", "french",
          "es", "spanish",
          "it", "italian",
          "pt", "portuguese",
          "nl", "dutch",
          "ru", "russian",
          "ar", "arabic");

  /**
   * Unicode word segmentation, lower case and decimal digits: the chain of languages without an
   * analyzer of their own, which needs no ICU plugin.
   */
  static final String UNICODE_WORDS_ANALYZER = "unicode_words";

  private static final String NAME_WORDS_ANALYZER = "name_words";
  private static final String FOLDED_NORMALIZER = "folded";

  private OpenSearchMapping() {}

  /** Returns the body of the create-index request: settings, analysis and mappings, as JSON. */
  public static String createIndexJson(OpenSearchConfig config) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("settings", settings(config));
    body.put("mappings", mappings());
    return new Gson().toJson(body);
  }

  /** Returns the mappings alone. */
  public static Map<String, Object> mappings() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(IndexSchema.ID, keyword());
    properties.put(IndexSchema.PATH, keyword());
    properties.put(IndexSchema.TITLE, text(false));
    // Offsets in the postings, as in the local index, make highlighting cheap.
    Map<String, Object> body = text(true);
    // Positions for phrases; no norms, which occurrence counts do not use.
    body.put(
        "fields",
        Map.of(
            COUNTED,
            Map.of(
                "type",
                "text",
                "analyzer",
                ARTICLE_ANALYZER,
                "search_analyzer",
                ARTICLE_QUERY_ANALYZER,
                "index_options",
                "positions",
                "norms",
                false,
                "similarity",
                OCCURRENCES_SIMILARITY)));
    properties.put(IndexSchema.BODY, body);
    for (String facet : List.of(IndexSchema.AUTHOR, IndexSchema.PUBLISHER, IndexSchema.SOURCE)) {
      properties.put(facet, facetKeyword());
    }
    for (String facet :
        List.of(IndexSchema.PERSON, IndexSchema.ORGANIZATION, IndexSchema.LOCATION)) {
      properties.put(facet, facetKeyword());
    }
    // The year as the facet shows it, "Unknown" for undated articles; ranges use the date.
    properties.put(IndexSchema.YEAR, keyword());
    properties.put(IndexSchema.DATE, Map.of("type", "date", "format", "strict_date"));
    properties.put(IndexSchema.DATE_ISO, sourceOnly());
    properties.put(IndexSchema.URL, sourceOnly());
    properties.put(IndexSchema.ENTITIES, sourceOnly());
    properties.put(IndexSchema.ENTITIES_RECOGNIZED, sourceOnly());
    properties.put(IndexSchema.PROVENANCE, sourceOnly());
    properties.put(IndexSchema.MEMBERS, sourceOnly());
    properties.put(IndexSchema.CONTENT_TYPE, keyword());
    properties.put(IndexSchema.CONTENT_HASH, keyword());
    // Size and modification time of the file when read: an unchanged re-run skips hashing it.
    properties.put(IndexSchema.FILE_STAMP, keyword());
    properties.put(IndexSchema.LANGUAGE, facetKeyword());
    for (String key : LanguageFields.KEYS) {
      String analyzer = LANGUAGE_ANALYZERS.getOrDefault(key, UNICODE_WORDS_ANALYZER);
      properties.put(LanguageFields.title(key), languageText(analyzer, false));
      properties.put(LanguageFields.body(key), languageText(analyzer, true));
    }
    // Read back by grouping only, from the source.
    properties.put(IndexSchema.COPY_SIGNATURE, Map.of("type", "binary"));
    // Results collapse on the group; the count says how many copies a hit stands for.
    properties.put(IndexSchema.COPY_GROUP, keyword());
    properties.put(IndexSchema.COPY_COUNT, Map.of("type", "integer"));
    Map<String, Object> mappings = new LinkedHashMap<>();
    // A field the schema does not name is a bug, not something to guess a type for.
    mappings.put("dynamic", "strict");
    mappings.put("properties", properties);
    return mappings;
  }

  /**
   * Returns a digest of the mapping and analysis, which an index keeps: an index made from another
   * schema is rebuilt rather than written to.
   */
  public static String fingerprint() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("analysis", analysis());
    schema.put("similarity", similarity());
    schema.put("mappings", mappings());
    // Sorted keys: Map.of iterates in an order that changes from one JVM run to the next.
    String canonical = canonical(new Gson().toJsonTree(schema)).toString();
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static JsonElement canonical(JsonElement element) {
    if (element.isJsonObject()) {
      JsonObject sorted = new JsonObject();
      new TreeMap<>(element.getAsJsonObject().asMap())
          .forEach((key, value) -> sorted.add(key, canonical(value)));
      return sorted;
    }
    if (element.isJsonArray()) {
      JsonArray array = new JsonArray();
      element.getAsJsonArray().forEach(item -> array.add(canonical(item)));
      return array;
    }
    return element;
  }

  private static Map<String, Object> settings(OpenSearchConfig config) {
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("number_of_shards", config.shards());
    index.put("number_of_replicas", config.replicas());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("index", index);
    settings.put("analysis", analysis());
    settings.put("similarity", similarity());
    return settings;
  }

  private static Map<String, Object> similarity() {
    return Map.of(
        OCCURRENCES_SIMILARITY,
        Map.of("type", "scripted", "script", Map.of("source", "return query.boost * doc.freq;")));
  }

  private static Map<String, Object> analysis() {
    Map<String, Object> analysis = new LinkedHashMap<>();
    analysis.put(
        "filter",
        Map.of(
            "article_possessive",
            Map.of("type", "stemmer", "language", "possessive_english"),
            "article_stop",
            Map.of("type", "stop", "stopwords", stopWords()),
            "position_gap",
            Map.of("type", "stop", "stopwords", List.of(POSITION_GAP)),
            "article_acronyms",
            Map.of("type", "keyword_marker", "keywords_pattern", ArticleAnalyzer.ACRONYM),
            "same_position",
            Map.of(
                "type",
                "pattern_capture",
                "preserve_original",
                false,
                "patterns",
                List.of("([^" + SAME_POSITION + "]+)"))));
    analysis.put(
        "analyzer",
        Map.of(
            ARTICLE_ANALYZER,
            articleChain(false),
            ARTICLE_QUERY_ANALYZER,
            articleChain(true),
            UNICODE_WORDS_ANALYZER,
            standardChain("lowercase", "decimal_digit"),
            NAME_WORDS_ANALYZER,
            standardChain("lowercase", "asciifolding"),
            PHRASE_TERMS_ANALYZER,
            Map.of(
                "type",
                "custom",
                "tokenizer",
                "whitespace",
                "filter",
                List.of("position_gap", "same_position"))));
    analysis.put(
        "normalizer",
        Map.of(
            FOLDED_NORMALIZER,
            Map.of("type", "custom", "filter", List.of("lowercase", "asciifolding"))));
    return analysis;
  }

  /** A chain of the standard tokenizer and these filters. */
  private static Map<String, Object> standardChain(String... filters) {
    return Map.of("type", "custom", "tokenizer", "standard", "filter", List.of(filters));
  }

  /** The chain of {@link ArticleAnalyzer}, for article text or, with query, for query words. */
  private static Map<String, Object> articleChain(boolean query) {
    List<String> filters = new ArrayList<>();
    filters.add("article_possessive");
    if (query) {
      filters.add("keyword_repeat");
    }
    // Before lower case, which would hide the capitals.
    filters.addAll(
        List.of("article_acronyms", "lowercase", "article_stop", "asciifolding", "porter_stem"));
    if (query) {
      filters.add("remove_duplicates");
    }
    return Map.of("type", "custom", "tokenizer", "standard", "filter", filters);
  }

  /** The stop words of {@link ArticleAnalyzer}, listed, rather than trusting a named list. */
  private static List<String> stopWords() {
    CharArraySet set = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    List<String> words = new ArrayList<>();
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
    words.sort(null);
    return words;
  }

  private static Map<String, Object> keyword() {
    return Map.of("type", "keyword");
  }

  private static Map<String, Object> text(boolean offsets) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("type", "text");
    field.put("analyzer", ARTICLE_ANALYZER);
    field.put("search_analyzer", ARTICLE_QUERY_ANALYZER);
    if (offsets) {
      field.put("index_options", "offsets");
    }
    return field;
  }

  private static Map<String, Object> languageText(String analyzer, boolean offsets) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("type", "text");
    field.put("analyzer", analyzer);
    if (offsets) {
      field.put("index_options", "offsets");
    }
    return field;
  }

  private static Map<String, Object> facetKeyword() {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("type", "keyword");
    field.put(
        "fields",
        Map.of(
            WORDS,
            Map.of("type", "text", "analyzer", NAME_WORDS_ANALYZER),
            FOLDED,
            Map.of("type", "keyword", "normalizer", FOLDED_NORMALIZER)));
    return field;
  }

  /** Kept in the source for the document view, neither searched nor aggregated. */
  private static Map<String, Object> sourceOnly() {
    return Map.of("type", "text", "index", false);
  }
}
