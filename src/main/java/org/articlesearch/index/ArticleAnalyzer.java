package org.articlesearch.index;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis for titles and bodies: possessives, lower case, stop words, accent folding
 * ("Détente" matches "detente") and Porter stemming, except for words written in capitals:
 * acronyms, which the stemmer would fold into others ("ISIS" into "ISI").
 *
 * <p>The query analysis ({@link #forQueries()}) gives a word in lower case both its stem and its
 * exact form at one position, so that "isis" finds both "ISIS" and "isis", while "ISIS" finds only
 * "ISIS".
 */
public final class ArticleAnalyzer extends Analyzer {
  /** A word of two or more capitals (and digits): an acronym, never stemmed. */
  public static final String ACRONYM = "\\p{Lu}[\\p{Lu}\\p{N}]+";

  private static final Pattern ACRONYM_PATTERN = Pattern.compile(ACRONYM);

  private final boolean query;

  /** Returns the analysis of article text, as indexed. */
  public ArticleAnalyzer() {
    this(false);
  }

  private ArticleAnalyzer(boolean query) {
    this.query = query;
  }

  /** Returns the analysis of query text: see the class comment. */
  public static ArticleAnalyzer forQueries() {
    return new ArticleAnalyzer(true);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    if (query) {
      result = new KeywordRepeatFilter(result);
    }
    // Before lower case, which would hide the capitals.
    result = new PatternKeywordMarkerFilter(result, ACRONYM_PATTERN);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    result = new ASCIIFoldingFilter(result);
    result = new PorterStemFilter(result);
    if (query) {
      result = new RemoveDuplicatesTokenFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
