package org.articlesearch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated search: query text, facet filters, order and page.
 *
 * @param query query text in the query language; blank browses everything
 * @param filters facet dimension to the values ticked in it (OR within, AND across dimensions)
 * @param sort hit order
 * @param page 1-based page number
 * @param size hits per page
 */
public record SearchRequest(
    String query, Map<String, List<String>> filters, SortOrder sort, int page, int size) {
  /** The facet dimensions a request can filter on and a result counts, in display order. */
  public static final List<String> FACETS = org.articlesearch.index.IndexSchema.FACETS;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach(
        (dim, values) -> {
          if (!values.isEmpty()) {
            copy.put(dim, List.copyOf(values));
          }
        });
    filters = java.util.Collections.unmodifiableMap(copy);
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1");
    }
  }

  /** Returns a first-page relevance search for a query without filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, 10);
  }
}
