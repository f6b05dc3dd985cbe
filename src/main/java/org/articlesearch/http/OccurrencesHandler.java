package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchTimeoutException;

/**
 * {@code GET /api/occurrences?by=author} plus the search parameters: how often the query occurs in
 * the matching articles per year, split by the values of a facet when asked.
 */
final class OccurrencesHandler implements HttpHandler {
  private final ArticleSearcher searcher;

  OccurrencesHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchRequest request = SearchParameters.parse(params, Set.of("by"));
    String by = SearchParameters.single(params, "by", "").strip();
    if (!by.isEmpty() && !SearchRequest.FACETS.contains(by)) {
      throw ApiException.badParameter(
          "invalid_by",
          "Parameter 'by' must be one of "
              + String.join(", ", SearchRequest.FACETS)
              + " or left out; got '"
              + by
              + "'.");
    }
    try {
      Json.send(exchange, 200, searcher.occurrences(request, by.isEmpty() ? null : by));
    } catch (InvalidQueryException e) {
      throw SearchHandler.badQuery(e);
    } catch (SearchTimeoutException e) {
      throw SearchHandler.timeout(e);
    }
  }
}
