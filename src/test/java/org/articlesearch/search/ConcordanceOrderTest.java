package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConcordanceOrderTest {
  private static Concordance.Line line(String id, String date, String left, String right) {
    return new Concordance.Line(id, "t" + id, date, left, "war", right, 0, 3);
  }

  private static final List<Concordance.Line> LINES =
      List.of(
          line("1", "1990", "the cold", "was over."),
          line("2", null, "after the Great", "Ended, and"),
          line("3", "1850", "a long, cold", "began"),
          line("4", "1850", "\"Great", "was over, they said"));

  private static List<String> ids(ConcordanceOrder order) {
    return order.sort(LINES).stream().map(Concordance.Line::id).toList();
  }

  @Test
  void articleOrderKeepsTheLinesAsFound() {
    assertThat(ids(ConcordanceOrder.ARTICLE)).containsExactly("1", "2", "3", "4");
  }

  @Test
  void dateOrderIsOldestFirstUndatedLastTiesInArticleOrder() {
    assertThat(ids(ConcordanceOrder.DATE)).containsExactly("3", "4", "1", "2");
  }

  @Test
  void leftOrderReadsTheWordsFromTheMatchLeftwardsIgnoringCaseAndPunctuation() {
    // cold ← the, cold ← long, great ← (none), great ← the
    assertThat(ids(ConcordanceOrder.LEFT)).containsExactly("3", "1", "4", "2");
  }

  @Test
  void rightOrderReadsTheWordsFromTheMatchRightwards() {
    assertThat(ids(ConcordanceOrder.RIGHT)).containsExactly("3", "2", "1", "4");
  }

  @Test
  void onlyTheFourOrdersAreNamed() {
    assertThat(ConcordanceOrder.parse("left")).isEqualTo(ConcordanceOrder.LEFT);
    assertThat(ConcordanceOrder.parse("LEFT")).isNull();
    assertThat(ConcordanceOrder.parse("")).isNull();
  }
}
