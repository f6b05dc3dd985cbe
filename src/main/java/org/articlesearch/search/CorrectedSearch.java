package org.articlesearch.search;

import java.io.IOException;
import java.util.Optional;

/**
 * The did-you-mean policy every backend shares: a query that finds nothing is answered by its
 * correction when that finds something ({@code applied}); otherwise the correction is only offered.
 * Blank queries and queries the parser had to simplify get no correction.
 */
public final class CorrectedSearch {
  /** Runs one search as asked. */
  @FunctionalInterface
  public interface Searcher {
    SearchResult run(SearchRequest request)
        throws InvalidQueryException, SearchTimeoutException, IOException;
  }

  /** Returns the corrected query, or empty when every word is known. */
  @FunctionalInterface
  public interface Corrector {
    /**
     * Returns the correction of a query, or empty.
     *
     * @param typing whether the user is still typing, when only clear corrections are made
     */
    Optional<String> correct(String query, boolean typing) throws IOException;
  }

  private CorrectedSearch() {}

  /** Runs the search, then the spelling correction as the policy says. */
  public static SearchResult search(SearchRequest request, Searcher searcher, Corrector corrector)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    SearchResult result = searcher.run(request);
    if (request.query().isBlank() || result.notice() != null) {
      return result;
    }
    Optional<String> corrected = corrector.correct(request.query(), request.typing());
    if (corrected.isEmpty()) {
      return result;
    }
    if (result.total() == 0) {
      SearchResult fixed = searcher.run(request.withQuery(corrected.get()));
      if (fixed.total() > 0) {
        return fixed.answering(request.query(), new DidYouMean(corrected.get(), true));
      }
    }
    return result.answering(request.query(), new DidYouMean(corrected.get(), false));
  }
}
