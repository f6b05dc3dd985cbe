package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.SearchTimeoutException;

/** {@code GET /api/search}: validated parameters in, search result out. */
final class SearchHandler implements HttpHandler {
  private final ArticleSearcher searcher;

  SearchHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    try {
      Json.send(
          exchange, 200, searcher.search(SearchParameters.parse(exchange.getQueryParameters())));
    } catch (InvalidQueryException e) {
      throw badQuery(e);
    } catch (SearchTimeoutException e) {
      throw timeout(e);
    }
  }

  /** Returns the 400 for a query the engine refuses, naming the parameter. */
  static ApiException badQuery(InvalidQueryException e) {
    return ApiException.badParameter(e.code(), "Parameter 'q': " + e.getMessage());
  }

  /** Returns the 503 for a search stopped at its deadline. */
  static ApiException timeout(SearchTimeoutException e) {
    return new ApiException(503, "search_timeout", e.getMessage());
  }
}
