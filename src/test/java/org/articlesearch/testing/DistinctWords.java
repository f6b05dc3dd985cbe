package org.articlesearch.testing;

import java.util.Random;

/**
 * A paragraph of everyday words in an order of its own, for generated corpora whose documents are
 * alike in every other sentence: without it they are near-duplicates of each other, which results
 * fold into one. No word names a test corpus's searched words or people.
 */
public final class DistinctWords {
  private static final String[] VOCABULARY =
      ("the of and to in a on for with by from at as the of and to in the river mill bridge "
              + "harvest school court ship road canal bank coin letter army navy rail post office "
              + "winter summer spring autumn mountain valley coast island city village farm cattle "
              + "timber iron copper cotton wool grain wheat corn bread salt fish horse wagon clerk "
              + "judge governor council mayor census survey map treaty border frontier settler "
              + "church library museum hospital prison college printer paper ink lamp oil coal "
              + "steam engine boiler wheel hammer anvil barrel bottle basket garden orchard meadow")
          .split(" ");

  private DistinctWords() {}

  /** Returns eighty words drawn by a generator seeded with seed, ending in a full stop. */
  public static String paragraph(long seed) {
    Random random = new Random(seed);
    StringBuilder words = new StringBuilder();
    for (int w = 0; w < 80; w++) {
      words.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
      words.append(w == 79 ? "." : " ");
    }
    return words.toString();
  }
}
