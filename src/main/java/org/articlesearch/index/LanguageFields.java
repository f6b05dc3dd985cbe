package org.articlesearch.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The fields that analyse an article in its own language. Every article's title and body are
 * analysed as English ({@link ArticleAnalyzer}); an article in another language has them analysed
 * again, as that language, in a pair of fields of its own ({@code title_de}, {@code body_de}), so
 * that "Wahlen" finds "Wahl". Languages without an analyzer here share {@link #OTHER}: Unicode word
 * segmentation, lower case and decimal digits, nothing language-specific.
 */
public final class LanguageFields {
  /** The languages with an analyzer of their own, as ISO 639-1 codes. */
  public static final List<String> ANALYSED =
      List.of("de", "fr", "es", "it", "pt", "nl", "ru", "ar");

  /** The key of the fields of every other language but English. */
  public static final String OTHER = "other";

  /** Every key: {@link #ANALYSED}, then {@link #OTHER}. */
  public static final List<String> KEYS =
      java.util.stream.Stream.concat(ANALYSED.stream(), java.util.stream.Stream.of(OTHER)).toList();

  private static final String ENGLISH = "en";

  private LanguageFields() {}

  /**
   * Returns the key of the fields an article in this language has besides title and body: null for
   * English and for text whose language could not be told, which title and body serve.
   */
  public static String key(String language) {
    if (language == null || language.equals(ENGLISH)) {
      return null;
    }
    return ANALYSED.contains(language) ? language : OTHER;
  }

  /** Returns the title field of a key. */
  public static String title(String key) {
    return IndexSchema.TITLE + "_" + key;
  }

  /** Returns the body field of a key. */
  public static String body(String key) {
    return IndexSchema.BODY + "_" + key;
  }

  /**
   * Returns the body field that analyses text in this language: {@link IndexSchema#BODY} for
   * English.
   */
  public static String bodyOf(String language) {
    String key = key(language);
    return key == null ? IndexSchema.BODY : body(key);
  }

  /** Returns whether a field is the body, as English or as another language. */
  public static boolean isBody(String field) {
    return field.equals(IndexSchema.BODY)
        || field.startsWith(IndexSchema.BODY + "_") && KEYS.contains(field.substring(5));
  }

  /**
   * Returns an analyzer that analyses each language's fields as that language, indexed and searched
   * alike (stems only), and every other field with {@code base}.
   */
  static Analyzer withLanguages(Analyzer base) {
    Map<String, Analyzer> fields = new HashMap<>();
    for (String key : KEYS) {
      Analyzer analyzer = analyzer(key);
      fields.put(title(key), analyzer);
      fields.put(body(key), analyzer);
    }
    return new PerFieldAnalyzerWrapper(base, fields);
  }

  /** Lucene's analyzer for a language, with its default stop words and stemmer. */
  private static Analyzer analyzer(String key) {
    return switch (key) {
      case "de" -> new GermanAnalyzer();
      case "fr" -> new FrenchAnalyzer();
      case "es" -> new SpanishAnalyzer();
      case "it" -> new ItalianAnalyzer();
      case "pt" -> new PortugueseAnalyzer();
      case "nl" -> new DutchAnalyzer();
      case "ru" -> new RussianAnalyzer();
      case "ar" -> new ArabicAnalyzer();
      case OTHER -> new UnicodeWordsAnalyzer();
      default -> throw new IllegalArgumentException("no analyzer for " + key);
    };
  }

  /**
   * Unicode word segmentation (UAX #29), lower case and decimal digits of every script as ASCII:
   * the chain that the OpenSearch distribution without the ICU plugin can mirror.
   */
  static final class UnicodeWordsAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new DecimalDigitFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new DecimalDigitFilter(new LowerCaseFilter(in));
    }
  }
}
