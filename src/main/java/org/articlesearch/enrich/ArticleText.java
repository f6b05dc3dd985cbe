package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;
import org.articlesearch.extract.ExtractedText;

/**
 * The extracted text seen as lines, with the head and tail where bylines, datelines and footers
 * live.
 */
final class ArticleText {
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

  boolean isPlainText() {
    return extracted.mediaType().startsWith("text/plain");
  }
}
