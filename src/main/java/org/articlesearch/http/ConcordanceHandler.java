package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.ConcordanceBuilder;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchTimeoutException;

/**
 * {@code GET /api/concordance?articles=50&lines=20} plus the search parameters: every match of the
 * query in the first articles of its results, with the text either side.
 */
final class ConcordanceHandler implements HttpHandler {
  static final int DEFAULT_ARTICLES = 50;
  static final int DEFAULT_LINES = 20;
  static final int MAX_LINES = 200;

  private final ConcordanceBuilder concordance;

  ConcordanceHandler(ConcordanceBuilder concordance) {
    this.concordance = concordance;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchRequest request = SearchParameters.parse(params, Set.of("articles", "lines"));
    if (request.query().isEmpty()) {
      throw ApiException.badParameter(
          "missing_query", "Parameter 'q' is required: a concordance shows where a query matches.");
    }
    int articles =
        SearchParameters.integer(
            params, "articles", DEFAULT_ARTICLES, 1, SearchParameters.MAX_SIZE, "invalid_articles");
    int lines =
        SearchParameters.integer(params, "lines", DEFAULT_LINES, 1, MAX_LINES, "invalid_lines");
    try {
      Json.send(exchange, 200, concordance.build(request, articles, lines));
    } catch (InvalidQueryException e) {
      throw SearchHandler.badQuery(e);
    } catch (SearchTimeoutException e) {
      throw SearchHandler.timeout(e);
    }
  }
}
