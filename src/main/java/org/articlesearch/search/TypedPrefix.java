package org.articlesearch.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.index.IndexSchema;

/**
 * Rewrites a query still being typed so that its last word also matches the words it starts: {@code
 * pakistan Krem} is searched as {@code pakistan (Krem OR Krem*)}. The word itself stays, as the
 * stemmed index may hold a finished word shorter than it was typed ("government" is "govern").
 */
public final class TypedPrefix {
  // The last word of the text, on its own or as a field's value, maybe after a sign.
  private static final Pattern LAST_WORD =
      Pattern.compile("(?:^|(?<=[\\s(]))[-+!]?(?:([\\p{L}\\p{N}_]+):)?([\\p{L}\\p{N}]+)$");

  private TypedPrefix() {}

  /**
   * Returns the query text to search for a request: as written, or while typing with its last word
   * also a prefix when it has at least minChars letters (shorter prefixes match too many words).
   */
  public static String of(SearchRequest request, int minChars) {
    String text = request.query();
    if (!request.typing()) {
      return text;
    }
    Matcher m = LAST_WORD.matcher(text);
    if (!m.find() || insideQuotes(text, m.start())) {
      return text;
    }
    String field = m.group(1);
    String word = m.group(2);
    if (ArticleQueryParser.OPERATORS.contains(word) || IndexSchema.YEAR.equals(field)) {
      return text;
    }
    if (word.length() < minChars) {
      // Too short to narrow by as a prefix ("Pu"), and as a word it would find nothing until it
      // is finished: the search goes on without it, as if it were not typed yet.
      return field == null && m.start() == m.start(2) ? withoutLastWord(text, m.start()) : text;
    }
    return text.substring(0, m.start(2)) + "(" + word + " OR " + word + "*)";
  }

  /** The text before its last word, unless that leaves an operator or a bracket dangling. */
  private static String withoutLastWord(String text, int start) {
    String before = text.substring(0, start).strip();
    int space = before.lastIndexOf(' ');
    String last = before.substring(space + 1);
    boolean dangling =
        ArticleQueryParser.OPERATORS.contains(last)
            || before.endsWith("(")
            || before.endsWith("\"");
    return dangling ? text : before;
  }

  private static boolean insideQuotes(String text, int end) {
    return text.substring(0, end).chars().filter(c -> c == '"').count() % 2 == 1;
  }
}
