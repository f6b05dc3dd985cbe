package org.articlesearch.enrich;

/**
 * The four-character sequences of a line, lower-cased, as a set that may answer yes wrongly but
 * never no wrongly: a word whose first or last four characters are missing cannot be in the line.
 * Built in one pass over the line, it spares lower-casing a long paragraph and searching it once a
 * word, a cost that grows with every word looked for.
 */
final class LetterGrams {
  // Bits a character of the line: keeps wrong yeses to a few in a hundred for two probes.
  private static final int BITS_PER_CHAR = 16;
  private static final int MAX_BITS = 1 << 16;

  private final long[] bits;
  private final int shift;

  LetterGrams(String line) {
    int size = 64;
    while (size < MAX_BITS && size < line.length() * BITS_PER_CHAR) {
      size <<= 1;
    }
    bits = new long[size >>> 6];
    shift = 32 - Integer.numberOfTrailingZeros(size);
    int gram = 0;
    for (int i = 0, n = line.length(); i < n; i++) {
      gram = (gram << 8) | lower(line.charAt(i));
      if (i >= 3) {
        int bit = slot(gram);
        bits[bit >>> 6] |= 1L << bit;
      }
    }
  }

  /** False when the word, in lower case, is certainly not in the line; true when it may be. */
  boolean mayContain(String lowerCaseWord) {
    int n = lowerCaseWord.length();
    if (n < 4) {
      return true;
    }
    return has(gramAt(lowerCaseWord, 0)) && has(gramAt(lowerCaseWord, n - 4));
  }

  private boolean has(int gram) {
    int bit = slot(gram);
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  private int slot(int gram) {
    return (gram * 0x9E3779B1) >>> shift;
  }

  private static int gramAt(String word, int from) {
    int gram = 0;
    for (int i = from; i < from + 4; i++) {
      gram = (gram << 8) | lower(word.charAt(i));
    }
    return gram;
  }

  // The low byte of the character as Locale.ROOT lower-cases it; the set only needs equal
  // characters to give equal bytes.
  private static int lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    return Character.toLowerCase(c) & 0xFF;
  }
}
