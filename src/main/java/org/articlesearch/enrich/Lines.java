package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines at every line break regex {@code \R} knows, in one pass: the regex engine
 * walks each character of every article twice, a cost every article pays.
 */
final class Lines {
  private Lines() {}

  /** The lines, without their breaks; a break at the end leaves an empty last line. */
  static List<String> of(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      if (c == '\n' || c == '\u000B' || c == '\u000C' || c == '\r' || c >= '\u0085') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++; // \r\n is one break
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }
}
