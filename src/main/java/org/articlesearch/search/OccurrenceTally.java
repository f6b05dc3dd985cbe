package org.articlesearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.search.Occurrences.ValueOccurrences;
import org.articlesearch.search.Occurrences.YearOccurrences;

/**
 * Adds up articles and occurrences per year, and per value of a facet and year, into {@link
 * Occurrences}.
 */
public final class OccurrenceTally {
  /** How many values a split by a facet shows: those with the most occurrences. */
  public static final int VALUES = 20;

  private final Map<String, long[]> years = new HashMap<>();
  private final Map<String, Map<String, long[]>> values = new HashMap<>();

  /**
   * Adds articles and their occurrences.
   *
   * @param year the year facet's value, {@link IndexSchema#UNKNOWN_YEAR} for undated articles
   * @param value the facet value they count for, or null for the totals per year
   */
  public void add(String year, String value, long articles, long occurrences) {
    Map<String, long[]> target =
        value == null ? years : values.computeIfAbsent(value, a -> new HashMap<>());
    long[] counts = target.computeIfAbsent(year, y -> new long[2]);
    counts[0] += articles;
    counts[1] += occurrences;
  }

  /**
   * Returns the totals, with the top values' years when any were added.
   *
   * @param by the facet the values are of, or null
   */
  public Occurrences result(String query, String by, long tookMs) {
    Totals all = totals(years);
    List<ValueOccurrences> top = new ArrayList<>();
    values.forEach(
        (value, perYear) -> {
          Totals t = totals(perYear);
          top.add(new ValueOccurrences(value, t.articles, t.occurrences, t.dated));
        });
    top.sort(
        Comparator.comparingLong(ValueOccurrences::occurrences)
            .reversed()
            .thenComparing(ValueOccurrences::value));
    return new Occurrences(
        query,
        all.articles,
        all.occurrences,
        all.dated,
        all.undated,
        by,
        List.copyOf(top.subList(0, Math.min(VALUES, top.size()))),
        tookMs);
  }

  private record Totals(
      long articles, long occurrences, List<YearOccurrences> dated, YearOccurrences undated) {}

  private static Totals totals(Map<String, long[]> perYear) {
    List<YearOccurrences> dated = new ArrayList<>();
    long articles = 0;
    long occurrences = 0;
    YearOccurrences undated = new YearOccurrences(0, 0, 0);
    for (Map.Entry<String, long[]> e : perYear.entrySet()) {
      long[] counts = e.getValue();
      articles += counts[0];
      occurrences += counts[1];
      if (e.getKey().equals(IndexSchema.UNKNOWN_YEAR)) {
        undated = new YearOccurrences(0, counts[0], counts[1]);
      } else {
        dated.add(new YearOccurrences(Integer.parseInt(e.getKey()), counts[0], counts[1]));
      }
    }
    dated.sort(Comparator.comparingInt(YearOccurrences::year));
    return new Totals(articles, occurrences, List.copyOf(dated), undated);
  }
}
