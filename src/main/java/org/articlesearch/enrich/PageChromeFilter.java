package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the page chrome a copied web page keeps around its article once the title and authors are
 * known: above the text, the headline and byline repeated, a date banner and a list of categories;
 * anywhere, a line repeated (a photo caption, a pull quote, a paragraph the page showed twice). The
 * body then starts with the article, which is what a snippet without a query shows.
 */
final class PageChromeFilter {
  /** How many non-blank lines at the top may be chrome: a header is a few lines long. */
  private static final int HEAD_LINES = 8;

  /** A longer line at the top is the article's first paragraph or standfirst: the head ends. */
  private static final int MAX_CHROME_LINE = 200;

  /** A line this short may be repeated on purpose: a subheading, a label, a name. */
  private static final int MIN_REPEATED_WORDS = 10;

  /** A short line whose words stand inside a longer one is looked for this many times at most. */
  private static final int MAX_QUOTE_CHECKS = 16;

  private static final Pattern BY =
      Pattern.compile("(?iu)^(?:(?:written|posted|words|story) )?by:?\\s+");
  // What may follow a byline's name: nothing, a separator, a time; after "By", another word too.
  private static final Pattern AFTER_NAME =
      Pattern.compile("(?u)^\\s*(?:[|,.·•/:–—-].*|\\d{1,2}[:.]\\d{2}.*)?$");
  private static final Pattern AFTER_NAME_BY = Pattern.compile("(?U)^(?:\\W.*)?$");
  // A paragraph: a dozen words or more ending a sentence; the article has begun.
  private static final Pattern PARAGRAPH = Pattern.compile("(?U)^(?:\\S+\\s+){11,}.*[.!?…\"”’)]$");
  // A category: up to four capitalised words ("International Relations", "Pakistan & Russia").
  private static final Pattern CATEGORY =
      Pattern.compile("(?u)^\\p{Lu}[\\p{L}'’-]*(?: (?:&|\\p{Lu}[\\p{L}'’-]*)){0,3}$");

  private PageChromeFilter() {}

  /**
   * Returns the body without its chrome lines; the other lines keep their order and breaks.
   *
   * @param title the article's title, or null
   * @param authors the article's authors
   */
  static String clean(String body, String title, List<String> authors) {
    List<String> lines = Lines.of(body);
    List<String> kept = new ArrayList<>(lines.size());
    // Each line's words, once; null for a blank line.
    List<String> lineWords = new ArrayList<>(lines.size());
    Map<String, Integer> occurrences = new HashMap<>();
    StringBuilder allWords = new StringBuilder(body.length());
    for (String line : lines) {
      String w = words(line);
      lineWords.add(w.isEmpty() ? null : w);
      if (!w.isEmpty()) {
        occurrences.merge(w, 1, Integer::sum);
        allWords.append('\n').append(w);
      }
    }
    String all = allWords.append('\n').toString();
    Set<String> seen = new HashSet<>();
    String titleWords = title == null ? null : words(title);
    int quoteChecks = 0;
    int nonBlank = 0;
    boolean inHead = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String w = lineWords.get(i);
      if (w == null) {
        kept.add(line);
        continue;
      }
      String s = line.replace('\u00a0', ' ').strip();
      nonBlank++;
      inHead =
          inHead
              && nonBlank <= HEAD_LINES
              && s.length() <= MAX_CHROME_LINE
              && !PARAGRAPH.matcher(s).matches();
      boolean chrome = inHead && isHeadChrome(s, w, titleWords, authors);
      if (!chrome && isLong(w)) {
        // A caption or a paragraph the page showed twice; a line said three times or more is a
        // refrain or a table's rows.
        chrome = !seen.add(w) && occurrences.get(w) == 2;
        // Input is hostile: each look through the whole text for a quote is one of a few.
        if (!chrome && s.length() <= MAX_CHROME_LINE && quoteChecks++ < MAX_QUOTE_CHECKS) {
          chrome = isQuotedFromLongerLine(w, all);
        }
      }
      if (!chrome) {
        kept.add(line);
      }
    }
    return BoilerplateFilter.joined(kept);
  }

  private static boolean isHeadChrome(
      String line, String lineWords, String titleWords, List<String> authors) {
    return isTitle(lineWords, titleWords)
        || isByline(line, authors)
        || DateParser.isDateLine(line)
        || isCategoryList(line);
  }

  /** The headline, or a slug or kicker that is the headline's first words. */
  private static boolean isTitle(String lineWords, String titleWords) {
    if (titleWords == null || lineWords.isEmpty()) {
      return false;
    }
    return lineWords.equals(titleWords) || titleWords.startsWith(lineWords + " ");
  }

  /** "By Jane Doe.", "Jane Doe |", "Written by Jane Doe 1:30 pm News, World". */
  private static boolean isByline(String line, List<String> authors) {
    String rest = BY.matcher(line).replaceFirst("");
    Pattern after = rest.length() < line.length() ? AFTER_NAME_BY : AFTER_NAME;
    for (String author : authors) {
      if (!author.startsWith("@")
          && rest.regionMatches(true, 0, author, 0, author.length())
          && after.matcher(rest.substring(author.length())).matches()) {
        return true;
      }
    }
    return false;
  }

  /** "Articles, Current Affairs, International Relations": three names or more, no sentence. */
  private static boolean isCategoryList(String line) {
    String[] items = line.split("\\s*[,|·•]\\s*");
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      if (!CATEGORY.matcher(item).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the line's words stand, whole words, inside a longer line: a pull quote or a caption
   * in the text.
   *
   * @param allWords every line's words, each line between line breaks
   */
  private static boolean isQuotedFromLongerLine(String lineWords, String allWords) {
    for (int at = allWords.indexOf(lineWords); at >= 0; at = allWords.indexOf(lineWords, at + 1)) {
      char before = allWords.charAt(at - 1);
      char after = allWords.charAt(at + lineWords.length());
      boolean wholeWords = (before == ' ' || before == '\n') && (after == ' ' || after == '\n');
      if (wholeWords && !(before == '\n' && after == '\n')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLong(String lineWords) {
    int words = 1;
    for (int i = 0; i < lineWords.length() && words < MIN_REPEATED_WORDS; i++) {
      if (lineWords.charAt(i) == ' ') {
        words++;
      }
    }
    return words >= MIN_REPEATED_WORDS;
  }

  /** The line's words in lower case, one space apart: punctuation and case do not count. */
  private static String words(String line) {
    StringBuilder b = new StringBuilder(line.length());
    boolean gap = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && !b.isEmpty()) {
          b.append(' ');
        }
        gap = false;
        b.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return b.toString();
  }
}
