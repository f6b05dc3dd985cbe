package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.articlesearch.index.IndexSchema;

/** Reads the year histogram out of facet counts: every year, not just the top facet values. */
final class YearHistogram {
  private YearHistogram() {}

  /** Returns the counts of every value of the year facet, years ascending, undated apart. */
  static Histogram of(Facets facets) throws IOException {
    FacetResult result;
    try {
      result = facets.getAllChildren(IndexSchema.YEAR);
    } catch (IllegalArgumentException e) {
      return Histogram.EMPTY; // no article has a year value
    }
    if (result == null) {
      return Histogram.EMPTY;
    }
    List<YearCount> years = new ArrayList<>();
    long undated = 0;
    for (LabelAndValue lv : result.labelValues) {
      if (lv.label.equals(IndexSchema.UNKNOWN_YEAR)) {
        undated += lv.value.longValue();
      } else if (lv.value.longValue() > 0) {
        years.add(new YearCount(Integer.parseInt(lv.label), lv.value.longValue()));
      }
    }
    years.sort(Comparator.comparingInt(YearCount::year));
    return new Histogram(List.copyOf(years), undated);
  }
}
