package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The relaxation every backend shares, after edismax's minimum-should-match: a query of plain words
 * that finds nothing, even spelt as corrected, is searched again for the articles with as many of
 * its words as any article has (one fewer, then two…); words no article has are never required.
 * Hits rank by BM25, so the rarer words weigh more, and the result names the words that were not
 * required. Phrases, fields, operators and exclusions stay strict: the user said how the words
 * relate.
 */
public final class RelaxedSearch {
  /** Counts the articles a query matches under the request's filters and date range. */
  @FunctionalInterface
  public interface Counter {
    long count(Query query) throws SearchTimeoutException, IOException;
  }

  /** Runs the request with this parsed query in place of its text's. */
  @FunctionalInterface
  public interface Runner {
    SearchResult run(SearchRequest request, ArticleQueryParser.Parsed parsed)
        throws InvalidQueryException, SearchTimeoutException, IOException;
  }

  /** Longer queries stay strict: each word costs a count. */
  static final int MAX_WORDS = 10;

  /** At most this many hits count as few, however large the corpus. */
  static final int MAX_FEW = 10;

  /** One hit counts as few for each this many articles searched. */
  static final int ARTICLES_PER_FEW = 100;

  private static final float ALL_WORDS_FIRST = 1000f;

  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}'’ \\t-]+");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private RelaxedSearch() {}

  /** One word of the query and its query. */
  private record Word(String text, Query query) {}

  /**
   * Runs the search strictly, then relaxed when it found nothing and the query is one of plain
   * words.
   */
  public static SearchResult search(
      SearchRequest request,
      CorrectedSearch.Searcher strict,
      ArticleQueryParser parser,
      Counter counter,
      Runner runner)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    SearchResult result = strict.run(request);
    boolean corrected = result.didYouMean() != null && result.didYouMean().applied();
    if (result.notice() != null || corrected) {
      return result;
    }
    Optional<ArticleQueryParser.Parsed> relaxed;
    if (result.total() > 0) {
      if (result.total() >= few(counter)) {
        return result;
      }
      relaxed = widen(request.query(), parser, counter, result.total());
    } else {
      relaxed = relax(request.query(), parser, counter);
    }
    if (relaxed.isEmpty()) {
      return result;
    }
    return runner.run(request, relaxed.get()).answering(request.query(), result.didYouMean());
  }

  /**
   * How few hits are too few for a query of several words: on a corpus of a few dozen articles one
   * hit may be the answer; on thousands, a handful says a word was stemmed or written otherwise
   * than the best article has it ("discovered", "discovery").
   */
  static long few(Counter counter) throws SearchTimeoutException, IOException {
    return Math.min(MAX_FEW, counter.count(new MatchAllDocsQuery()) / ARTICLES_PER_FEW);
  }

  /**
   * Returns, for a query of plain words that found only a few articles, the query for those
   * articles first and then the ones with all the words but one; empty when there are none of
   * those.
   */
  static Optional<ArticleQueryParser.Parsed> widen(
      String text, ArticleQueryParser parser, Counter counter, long strictTotal)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    List<Word> words = plainWords(text, parser);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Query allButOne = atLeast(words, words.size() - 1);
    if (counter.count(allButOne) <= strictTotal) {
      return Optional.empty();
    }
    // The boost lifts every article with all the words far above the others; among themselves
    // each group keeps its BM25 order. Snippets mark the words as for any query of them.
    Query widened =
        new BooleanQuery.Builder()
            .add(allButOne, BooleanClause.Occur.MUST)
            .add(
                new BoostQuery(atLeast(words, words.size()), ALL_WORDS_FIRST),
                BooleanClause.Occur.SHOULD)
            .build();
    String notice =
        (strictTotal == 1 ? "Only 1 article has" : "Only " + strictTotal + " articles have")
            + " all the words, so articles with all but one of them follow.";
    return Optional.of(
        new ArticleQueryParser.Parsed(
            allButOne, widened, notice, words.stream().map(Word::text).toList()));
  }

  /**
   * Returns the words of a query made of plain words only, each with its query, leaving out stop
   * words; empty for other queries, and for fewer than two words or more than {@link #MAX_WORDS}.
   */
  private static List<Word> plainWords(String text, ArticleQueryParser parser)
      throws InvalidQueryException {
    if (!PLAIN.matcher(text).matches()) {
      return List.of();
    }
    List<Word> words = new ArrayList<>();
    for (String token : text.strip().split("\\s+")) {
      if (OPERATORS.contains(token) || token.startsWith("-")) {
        return List.of(); // an explicit operator or exclusion is meant as written
      }
      ArticleQueryParser.Parsed word = parser.parse(token);
      if (word.notice() == null && word.ranked()) { // stop words are left out of the index
        words.add(new Word(token, word.query()));
      }
    }
    return words.size() < 2 || words.size() > MAX_WORDS ? List.of() : words;
  }

  /** Returns the query with fewer words required, or empty when it stays strict. */
  static Optional<ArticleQueryParser.Parsed> relax(
      String text, ArticleQueryParser parser, Counter counter)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    List<Word> words = plainWords(text, parser);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Word> found = new ArrayList<>();
    List<String> inNone = new ArrayList<>();
    for (Word word : words) {
      if (counter.count(word.query()) > 0) {
        found.add(word);
      } else {
        inNone.add(word.text());
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    // All the words together found nothing: at least one goes.
    int least = found.size() == words.size() ? found.size() - 1 : found.size();
    while (least > 1 && counter.count(atLeast(found, least)) == 0) {
      least--;
    }
    List<String> notRequired = new ArrayList<>();
    for (Word word : words) {
      if (inNone.contains(word.text()) || least < found.size()) {
        notRequired.add(word.text());
      }
    }
    Query relaxed = atLeast(found, least);
    return Optional.of(
        new ArticleQueryParser.Parsed(
            relaxed, relaxed, notice(inNone, least < found.size() ? least : 0), notRequired));
  }

  /**
   * Matches the articles with at least this many of the words. Since no article has more (more were
   * tried first), every hit has as many of them, and BM25 ranks the rarer words higher.
   */
  private static Query atLeast(List<Word> words, int least) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    words.forEach(w -> query.add(w.query(), BooleanClause.Occur.SHOULD));
    query.setMinimumNumberShouldMatch(least);
    return query.build();
  }

  /**
   * Says which words no article has, and how many of the others an article had to have (0 when all
   * of them).
   */
  private static String notice(List<String> inNone, int least) {
    List<String> sentence = new ArrayList<>();
    if (!inNone.isEmpty()) {
      sentence.add(
          "No article has "
              + String.join(" or ", inNone.stream().map(w -> "\u201c" + w + "\u201d").toList())
              + (inNone.size() == 1 ? ", so it was" : ", so they were")
              + " not required");
    }
    if (least > 0) {
      sentence.add(
          (inNone.isEmpty() ? "No article has all the words" : "no article has all the others")
              + ", so articles with "
              + least
              + " of them are shown");
    }
    return String.join("; ", sentence) + ".";
  }
}
