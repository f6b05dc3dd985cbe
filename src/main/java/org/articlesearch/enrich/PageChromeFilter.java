package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
  private static final int MAX_QUOTE_CHECKS = 64;

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
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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
    Set<String> seen = new HashSet<>();
    List<String> paragraphs = new ArrayList<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (String line : lines) {
      String s = line.replace('\u00a0', ' ').strip();
      if (!s.isEmpty()) {
        paragraphs.add(words(s));
        occurrences.merge(paragraphs.getLast(), 1, Integer::sum);
      }
    }
    String titleWords = title == null ? null : words(title);
    int quoteChecks = 0;
    int nonBlank = 0;
    boolean inHead = true;
    for (String line : lines) {
      String s = line.replace('\u00a0', ' ').strip();
      if (s.isEmpty()) {
        kept.add(line);
        continue;
      }
      nonBlank++;
      inHead =
          inHead
              && nonBlank <= HEAD_LINES
              && s.length() <= MAX_CHROME_LINE
              && !PARAGRAPH.matcher(s).matches();
      String w = words(s);
      boolean chrome = inHead && isHeadChrome(s, w, titleWords, authors);
      if (!chrome && isLong(w)) {
        // A caption or a paragraph the page showed twice; a line said three times or more is a
        // refrain or a table's rows.
        chrome = !seen.add(w) && occurrences.get(w) == 2;
        // Input is hostile: each look through the whole text for a quote is one of a few.
        if (!chrome && s.length() <= MAX_CHROME_LINE && quoteChecks++ < MAX_QUOTE_CHECKS) {
          chrome = isQuotedFromLongerLine(w, paragraphs);
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

  /** A short line whose words stand inside a longer one: a pull quote or a caption in the text. */
  private static boolean isQuotedFromLongerLine(String lineWords, List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      if (paragraph.length() > lineWords.length() && paragraph.contains(lineWords)) {
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
    return NOT_WORD.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
