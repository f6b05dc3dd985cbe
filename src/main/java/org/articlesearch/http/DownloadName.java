package org.articlesearch.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names an export after its search and the day it was made ({@code
 * article-search-détente-2026-12-07.csv}), in a {@code Content-Disposition} header that every
 * browser reads: a plain ASCII {@code filename} and the full name as UTF-8 in {@code filename*}
 * (RFC 6266).
 */
final class DownloadName {
  /** Longest part of a name taken from the query, so that the date always shows. */
  static final int MAX_QUERY_CHARS = 60;

  private static final String PREFIX = "article-search";

  private DownloadName() {}

  /** Returns the header value for a download of a search's results made on a day. */
  static String contentDisposition(String query, LocalDate day, String extension) {
    String words = words(query);
    String ascii = words(asciiOnly(words));
    return "attachment; filename=\""
        + name(ascii.isEmpty() && !words.isEmpty() ? "results" : ascii, day, extension)
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name(words, day, extension), StandardCharsets.UTF_8);
  }

  private static String name(String words, LocalDate day, String extension) {
    return PREFIX + (words.isEmpty() ? "" : "-" + words) + "-" + day + "." + extension;
  }

  /**
   * Returns the letters and digits of a query, lower case, each run joined to the next by a hyphen:
   * no quote, slash, colon or control character a file system or a header could trip on.
   */
  static String words(String query) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    String lower = query.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= lower.length(); ) {
      int c = i < lower.length() ? lower.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        run.appendCodePoint(c);
      } else if (!run.isEmpty()) {
        runs.add(run.toString());
        run.setLength(0);
      }
      i += Character.charCount(c);
    }
    StringBuilder words = new StringBuilder();
    for (String r : runs) {
      int room = MAX_QUERY_CHARS - words.length() - (words.isEmpty() ? 0 : 1);
      if (r.length() > room) {
        if (words.isEmpty()) { // one long word: its start, not split inside a character
          words.append(r, 0, Character.isLowSurrogate(r.charAt(room)) ? room - 1 : room);
        }
        break;
      }
      words.append(words.isEmpty() ? "" : "-").append(r);
    }
    return words.toString();
  }

  /** Returns a text with its accents taken off and anything else outside ASCII dropped. */
  private static String asciiOnly(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder ascii = new StringBuilder();
    for (char c : decomposed.toCharArray()) {
      if (c < 0x80) {
        ascii.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        ascii.append(' ');
      }
    }
    return ascii.toString();
  }
}
