package org.articlesearch.search;

import org.articlesearch.article.Span;

/**
 * The text either side of a match, as a concordance line shows it: at most {@link #CHARS}
 * characters, cut at a word, whitespace runs as one space.
 */
public final class KeywordContext {
  /** How many characters of context a line shows either side of its match, at most. */
  static final int CHARS = 60;

  private KeywordContext() {}

  /** Returns the matched text, whitespace runs as one space. */
  public static String match(String body, Span span) {
    return collapse(body.substring(span.start(), span.end()));
  }

  /** Returns the context before an offset, starting at a word unless the text starts there. */
  public static String left(String body, int end) {
    int start = Math.max(0, end - CHARS);
    if (start > 0 && !Character.isWhitespace(body.charAt(start - 1))) {
      int space = firstSpace(body, start, end);
      start = space < 0 ? start : space;
    }
    return collapse(body.substring(start, end)).strip();
  }

  /** Returns the context after an offset, ending at a word unless the text ends there. */
  public static String right(String body, int start) {
    int end = Math.min(body.length(), start + CHARS);
    if (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
      int space = lastSpace(body, start, end);
      end = space < 0 ? end : space;
    }
    return collapse(body.substring(start, end)).strip();
  }

  private static int firstSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastSpace(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the text with each run of whitespace, line breaks included, as one space. */
  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
