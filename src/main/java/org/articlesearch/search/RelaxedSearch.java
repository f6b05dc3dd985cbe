package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
    if (result.total() > 0 || result.notice() != null || corrected) {
      return result;
    }
    Optional<ArticleQueryParser.Parsed> relaxed = relax(request.query(), parser, counter);
    if (relaxed.isEmpty()) {
      return result;
    }
    return runner.run(request, relaxed.get()).answering(request.query(), result.didYouMean());
  }

  /** Returns the query with fewer words required, or empty when it stays strict. */
  static Optional<ArticleQueryParser.Parsed> relax(
      String text, ArticleQueryParser parser, Counter counter)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    if (!PLAIN.matcher(text).matches()) {
      return Optional.empty();
    }
    List<Word> words = new ArrayList<>();
    for (String token : text.strip().split("\\s+")) {
      if (OPERATORS.contains(token) || token.startsWith("-")) {
        return Optional.empty(); // an explicit operator or exclusion is meant as written
      }
      ArticleQueryParser.Parsed word = parser.parse(token);
      if (word.notice() == null && word.ranked()) { // stop words are left out of the index
        words.add(new Word(token, word.query()));
      }
    }
    if (words.size() < 2 || words.size() > MAX_WORDS) {
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
