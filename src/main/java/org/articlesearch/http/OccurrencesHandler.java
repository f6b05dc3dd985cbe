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
 * the matching articles per year, split by author when asked.
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
    if (!by.isEmpty() && !by.equals("author")) {
      throw ApiException.badParameter(
          "invalid_by", "Parameter 'by' must be author or left out; got '" + by + "'.");
    }
    try {
      Json.send(exchange, 200, searcher.occurrences(request, !by.isEmpty()));
    } catch (InvalidQueryException e) {
      throw SearchHandler.badQuery(e);
    } catch (SearchTimeoutException e) {
      throw SearchHandler.timeout(e);
    }
  }
}
