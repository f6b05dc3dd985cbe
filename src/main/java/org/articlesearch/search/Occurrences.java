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
 * @param authors the authors with the most occurrences first (ties by name), each with its years;
 *     empty unless asked for
 */
public record Occurrences(
    String query,
    long articles,
    long occurrences,
    List<YearOccurrences> years,
    YearOccurrences undated,
    List<AuthorOccurrences> authors,
    long tookMs) {

  /** How often a query occurs in one year's matching articles. */
  public record YearOccurrences(int year, long articles, long occurrences) {}

  /** How often a query occurs in one author's matching articles, in total and per year. */
  public record AuthorOccurrences(
      String author, long articles, long occurrences, List<YearOccurrences> years) {}
}
