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
public final class YearHistogram {
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
    List<FacetCount> values = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      values.add(new FacetCount(lv.label, lv.value.longValue()));
    }
    return of(values);
  }

  /** Returns the histogram of the counts of every value of the year facet, in any order. */
  public static Histogram of(List<FacetCount> yearValues) {
    List<YearCount> years = new ArrayList<>();
    long undated = 0;
    for (FacetCount value : yearValues) {
      if (value.value().equals(IndexSchema.UNKNOWN_YEAR)) {
        undated += value.count();
      } else if (value.count() > 0) {
        years.add(new YearCount(Integer.parseInt(value.value()), value.count()));
      }
    }
    years.sort(Comparator.comparingInt(YearCount::year));
    return new Histogram(List.copyOf(years), undated);
  }
}
