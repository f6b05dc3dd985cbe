package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Sentence boundaries for snippets, checked against the JDK's sentence iterator. */
class SentenceBreakIteratorTest {
  private static List<Integer> boundaries(BreakIterator it, String text) {
    it.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }

  @Test
  void breaksWhereTheJdkBreaksOnOrdinaryProse() {
    String text =
        "The war ended. Did it? Yes! “It did.” Congress met (again.) Then, e.g. the tax rose."
            + "\nA new paragraph 3.5 percent. 1862 was a year.";
    assertThat(boundaries(new SentenceBreakIterator(), text))
        .isEqualTo(boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text));
  }

  @Test
  void movesLikeABreakIterator() {
    String text = "One two. Three four. Five.";
    BreakIterator it = new SentenceBreakIterator();
    it.setText(text);
    assertThat(it.first()).isZero();
    assertThat(it.following(3)).isEqualTo(9);
    assertThat(it.current()).isEqualTo(9);
    assertThat(it.following(9)).isEqualTo(21);
    assertThat(it.preceding(21)).isEqualTo(9);
    assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(it.following(text.length())).isEqualTo(BreakIterator.DONE);
    assertThat(it.last()).isEqualTo(text.length());
    assertThat(it.previous()).isEqualTo(21);
    assertThat(it.next(-2)).isEqualTo(0);
    assertThat(it.isBoundary(9)).isTrue();
    assertThat(it.isBoundary(10)).isFalse();
  }

  @Test
  void emptyTextHasOneBoundary() {
    assertThat(boundaries(new SentenceBreakIterator(), "")).containsExactly(0);
  }
}
