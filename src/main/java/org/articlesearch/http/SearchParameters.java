package org.articlesearch.http;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SortOrder;

/**
 * Validates the parameters of {@code GET /api/search} into a {@link SearchRequest}; every error
 * names its parameter.
 */
final class SearchParameters {
  static final int MAX_QUERY_CHARS = 1_000;
  static final int MAX_SIZE = 100;
  static final int MAX_PAGE = 1_000;

  /** Deep paging is bounded: the engine never collects more than this many top hits. */
  static final int MAX_WINDOW = 10_000;

  static final int MAX_FILTER_VALUES = 20;
  static final int MAX_FILTER_CHARS = 300;

  /** Filter parameters, each a facet dimension. */
  static final List<String> FILTERS = SearchRequest.FACETS;

  private static final Set<String> OTHER =
      Set.of("q", "sort", "page", "size", "from", "to", "typing", "collapse");

  private SearchParameters() {}

  static SearchRequest parse(Map<String, Deque<String>> params) throws ApiException {
    return parse(params, Set.of());
  }

  /** Parses the search parameters of an endpoint that also takes the parameters in extra. */
  static SearchRequest parse(Map<String, Deque<String>> params, Set<String> extra)
      throws ApiException {
    for (String name : params.keySet()) {
      if (!FILTERS.contains(name) && !OTHER.contains(name) && !extra.contains(name)) {
        throw ApiException.badParameter("unknown_parameter", "Unknown parameter '" + name + "'.");
      }
    }
    String q = query(params);
    String sortValue = single(params, "sort", "relevance");
    SortOrder sort =
        SortOrder.parse(sortValue)
            .orElseThrow(
                () ->
                    ApiException.badParameter(
                        "invalid_sort",
                        "Parameter 'sort' must be one of "
                            + SortOrder.choices(" or ")
                            + ", not '"
                            + sortValue
                            + "'."));
    int page = integer(params, "page", 1, 1, MAX_PAGE, "invalid_page");
    int size = integer(params, "size", 10, 0, MAX_SIZE, "invalid_size");
    boolean typing = bool(params, "typing");
    boolean collapse = bool(params, "collapse", true);
    if ((long) page * size > MAX_WINDOW) {
      throw ApiException.badParameter(
          "invalid_page",
          "Parameter 'page' goes too deep: page × size may be at most "
              + MAX_WINDOW
              + "; narrow the search instead.");
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : FILTERS) {
      Deque<String> raw = params.get(dim);
      if (raw == null) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String value : raw) {
        String v = value.strip();
        if (v.isEmpty()) {
          continue;
        }
        if (v.length() > MAX_FILTER_CHARS) {
          throw ApiException.badParameter(
              "invalid_filter", "A value of parameter '" + dim + "' is too long.");
        }
        if (dim.equals("year") && !v.matches("\\d{1,4}") && !v.equalsIgnoreCase("Unknown")) {
          throw ApiException.badParameter(
              "invalid_year",
              "Parameter 'year' must be a year such as 2018, or 'Unknown'; got '" + v + "'.");
        }
        if (!values.contains(v)) {
          values.add(v);
        }
      }
      if (values.size() > MAX_FILTER_VALUES) {
        throw ApiException.badParameter(
            "too_many_filter_values",
            "Parameter '" + dim + "' has more than " + MAX_FILTER_VALUES + " values.");
      }
      filters.put(dim, values);
    }
    LocalDate from = date(params, "from", false);
    LocalDate to = date(params, "to", true);
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParameter(
          "invalid_date", "Parameter 'from' is after parameter 'to'; swap them.");
    }
    return new SearchRequest(q, filters, sort, page, size, from, to, typing, collapse);
  }

  /** Reads a parameter that is {@code true} or {@code false}, false when absent or blank. */
  static boolean bool(Map<String, Deque<String>> params, String name) throws ApiException {
    return bool(params, name, false);
  }

  /** Reads a parameter that is {@code true} or {@code false}, fallback when absent or blank. */
  static boolean bool(Map<String, Deque<String>> params, String name, boolean fallback)
      throws ApiException {
    String value = single(params, name, "").strip();
    if (value.isEmpty()) {
      return fallback;
    }
    if (value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ApiException.badParameter(
        "invalid_" + name,
        "Parameter '" + name + "' must be 'true' or 'false'; got '" + value + "'.");
  }

  /**
   * Reads a date parameter given as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: its first
   * day, or with end its last, so that a range of whole months or years includes all of them.
   */
  static LocalDate date(Map<String, Deque<String>> params, String name, boolean end)
      throws ApiException {
    String value = single(params, name, "").strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      if (value.matches("\\d{4}")) {
        Year year = Year.parse(value);
        return end ? year.atMonth(12).atEndOfMonth() : year.atDay(1);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(value);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // reported below with the accepted forms
    }
    throw ApiException.badParameter(
        "invalid_date",
        "Parameter '"
            + name
            + "' must be a date such as 2018, 2018-09 or 2018-09-11; got '"
            + value
            + "'.");
  }

  /** Returns the query text {@code q}, empty when absent, refused when too long. */
  static String query(Map<String, Deque<String>> params) throws ApiException {
    String q = single(params, "q", "");
    if (q.length() > MAX_QUERY_CHARS) {
      throw ApiException.badParameter(
          "query_too_long", "Parameter 'q' is longer than " + MAX_QUERY_CHARS + " characters.");
    }
    return q;
  }

  /** Refuses any parameter not in allowed, naming it. */
  static void onlyKnown(Map<String, Deque<String>> params, Set<String> allowed)
      throws ApiException {
    for (String name : params.keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badParameter("unknown_parameter", "Unknown parameter '" + name + "'.");
      }
    }
  }

  /** Returns the one value of a parameter, or fallback when absent; refuses a repeated one. */
  static String single(Map<String, Deque<String>> params, String name, String fallback)
      throws ApiException {
    Deque<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    if (values.size() > 1) {
      throw ApiException.badParameter(
          "repeated_parameter", "Parameter '" + name + "' may be given only once.");
    }
    return values.getFirst();
  }

  /** Returns a whole-number parameter within [min, max], or fallback when absent or blank. */
  static int integer(
      Map<String, Deque<String>> params, String name, int fallback, int min, int max, String code)
      throws ApiException {
    String value = single(params, name, null);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw ApiException.badParameter(
        code,
        "Parameter '"
            + name
            + "' must be a whole number from "
            + min
            + " to "
            + max
            + "; got '"
            + value
            + "'.");
  }
}
