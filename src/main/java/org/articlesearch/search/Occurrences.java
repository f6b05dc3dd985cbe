package org.articlesearch.search;

import java.util.List;

/**
 * How often a query occurs in the articles it matches, per publication year: its words and phrases
 * counted, not the articles.
 *
 * @param articles how many articles match
 * @param occurrences how many times the query occurs in their bodies
 * @param years per year that has matching articles, ascending
 * @param undated the matching articles without a date, as a year 0
 * @param by the facet the counts are split by, or null
 * @param values the facet's values with the most occurrences first (ties by value), each with its
 *     years; empty unless a split was asked for
 */
public record Occurrences(
    String query,
    long articles,
    long occurrences,
    List<YearOccurrences> years,
    YearOccurrences undated,
    String by,
    List<ValueOccurrences> values,
    long tookMs) {

  /** How often a query occurs in one year's matching articles. */
  public record YearOccurrences(int year, long articles, long occurrences) {}

  /** How often a query occurs in the matching articles with one facet value, per year too. */
  public record ValueOccurrences(
      String value, long articles, long occurrences, List<YearOccurrences> years) {}
}
