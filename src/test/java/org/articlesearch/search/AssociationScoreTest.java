package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssociationScoreTest {
  @Test
  void aNameInEveryResultScoresNothing() {
    assertThat(AssociationScore.of(3, 3, 5, 5)).isZero();
  }

  @Test
  void namesMentionedAsOftenAsChanceWouldHaveScoreNothing() {
    // Half the results mention each, a quarter both.
    assertThat(AssociationScore.of(25, 50, 50, 100)).isZero();
  }

  @Test
  void aNameInAllOfTheEntitysArticlesAndNoOtherScoresMost() {
    double always = AssociationScore.of(3, 3, 3, 5);
    double once = AssociationScore.of(1, 3, 1, 5);
    assertThat(always).isEqualTo(6.73);
    assertThat(once).isPositive().isLessThan(always);
  }

  @Test
  void evidenceWeighsMoreThanTheRatio() {
    // Lift would put the single meeting (lift 200) above thirty of fifty (lift 12).
    assertThat(AssociationScore.of(30, 50, 500, 10_000))
        .isGreaterThan(AssociationScore.of(1, 50, 1, 10_000));
  }

  @Test
  void namesThatMeetLessOftenThanChanceScoreBelowZero() {
    assertThat(AssociationScore.of(2, 3, 4, 5)).isNegative();
  }

  @Test
  void noResultsScoreNothing() {
    assertThat(AssociationScore.of(0, 0, 0, 0)).isZero();
  }
}
