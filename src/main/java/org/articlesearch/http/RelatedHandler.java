package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.ArticleSearcher;

/** {@code GET /api/documents/{id}/related?size=}: the articles most like this one. */
final class RelatedHandler implements HttpHandler {
  static final int MAX_SIZE = 20;

  private final ArticleSearcher searcher;

  RelatedHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = DocumentHandler.documentId(exchange);
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchParameters.onlyKnown(params, Set.of("id", "size"));
    int size = SearchParameters.integer(params, "size", 5, 1, MAX_SIZE, "invalid_size");
    if (searcher.document(id).isEmpty()) {
      throw DocumentHandler.notFound(id);
    }
    Json.send(exchange, 200, Map.of("hits", searcher.related(id, size)));
  }
}
