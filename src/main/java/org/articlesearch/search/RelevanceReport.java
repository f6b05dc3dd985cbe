package org.articlesearch.search;

import java.util.List;

/**
 * How well a searcher ranks a judged query set.
 *
 * @param evaluated the judged queries whose articles are all in the index, with their scores
 * @param skipped the judged queries left out because none of their articles is in the index
 */
public record RelevanceReport(List<QueryScore> evaluated, List<Judgment> skipped) {
  /**
   * The scores of one query.
   *
   * @param firstRelevantRank 1-based rank of the first relevant article, 0 when not in the top 10
   */
  public record QueryScore(Judgment judgment, int firstRelevantRank, double ndcgAt10) {
    /** Returns whether the first hit is a relevant article. */
    public boolean successAt1() {
      return firstRelevantRank == 1;
    }
  }

  /** Returns the share of evaluated queries whose first hit is relevant; 0 when none was. */
  public double successAt1() {
    return evaluated.isEmpty()
        ? 0
        : evaluated.stream().filter(QueryScore::successAt1).count() / (double) evaluated.size();
  }

  /** Returns the mean nDCG@10 over the evaluated queries; 0 when none was. */
  public double ndcgAt10() {
    return evaluated.isEmpty()
        ? 0
        : evaluated.stream().mapToDouble(QueryScore::ndcgAt10).sum() / evaluated.size();
  }
}
