package org.articlesearch.enrich;

import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.extract.ExtractedText;
import org.articlesearch.extract.TikaTextExtractor;

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
  private final Map<String, LetterGrams> letterGrams = new IdentityHashMap<>();
  private final Map<String, String> lowerCaseLines = new IdentityHashMap<>();

  ArticleText(ExtractedText extracted) {
    this.extracted = extracted;
    List<String> nonBlank = new ArrayList<>();
    for (String line : Lines.of(extracted.text())) {
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
   * True when the line, one of this text's, contains one of the words in any ASCII case: a cheap
   * test that lets a case-insensitive pattern needing one of them skip the long lines that cannot
   * match.
   *
   * @param lowerCaseWords the words, in lower case
   */
  boolean mentionsAny(String line, String... lowerCaseWords) {
    // Most lines asked about are a resolver's footer or byline candidates that hold none of the
    // words: their letter grams say so in one pass; the rest are lower-cased once for all askers.
    LetterGrams grams = letterGrams.computeIfAbsent(line, LetterGrams::new);
    for (String word : lowerCaseWords) {
      if (grams.mayContain(word)
          && lowerCaseLines.computeIfAbsent(line, l -> l.toLowerCase(Locale.ROOT)).contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Text whose lines are as written, without markup: a plain-text file, or a scan read by OCR. */
  boolean isPlainText() {
    return extracted.mediaType().startsWith("text/plain")
        || extracted.first(TikaTextExtractor.OCR_PAGES) != null;
  }
}
