package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * The relaxation every backend shares, after Meilisearch's "frequency" matching strategy: a query
 * of plain words that finds nothing, even spelt as corrected, is searched again with its most
 * common words no longer required, one at a time, until some article matches; words no article has
 * are never required. Hits rank by how many of the words they have, then by BM25, and the result
 * names the words that were not required. Phrases, fields, operators and exclusions stay strict:
 * the user said how the words relate.
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

  /**
   * The score one more of the words adds to a hit, above what BM25 gives any article for the words:
   * so that hits with more of the words come first.
   */
  static final float WORD_WEIGHT = 1_000f;

  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}'’ \\t-]+");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private RelaxedSearch() {}

  /** One word of the query, its query and how many articles have it. */
  private record Word(String text, Query query, long articles) {}

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
        words.add(new Word(token, word.query(), 0));
      }
    }
    if (words.size() < 2 || words.size() > MAX_WORDS) {
      return Optional.empty();
    }
    List<Word> found = new ArrayList<>();
    for (Word word : words) {
      long articles = counter.count(word.query());
      if (articles > 0) {
        found.add(new Word(word.text(), word.query(), articles));
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    found.sort(Comparator.comparingLong(Word::articles)); // stable: rarest first, then as written
    // All the words together found nothing: at least one goes.
    int required = found.size() == words.size() ? found.size() - 1 : found.size();
    while (required > 1 && counter.count(allOf(found.subList(0, required))) == 0) {
      required--;
    }
    List<Word> kept = found.subList(0, required);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    List<String> notRequired = new ArrayList<>();
    for (Word word : words) {
      if (kept.stream().anyMatch(k -> k.text().equals(word.text()))) {
        query.add(word.query(), BooleanClause.Occur.MUST);
      } else {
        notRequired.add(word.text());
        query.add(word.query(), BooleanClause.Occur.SHOULD);
        query.add(
            new BoostQuery(new ConstantScoreQuery(word.query()), WORD_WEIGHT),
            BooleanClause.Occur.SHOULD);
      }
    }
    Query relaxed = query.build();
    return Optional.of(
        new ArticleQueryParser.Parsed(relaxed, relaxed, notice(notRequired), notRequired));
  }

  private static Query allOf(List<Word> words) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    words.forEach(w -> all.add(w.query(), BooleanClause.Occur.MUST));
    return all.build();
  }

  private static String notice(List<String> notRequired) {
    List<String> quoted = notRequired.stream().map(w -> "\u201c" + w + "\u201d").toList();
    String list =
        quoted.size() == 1
            ? quoted.getFirst()
            : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.getLast();
    return "No article has all the words, so "
        + list
        + (quoted.size() == 1 ? " was" : " were")
        + " not required; articles with more of the words come first.";
  }
}
