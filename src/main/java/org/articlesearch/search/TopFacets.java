package org.articlesearch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facet values a search answers with: each dimension's first values, and whether it has more
 * than those. Every backend counts one value beyond the limit, so that a cut list says so.
 *
 * @param values per dimension, at most the limit's values
 * @param cut per dimension, whether values were left out
 */
public record TopFacets(Map<String, List<FacetCount>> values, Map<String, Boolean> cut) {
  /** No limit: every value of every dimension. */
  public static final int ALL = Integer.MAX_VALUE;

  /** Returns how many values to count for a limit: one more, to know whether any are left out. */
  public static int counted(int limit) {
    return limit == ALL ? ALL : limit + 1;
  }

  /** Cuts each dimension's counted values to the limit, in order. */
  public static TopFacets of(Map<String, List<FacetCount>> counted, int limit) {
    Map<String, List<FacetCount>> values = new LinkedHashMap<>();
    Map<String, Boolean> cut = new LinkedHashMap<>();
    counted.forEach(
        (dim, list) -> {
          boolean over = list.size() > limit;
          values.put(dim, List.copyOf(over ? list.subList(0, limit) : list));
          cut.put(dim, over);
        });
    return new TopFacets(values, cut);
  }
}
