package org.articlesearch.search;

/**
 * How much more often two entities are mentioned in the same articles than chance would have it:
 * Dunning's log-likelihood ratio (G²) over the two-by-two table of articles with and without each,
 * signed negative when they meet less often than chance.
 *
 * <p>Chosen over lift or PMI, which put a name seen once, beside the entity, above one seen in
 * every one of its articles: G² weighs the evidence as well as the ratio, so the rare pair needs no
 * minimum count, and the names mentioned everywhere score about nothing.
 */
public final class AssociationScore {
  private AssociationScore() {}

  /**
   * Returns the score, rounded to three decimals so that both backends rank alike.
   *
   * @param together articles that mention both
   * @param first articles that mention the first entity
   * @param second articles that mention the second one
   * @param total articles counted (the search's results)
   */
  public static double of(long together, long first, long second, long total) {
    if (total <= 0) {
      return 0;
    }
    long firstOnly = first - together;
    long secondOnly = second - together;
    long neither = total - first - second + together;
    double g2 =
        2
            * (term(together, first, second, total)
                + term(firstOnly, first, total - second, total)
                + term(secondOnly, total - first, second, total)
                + term(neither, total - first, total - second, total));
    double score = Math.max(0, g2);
    // Below chance (together fewer than first × second / total) counts against.
    if ((double) together * total < (double) first * second) {
      score = -score;
    }
    return Math.round(score * 1000) / 1000.0;
  }

  /** One cell's part: observed × ln(observed / expected), nothing for an empty cell. */
  private static double term(long observed, long row, long column, long total) {
    if (observed <= 0) {
      return 0;
    }
    return observed * Math.log((double) observed * total / ((double) row * column));
  }
}
