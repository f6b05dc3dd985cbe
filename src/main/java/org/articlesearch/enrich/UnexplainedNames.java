package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the capitalised words of a text that the first model left unexplained ("Zeus", "DAB",
 * "MicroMega") and the short windows around them that a second model reads, and judges what that
 * model finds there. Only a small part of a text is read twice, which keeps recognition fast.
 */
final class UnexplainedNames {
  /** Words either side of an unexplained word: the context the CRF models' features look at. */
  static final int CONTEXT_WORDS = 4;

  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}+");
  private static final Pattern CLOSING_PUNCTUATION = Pattern.compile(".*[.!?:;\"“”]$");

  /** A window of text, [start, end), holding unexplained words. */
  record Window(int start, int end) {}

  private final String text;
  private final Set<String> lowerCaseWords = new HashSet<>();
  private final List<int[]> unexplained = new ArrayList<>();

  /** Prepares for one text; words the text also writes in lower case are ordinary words. */
  UnexplainedNames(String text) {
    this.text = text;
    Matcher m = LOWER_WORD.matcher(text);
    while (m.find()) {
      lowerCaseWords.add(m.group());
    }
  }

  /**
   * Returns the windows of text[from, to) around capitalised words that are not inside a known
   * mention and are not ordinary words written with a capital (at a sentence start, say): words the
   * text never writes in lower case.
   *
   * @param known the first model's mentions, with offsets in the whole text
   */
  List<Window> windows(int from, int to, List<EntityMention> known) {
    List<int[]> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
    List<Window> windows = new ArrayList<>();
    int covered = -1; // last token index already inside a window
    boolean[] isUnexplained = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      isUnexplained[i] = isUnexplained(tokens.get(i)[0], tokens.get(i)[1], known);
      if (isUnexplained[i]) {
        unexplained.add(tokens.get(i));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (i <= covered || !isUnexplained[i]) {
        continue;
      }
      int first = Math.max(covered + 1, i - CONTEXT_WORDS);
      int last = Math.min(tokens.size() - 1, i + CONTEXT_WORDS);
      // Unexplained words close together share one window.
      for (int j = i + 1; j <= last + CONTEXT_WORDS && j < tokens.size(); j++) {
        if (isUnexplained[j]) {
          last = Math.min(tokens.size() - 1, j + CONTEXT_WORDS);
        }
      }
      windows.add(new Window(tokens.get(first)[0], tokens.get(last)[1]));
      covered = last;
    }
    return windows;
  }

  private boolean isUnexplained(int start, int end, List<EntityMention> known) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    // The capital of a sentence's first word says nothing; the lower-case test below still does.
    String word = text.substring(start, end).replaceFirst("[^\\p{L}].*$", "");
    if (lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return known.stream().noneMatch(k -> k.start() < end && start < k.end());
  }

  /**
   * True when the second model's mention may join the first's: it holds an unexplained word, does
   * not overlap a known mention, is not half of a hyphenated compound ("Pak" in "Pak-Russia") and
   * is not in a title-case heading, where every word looks like a name.
   */
  boolean accepts(EntityMention found, List<EntityMention> known) {
    // Only words found by windows() count, so call it first for the part of text concerned.
    if (known.stream().anyMatch(k -> k.start() < found.end() && found.start() < k.end())) {
      return false;
    }
    boolean hyphenated =
        found.end() + 1 < text.length()
                && text.charAt(found.end()) == '-'
                && Character.isLetterOrDigit(text.charAt(found.end() + 1))
            || found.start() >= 2
                && text.charAt(found.start() - 1) == '-'
                && Character.isLetterOrDigit(text.charAt(found.start() - 2));
    return !hyphenated
        && !isQuoted(found)
        && !isHeading(text, found.start())
        && unexplained.stream().anyMatch(u -> u[0] < found.end() && found.start() < u[1]);
  }

  /** A whole quotation is the title of a work or a slogan ("“Eurasian Union Integration”"). */
  private boolean isQuoted(EntityMention found) {
    return found.start() > 0
        && found.end() < text.length()
        && "\"“‘'".indexOf(text.charAt(found.start() - 1)) >= 0
        && "\"”’'".indexOf(text.charAt(found.end())) >= 0;
  }

  /**
   * True when the offset is in a short title-case line without closing punctuation: a heading, not
   * a sentence.
   */
  static boolean isHeading(String text, int offset) {
    int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int to = text.indexOf('\n', offset);
    String line = text.substring(from, to < 0 ? text.length() : to).strip();
    if (line.isEmpty() || line.length() > 120 || CLOSING_PUNCTUATION.matcher(line).matches()) {
      return false;
    }
    // Title case: the words that are not short function words ("of", "the", "an") are capitalised.
    long words = 0;
    long capitalised = 0;
    for (String word : line.split("\\s+")) {
      if (word.length() > 3) {
        words++;
        capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
      }
    }
    return words > 0 && capitalised * 10 >= words * 8;
  }
}
