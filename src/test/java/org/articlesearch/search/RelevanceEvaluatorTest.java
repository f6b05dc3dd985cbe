package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceEvaluatorTest {
  @Test
  void ndcgIsOneForAnIdealRankingAndDiscountsLaterHits() {
    assertThat(RelevanceEvaluator.ndcg(List.of(true, false, false), 1)).isEqualTo(1.0);
    assertThat(RelevanceEvaluator.ndcg(List.of(true, true), 2)).isEqualTo(1.0);
    // One relevant article at rank 2: 1/log2(3).
    assertThat(RelevanceEvaluator.ndcg(List.of(false, true), 1)).isCloseTo(0.6309, within(1e-4));
    // Two relevant, only the first found: 1 / (1 + 1/log2(3)).
    assertThat(RelevanceEvaluator.ndcg(List.of(true, false), 2)).isCloseTo(0.6131, within(1e-4));
    assertThat(RelevanceEvaluator.ndcg(List.of(false, false), 1)).isZero();
    // Hits below rank 10 do not count.
    List<Boolean> eleventh =
        List.of(false, false, false, false, false, false, false, false, false, false, true);
    assertThat(RelevanceEvaluator.ndcg(eleventh, 1)).isZero();
  }

  @Test
  void successAtOneAndMeanNdcgAverageOverTheQueries() {
    Judgment j = new Judgment("q", java.util.Set.of("a.txt"), "seeds");
    RelevanceReport report =
        new RelevanceReport(
            List.of(
                new RelevanceReport.QueryScore(j, 1, 1.0),
                new RelevanceReport.QueryScore(j, 2, 0.5),
                new RelevanceReport.QueryScore(j, 0, 0.0),
                new RelevanceReport.QueryScore(j, 1, 0.9)),
            List.of());
    assertThat(report.successAt1()).isEqualTo(0.5);
    assertThat(report.ndcgAt10()).isCloseTo(0.6, within(1e-9));
  }
}
