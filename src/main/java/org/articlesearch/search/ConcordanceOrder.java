package org.articlesearch.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The orders of a concordance's lines: the classic keyword-in-context sorts. */
public enum ConcordanceOrder {
  /** As the search orders the articles, each article's lines in the order of its text. */
  ARTICLE,
  /** Oldest article first, undated last. */
  DATE,
  /** By the word just left of the match, then the one before it, and so on. */
  LEFT,
  /** By the word just right of the match, then the one after it, and so on. */
  RIGHT;

  /** Returns the lines in this order; ties keep the article order. */
  public List<Concordance.Line> sort(List<Concordance.Line> lines) {
    return switch (this) {
      case ARTICLE -> lines;
      case DATE ->
          lines.stream()
              .sorted(
                  Comparator.comparing(
                      Concordance.Line::date, Comparator.nullsLast(Comparator.naturalOrder())))
              .toList();
      case LEFT -> lines.stream().sorted(Comparator.comparing(l -> words(l.left(), true))).toList();
      case RIGHT ->
          lines.stream().sorted(Comparator.comparing(l -> words(l.right(), false))).toList();
    };
  }

  /** Returns the order a parameter names, or null for none of them. */
  public static ConcordanceOrder parse(String name) {
    for (ConcordanceOrder order : values()) {
      if (order.name().toLowerCase(Locale.ROOT).equals(name)) {
        return order;
      }
    }
    return null;
  }

  /** Returns the words nearest the match first, lower case, without punctuation, as a sort key. */
  private static String words(String context, boolean leftOfMatch) {
    List<String> words =
        List.of(
            context.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").split("\\s+"));
    return String.join(" ", leftOfMatch ? words.reversed() : words);
  }
}
