package org.articlesearch.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.articlesearch.index.IndexSchema;

/**
 * Orders the authors or publishers of a search's results by the date of their first article among
 * them, undated last, ties by value: a historian's order of speakers. Read from the results oldest
 * first, as an export reads them, so every backend orders alike.
 */
public final class FirstDates {
  /** The facets whose values a result carries, so that their first dates can be read. */
  public static final List<String> FACETS = List.of(IndexSchema.AUTHOR, IndexSchema.PUBLISHER);

  private FirstDates() {}

  /**
   * Returns the order of a facet's values by their first date among the results of a search.
   *
   * @param maxRows most results read; values first seen later count as undated
   */
  public static Comparator<FacetCount> of(
      ArticleSearcher searcher, SearchRequest within, String dim, int maxRows)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    Map<String, String> first = new HashMap<>();
    SearchRequest oldestFirst =
        new SearchRequest(
            within.query(),
            within.filters(),
            SortOrder.OLDEST,
            1,
            0,
            within.from(),
            within.to(),
            within.typing());
    searcher.export(
        oldestFirst,
        maxRows,
        new ExportSink() {
          @Override
          public void start(long total) {}

          @Override
          public void row(ExportRow row) {
            if (row.date() == null) {
              return;
            }
            List<String> values =
                dim.equals(IndexSchema.AUTHOR)
                    ? row.authors()
                    : row.publisher() == null ? List.of() : List.of(row.publisher());
            for (String value : values) {
              first.merge(value, row.date(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
          }
        });
    Comparator<FacetCount> byDate =
        Comparator.comparing(
            (FacetCount v) -> first.get(v.value()),
            Comparator.nullsLast(Comparator.naturalOrder()));
    return byDate.thenComparing(FacetCount::value);
  }
}
