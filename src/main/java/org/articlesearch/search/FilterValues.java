package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values of a request's facet filters as {@code field:value} queries read theirs, case
 * and accents folded, and replaces them by the values as the index writes them: {@code
 * author=sarfraz ahmed rana} filters on "Sarfraz Ahmed Rana", {@code year=unknown} on "Unknown".
 */
public final class FilterValues {
  private FilterValues() {}

  /**
   * Returns the request with each filter value replaced by the indexed values it folds to; a value
   * that none folds to is kept as given and matches nothing.
   */
  public static SearchRequest canonical(SearchRequest request, FacetLabels labels)
      throws IOException {
    if (request.filters().isEmpty()) {
      return request;
    }
    Map<String, List<String>> canonical = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
      List<FacetLabels.Label> indexed = labels.values(filter.getKey());
      List<String> values = new ArrayList<>();
      for (String value : filter.getValue()) {
        String folded = FacetValueSearch.fold(value);
        List<String> matches = new ArrayList<>();
        for (FacetLabels.Label label : indexed) {
          if (label.folded().equals(folded)) {
            matches.add(label.value());
          }
        }
        for (String match : matches.isEmpty() ? List.of(value) : matches) {
          if (!values.contains(match)) {
            values.add(match);
          }
        }
      }
      canonical.put(filter.getKey(), values);
    }
    return request.withFilters(canonical);
  }
}
