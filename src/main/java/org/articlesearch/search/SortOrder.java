package org.articlesearch.search;

import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  /** Newest first; undated articles last. */
  DATE,
  /** Relevance, newer articles first among equally relevant ones; undated last among them. */
  RECENCY;

  /** Returns the parameter value, e.g. {@code "relevance"}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a parameter value; empty when it names no order. */
  public static Optional<SortOrder> parse(String value) {
    for (SortOrder order : values()) {
      if (order.parameter().equals(value)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}
