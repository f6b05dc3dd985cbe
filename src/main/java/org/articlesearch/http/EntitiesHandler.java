package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.FacetCount;
import org.articlesearch.search.FacetOrder;
import org.articlesearch.search.FacetPage;
import org.articlesearch.search.FacetValueSearch;
import org.articlesearch.search.FirstDates;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchTimeoutException;

/**
 * {@code GET /api/entities?type=&prefix=&order=&page=&size=} plus the search parameters: a page of
 * one facet's values among a search's results (every article without any), counted as the search's
 * facets count them.
 */
final class EntitiesHandler implements HttpHandler {
  static final int MAX_SIZE = 1_000;
  static final int MAX_PREFIX_CHARS = 100;

  /** This endpoint's own parameters; page and size are its pages of values, not of hits. */
  private static final Set<String> OWN = Set.of("type", "prefix", "order", "page", "size");

  private final ArticleSearcher searcher;

  EntitiesHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    Map<String, Deque<String>> search = new HashMap<>(params);
    search.keySet().removeAll(OWN);
    SearchRequest within = SearchParameters.parse(search);
    String type = SearchParameters.single(params, "type", "").strip();
    if (!SearchRequest.FACETS.contains(type)) {
      throw ApiException.badParameter(
          "invalid_type",
          "Parameter 'type' must be one of "
              + String.join(", ", SearchRequest.FACETS)
              + "; got '"
              + type
              + "'.");
    }
    String prefix = SearchParameters.single(params, "prefix", "").strip();
    if (prefix.length() > MAX_PREFIX_CHARS) {
      throw ApiException.badParameter(
          "invalid_prefix",
          "Parameter 'prefix' is longer than " + MAX_PREFIX_CHARS + " characters.");
    }
    String orderValue = SearchParameters.single(params, "order", "count").strip();
    FacetOrder order =
        FacetOrder.parse(orderValue)
            .orElseThrow(
                () ->
                    ApiException.badParameter(
                        "invalid_order",
                        "Parameter 'order' must be count, value or date; got '"
                            + orderValue
                            + "'."));
    if (order == FacetOrder.DATE && !FirstDates.FACETS.contains(type)) {
      throw ApiException.badParameter(
          "invalid_order",
          "Parameter 'order' may be date only for "
              + String.join(" and ", FirstDates.FACETS)
              + "; got type '"
              + type
              + "'.");
    }
    int size = SearchParameters.integer(params, "size", 20, 1, MAX_SIZE, "invalid_size");
    int page =
        SearchParameters.integer(params, "page", 1, 1, SearchParameters.MAX_PAGE, "invalid_page");
    FacetPage values;
    try {
      List<FacetCount> all = searcher.facetValues(within, type);
      values =
          order == FacetOrder.DATE
              ? FacetValueSearch.page(
                  all,
                  prefix,
                  FirstDates.of(searcher, within, type, ExportHandler.MAX_ROWS),
                  page,
                  size)
              : FacetValueSearch.page(all, prefix, order, page, size);
    } catch (InvalidQueryException e) {
      throw SearchHandler.badQuery(e);
    } catch (SearchTimeoutException e) {
      throw SearchHandler.timeout(e);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("prefix", prefix);
    body.put("order", order.parameter());
    body.put("page", page);
    body.put("size", size);
    body.put("total", values.total());
    body.put("values", values.values());
    Json.send(exchange, 200, body);
  }
}
