package org.articlesearch.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Picks the values of a facet whose words start with what was typed, most frequent first: the one
 * rule behind {@link ArticleSearcher#facetValues} for every backend.
 */
public final class FacetValueSearch {
  private FacetValueSearch() {}

  /**
   * Returns the values of a facet matching the prefix, by count descending, then by value.
   *
   * @param all every value of the facet with its article count
   */
  public static List<FacetCount> top(List<FacetCount> all, String prefix, int size) {
    return page(all, prefix, FacetOrder.COUNT, 1, size).values();
  }

  /**
   * Returns one page of the values of a facet matching the prefix, in the order asked for.
   *
   * @param all every value of the facet with its article count
   * @param page 1-based page number
   */
  public static FacetPage page(
      List<FacetCount> all, String prefix, FacetOrder order, int page, int size) {
    return page(all, prefix, order.comparator(), page, size);
  }

  /** Returns one page of the values of a facet matching the prefix, in the order given. */
  public static FacetPage page(
      List<FacetCount> all, String prefix, Comparator<FacetCount> order, int page, int size) {
    String wanted = fold(prefix);
    Predicate<String> matches = NameWords.matching(wanted, true);
    List<FacetCount> values = new ArrayList<>();
    for (FacetCount value : all) {
      if (wanted.isEmpty() || matches.test(fold(value.value()))) {
        values.add(value);
      }
    }
    values.sort(order);
    int from = (int) Math.min(values.size(), (long) (page - 1) * size);
    int to = (int) Math.min(values.size(), (long) from + size);
    return new FacetPage(values.size(), values.subList(from, to));
  }

  /** Returns text lower-cased, accents removed, for matching regardless of either. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
