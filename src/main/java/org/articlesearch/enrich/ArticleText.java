package org.articlesearch.enrich;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.extract.ExtractedText;

/**
 * The extracted text seen as lines, with the head and tail where bylines, datelines and footers
 * live.
 */
final class ArticleText {
  private static final Pattern SOURCE_URL =
      Pattern.compile("(?i)^(?:source|originally published at|url)\\s*:\\s*\\W*(https?://\\S+)");

  /** How many non-blank lines at the top count as the article's head. */
  static final int HEAD_LINES = 12;

  /** How many non-blank lines at the end count as its footer. */
  static final int TAIL_LINES = 10;

  private final ExtractedText extracted;
  private final List<String> lines;

  ArticleText(ExtractedText extracted) {
    this.extracted = extracted;
    List<String> nonBlank = new ArrayList<>();
    for (String line : extracted.text().split("\\R")) {
      String clean = line.replace('\u00a0', ' ').strip();
      if (!clean.isEmpty()) {
        nonBlank.add(clean);
      }
    }
    this.lines = List.copyOf(nonBlank);
  }

  ExtractedText extracted() {
    return extracted;
  }

  /** Returns the non-blank lines, stripped. */
  List<String> lines() {
    return lines;
  }

  List<String> head() {
    return lines.subList(0, Math.min(HEAD_LINES, lines.size()));
  }

  List<String> tail() {
    return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
  }

  /** Returns the address of a "Source: URL" footer, which scraped articles often end with. */
  Optional<URI> sourceUrl() {
    for (String line : tail()) {
      Matcher m = SOURCE_URL.matcher(line);
      if (m.find()) {
        try {
          return Optional.of(URI.create(m.group(1)));
        } catch (IllegalArgumentException e) {
          // a malformed address names nothing; look further
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when the line contains one of the words in any ASCII case: a cheap test that lets a
   * case-insensitive pattern needing one of them skip the long lines that cannot match.
   *
   * @param lowerCaseWords the words, in lower case
   */
  static boolean mentionsAny(String line, String... lowerCaseWords) {
    // One pass over the line for all the words, compared in place: every resolver asks this of
    // every line of the head and the tail, so a lower-cased copy, or a pass per word, was a tenth
    // of indexing an article of one long paragraph.
    int shortest = Integer.MAX_VALUE;
    for (String word : lowerCaseWords) {
      shortest = Math.min(shortest, word.length());
    }
    for (int i = 0, last = line.length() - shortest; i <= last; i++) {
      char c = line.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A'; // the words are ASCII: a cheaper fold than Character.toLowerCase
      }
      for (String word : lowerCaseWords) {
        if (c == word.charAt(0) && line.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  boolean isPlainText() {
    return extracted.mediaType().startsWith("text/plain");
  }
}
