package org.articlesearch.extract;

/**
 * Tells decoded text from binary data that a text decoder turned into characters: random bytes read
 * as UTF-16 become a scatter of unassigned, private-use and surrogate code points that no writing
 * system uses, while real text in any script has almost none.
 */
final class BinaryTextDetector {
  /** Above this share of impossible characters, the "text" is binary data. */
  static final double MAX_IMPOSSIBLE = 0.05;

  private static final int SAMPLE = 20_000;

  private BinaryTextDetector() {}

  /** True when the text looks like decoded binary data rather than writing. */
  static boolean isBinary(String text) {
    int checked = 0;
    int impossible = 0;
    for (int i = 0; i < text.length() && checked < SAMPLE; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      checked++;
      int type = Character.getType(cp);
      boolean control = type == Character.CONTROL && !Character.isWhitespace(cp);
      if (control
          || cp == 0xFFFD
          || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE
          || type == Character.SURROGATE) {
        impossible++;
      }
    }
    return checked > 0 && impossible > checked * MAX_IMPOSSIBLE;
  }
}
