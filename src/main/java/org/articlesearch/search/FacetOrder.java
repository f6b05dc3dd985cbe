package org.articlesearch.search;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** How a list of facet values is ordered. */
public enum FacetOrder {
  /** Most articles first, ties by value. */
  COUNT,
  /** By value: years oldest first, other values alphabetically whatever their case and accents. */
  VALUE,
  /**
   * Authors or publishers by the date of their first article among the results, undated last; see
   * {@link FirstDates}.
   */
  DATE;

  /** Returns the comparator of the count or value order. */
  Comparator<FacetCount> comparator() {
    if (this == DATE) {
      throw new IllegalStateException("the date order needs the values' first dates");
    }
    Comparator<FacetCount> byValue = FacetOrder::compareValues;
    return this == COUNT
        ? Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value)
        : byValue.thenComparing(FacetCount::value);
  }

  /** Numbers (years) before words and in numeric order; words folded, so "émile" sorts by "e". */
  private static int compareValues(FacetCount a, FacetCount b) {
    boolean aNumber = a.value().matches("\\d+");
    boolean bNumber = b.value().matches("\\d+");
    if (aNumber && bNumber) {
      return Long.compare(Long.parseLong(a.value()), Long.parseLong(b.value()));
    }
    if (aNumber != bNumber) {
      return aNumber ? -1 : 1;
    }
    return FacetValueSearch.fold(a.value()).compareTo(FacetValueSearch.fold(b.value()));
  }

  /** Returns the parameter value, e.g. {@code "count"}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a parameter value; empty when it names no order. */
  public static Optional<FacetOrder> parse(String value) {
    for (FacetOrder order : values()) {
      if (order.parameter().equals(value)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}
