package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.ArticleSearcher;

/** {@code GET /api/suggest?q=&size=}: autocomplete from titles, authors and entities. */
final class SuggestHandler implements HttpHandler {
  static final int MAX_SIZE = 20;
  static final int MAX_PREFIX_CHARS = 100;

  private final ArticleSearcher searcher;

  SuggestHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchParameters.onlyKnown(params, Set.of("q", "size"));
    String q = SearchParameters.single(params, "q", "").strip();
    if (q.length() > MAX_PREFIX_CHARS) {
      throw ApiException.badParameter(
          "query_too_long", "Parameter 'q' is longer than " + MAX_PREFIX_CHARS + " characters.");
    }
    int size = SearchParameters.integer(params, "size", 8, 1, MAX_SIZE, "invalid_size");
    Json.send(exchange, 200, Map.of("suggestions", searcher.suggest(q, size)));
  }
}
