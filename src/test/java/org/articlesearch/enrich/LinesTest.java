package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinesTest {
  private static final Pattern ANY_BREAK = Pattern.compile("\\R");

  @Test
  void splitsAtEveryBreakLikeTheRegex() {
    assertThat(Lines.of("a\r\nb\rc\nd\u2028e\u0085f\u000Bg\u000Ch\u2029"))
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "");
    assertThat(Lines.of("")).containsExactly("");
    assertThat(Lines.of("\n\n")).containsExactly("", "", "");
    assertThat(Lines.of("tab\there")).containsExactly("tab\there");
  }

  @Test
  void agreesWithTheRegexOnRandomText() {
    char[] alphabet = {'a', ' ', '\t', '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', 'é'};
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      char[] text = new char[random.nextInt(30)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertThat(Lines.of(s))
          .as(s)
          .containsExactlyElementsOf(Arrays.asList(ANY_BREAK.split(s, -1)));
    }
  }
}
