package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LetterGramsTest {
  private static final String[] WORDS = {
    "published", "posted", "updated", "follow", "twitter", "views", "official policy", "editorial "
  };

  @Test
  void neverSaysNoToAWordTheLowerCasedLineContains() {
    Random random = new Random(42);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,'éÉßİ—";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder line = new StringBuilder();
      int length = random.nextInt(3_000);
      while (line.length() < length) {
        if (random.nextInt(40) == 0) {
          String word = WORDS[random.nextInt(WORDS.length)];
          line.append(random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word);
        } else {
          line.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = line.toString();
      LetterGrams grams = new LetterGrams(text);
      for (String word : WORDS) {
        if (text.toLowerCase(Locale.ROOT).contains(word)) {
          assertThat(grams.mayContain(word)).as("%s in %s", word, text).isTrue();
        }
      }
    }
  }

  @Test
  void saysNoToMostWordsALineLacks() {
    String paragraph =
        "The Congress has before it a budget that asks for less than last year's, and the members"
            + " of both parties have said that they will work with the administration to pass it"
            + " before the session ends; the governors, too, have written to ask for its passage.";
    LetterGrams grams = new LetterGrams(paragraph);
    assertThat(grams.mayContain("published")).isFalse();
    assertThat(grams.mayContain("twitter")).isFalse();
    assertThat(grams.mayContain("official policy")).isFalse();
    assertThat(grams.mayContain("budget")).isTrue();
    assertThat(grams.mayContain("governors")).isTrue();
  }

  @Test
  void wordsUnderFourLettersAreAlwaysMaybeAndShortLinesAreExact() {
    assertThat(new LetterGrams("").mayContain("of")).isTrue();
    assertThat(new LetterGrams("abc").mayContain("abcd")).isFalse();
    assertThat(new LetterGrams("ABCD").mayContain("abcd")).isTrue();
  }
}
