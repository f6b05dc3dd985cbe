package org.articlesearch.search;

import java.util.List;

/**
 * Keyword in context: every place a query matches in the first articles of its results, each with
 * the text either side.
 *
 * @param query the query the lines show
 * @param total how many articles the search matches
 * @param articles how many of them, from the first in the search's order, were read for lines
 * @param linesPerArticle the most lines taken from one article
 * @param complete whether the lines are every match of every article the search matches
 * @param lines in the search's order, then in the order of the text
 */
public record Concordance(
    String query,
    long total,
    int articles,
    int linesPerArticle,
    boolean complete,
    List<Line> lines,
    long tookMs) {

  /** Returns this concordance with its lines in another order. */
  public Concordance sorted(ConcordanceOrder order) {
    return new Concordance(
        query, total, articles, linesPerArticle, complete, order.sort(lines), tookMs);
  }

  /**
   * One match with its context.
   *
   * @param left the text before the match, whitespace collapsed, cut at a word
   * @param match the matched text as written
   * @param right the text after the match, whitespace collapsed, cut at a word
   * @param start the match's offset in the article's text
   * @param end the offset just after the match
   */
  public record Line(
      String id,
      String title,
      String date,
      String left,
      String match,
      String right,
      int start,
      int end) {}
}
