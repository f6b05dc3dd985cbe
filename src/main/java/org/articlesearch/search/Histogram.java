package org.articlesearch.search;

import java.util.List;

/**
 * Articles per publication year.
 *
 * @param years every year that has articles, in ascending order
 * @param undated how many articles have no publication date
 */
public record Histogram(List<YearCount> years, long undated) {
  /** The histogram of no articles. */
  public static final Histogram EMPTY = new Histogram(List.of(), 0);
}
