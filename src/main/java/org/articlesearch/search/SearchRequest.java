package org.articlesearch.search;

import java.time.LocalDate;
import java.util.Collections;
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
 * @param size hits per page; 0 asks for the total, facets and histogram alone
 * @param from first publication day included, or null; when set, undated articles are left out
 * @param to last publication day included, or null; when set, undated articles are left out
 * @param typing whether the user is still typing the query: its last word is then also the start of
 *     longer words, and only clear spelling corrections are made
 * @param collapse whether copies of one story are one result, the best-placed of them
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    SortOrder sort,
    int page,
    int size,
    LocalDate from,
    LocalDate to,
    boolean typing,
    boolean collapse) {
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
    filters = Collections.unmodifiableMap(copy);
    if (page < 1 || size < 0) {
      throw new IllegalArgumentException("page starts at 1 and size at 0");
    }
  }

  /** Returns a search whose copies of one story are one result. */
  public SearchRequest(
      String query,
      Map<String, List<String>> filters,
      SortOrder sort,
      int page,
      int size,
      LocalDate from,
      LocalDate to,
      boolean typing) {
    this(query, filters, sort, page, size, from, to, typing, true);
  }

  /** Returns a search as submitted, not while typing. */
  public SearchRequest(
      String query,
      Map<String, List<String>> filters,
      SortOrder sort,
      int page,
      int size,
      LocalDate from,
      LocalDate to) {
    this(query, filters, sort, page, size, from, to, false);
  }

  /** Returns a search without a date range. */
  public SearchRequest(
      String query, Map<String, List<String>> filters, SortOrder sort, int page, int size) {
    this(query, filters, sort, page, size, null, null);
  }

  /** Returns whether a date range is set. */
  public boolean hasDateRange() {
    return from != null || to != null;
  }

  /** Returns this request with another query text. */
  public SearchRequest withQuery(String text) {
    return new SearchRequest(text, filters, sort, page, size, from, to, typing, collapse);
  }

  /** Returns this request with other filter values. */
  public SearchRequest withFilters(Map<String, List<String>> values) {
    return new SearchRequest(query, values, sort, page, size, from, to, typing, collapse);
  }

  /** Returns this request asking for its total and facets alone, without hits. */
  public SearchRequest counting() {
    return new SearchRequest(query, filters, sort, 1, 0, from, to, typing);
  }

  /** Returns a first-page relevance search for a query without filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, 10);
  }
}
