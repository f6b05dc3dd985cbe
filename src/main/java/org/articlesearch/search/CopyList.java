package org.articlesearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders the articles of one copy group as the document view lists them. */
public final class CopyList {
  // Undated articles come after every dated one, as when the group was named.
  private static final Comparator<SearchHit> BY_DATE =
      Comparator.comparing(SearchHit::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(SearchHit::id);

  private CopyList() {}

  /**
   * Returns the group's articles with the first seen (the one the group is named after) first, the
   * others by date, then id.
   */
  public static List<SearchHit> ordered(List<SearchHit> members, String firstSeen) {
    List<SearchHit> ordered = new ArrayList<>(members);
    ordered.sort(
        Comparator.comparing((SearchHit h) -> !h.id().equals(firstSeen)).thenComparing(BY_DATE));
    return ordered;
  }
}
