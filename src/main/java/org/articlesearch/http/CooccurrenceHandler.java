package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.articlesearch.article.EntityType;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchTimeoutException;

/**
 * {@code GET /api/cooccurrence?type=&value=&size=} plus the search parameters: the entities
 * mentioned with one entity among the current results, and its articles per year.
 */
final class CooccurrenceHandler implements HttpHandler {
  private final ArticleSearcher searcher;

  CooccurrenceHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchRequest request = SearchParameters.parse(params, Set.of("type", "value"));
    // size is the length of the "with" list, 1-100 like a page of hits.
    int size =
        SearchParameters.integer(params, "size", 10, 1, SearchParameters.MAX_SIZE, "invalid_size");
    String typeName = SearchParameters.single(params, "type", "").strip();
    EntityType type = null;
    for (EntityType t : EntityType.values()) {
      if (t.facetName().equals(typeName)) {
        type = t;
      }
    }
    if (type == null) {
      throw ApiException.badParameter(
          "invalid_type",
          "Parameter 'type' must be person, organization or location; got '" + typeName + "'.");
    }
    String value = SearchParameters.single(params, "value", "").strip();
    if (value.isEmpty() || value.length() > SearchParameters.MAX_FILTER_CHARS) {
      throw ApiException.badParameter(
          "invalid_value",
          "Parameter 'value' must name an entity, at most "
              + SearchParameters.MAX_FILTER_CHARS
              + " characters.");
    }
    try {
      Json.send(exchange, 200, searcher.cooccurrence(request, type, value, size));
    } catch (InvalidQueryException e) {
      throw SearchHandler.badQuery(e);
    } catch (SearchTimeoutException e) {
      throw SearchHandler.timeout(e);
    }
  }
}
