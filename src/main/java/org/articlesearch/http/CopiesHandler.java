package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.SearchHit;

/**
 * {@code GET /api/documents/{id}/copies}: the articles that are copies of the same story, this one
 * included, the first seen first.
 */
final class CopiesHandler implements HttpHandler {
  private final ArticleSearcher searcher;

  CopiesHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = DocumentHandler.documentId(exchange);
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchParameters.onlyKnown(params, Set.of("id"));
    if (searcher.document(id).isEmpty()) {
      throw DocumentHandler.notFound(id);
    }
    Json.send(exchange, 200, Map.of("copies", copies(searcher, id)));
  }

  /** Returns the copies of an article's story as rows, the first seen marked so. */
  static List<Map<String, Object>> copies(ArticleSearcher searcher, String id) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SearchHit copy : searcher.copies(id)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", copy.id());
      row.put("title", copy.title());
      row.put("publisher", copy.publisher());
      row.put("date", copy.date());
      row.put("firstSeen", out.isEmpty());
      out.add(row);
    }
    return out;
  }
}
