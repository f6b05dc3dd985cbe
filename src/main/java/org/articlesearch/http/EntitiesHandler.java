package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.SearchRequest;

/** {@code GET /api/entities?type=&prefix=&size=}: facet value search over the whole index. */
final class EntitiesHandler implements HttpHandler {
  static final int MAX_SIZE = 1_000;
  static final int MAX_PREFIX_CHARS = 100;

  private final ArticleSearcher searcher;

  EntitiesHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    for (String name : params.keySet()) {
      if (!name.equals("type") && !name.equals("prefix") && !name.equals("size")) {
        throw ApiException.badParameter("unknown_parameter", "Unknown parameter '" + name + "'.");
      }
    }
    String type = first(params, "type", "");
    if (!SearchRequest.FACETS.contains(type)) {
      throw ApiException.badParameter(
          "invalid_type",
          "Parameter 'type' must be one of "
              + String.join(", ", SearchRequest.FACETS)
              + "; got '"
              + type
              + "'.");
    }
    String prefix = first(params, "prefix", "");
    if (prefix.length() > MAX_PREFIX_CHARS) {
      throw ApiException.badParameter(
          "invalid_prefix",
          "Parameter 'prefix' is longer than " + MAX_PREFIX_CHARS + " characters.");
    }
    int size;
    String sizeValue = first(params, "size", "20");
    try {
      size = Integer.parseInt(sizeValue);
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.badParameter(
          "invalid_size",
          "Parameter 'size' must be a whole number from 1 to "
              + MAX_SIZE
              + "; got '"
              + sizeValue
              + "'.");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("prefix", prefix);
    body.put("values", searcher.facetValues(type, prefix, size));
    Json.send(exchange, 200, body);
  }

  private static String first(Map<String, Deque<String>> params, String name, String fallback) {
    Deque<String> values = params.get(name);
    return values == null || values.isEmpty() ? fallback : values.getFirst().strip();
  }
}
