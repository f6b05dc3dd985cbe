package org.articlesearch.search;

import java.util.List;

/**
 * One page of a facet's values.
 *
 * @param total how many values match in all, over every page
 * @param values the values of this page, in the order asked for
 */
public record FacetPage(long total, List<FacetCount> values) {
  public FacetPage {
    values = List.copyOf(values);
  }
}
