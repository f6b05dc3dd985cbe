package org.articlesearch.search;

import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  /** Newest first; undated articles last. */
  DATE,
  /** Relevance, newer articles first among equally relevant ones; undated last among them. */
  RECENCY,
  /** Oldest first; undated articles last. */
  OLDEST;

  /**
   * Returns the order to use for a query: one with no words to rank by (a blank query, exclusions
   * or facet values alone) scores every match alike, so it lists the newest first unless the oldest
   * were asked for.
   */
  public SortOrder forQuery(boolean ranked) {
    return ranked || this == OLDEST ? this : DATE;
  }

  /** Returns the parameter values, for messages: "relevance, date, recency or oldest". */
  public static String choices(String lastJoin) {
    StringBuilder s = new StringBuilder();
    SortOrder[] all = values();
    for (int i = 0; i < all.length; i++) {
      if (i > 0) {
        s.append(i == all.length - 1 ? lastJoin : ", ");
      }
      s.append(all[i].parameter());
    }
    return s.toString();
  }

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
