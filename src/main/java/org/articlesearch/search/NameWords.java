package org.articlesearch.search;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a name holds the words asked for, both already folded ({@link FacetValueSearch#fold}):
 * whole words, or the start of a word for a prefix, and words written apart read as one, so that
 * "mckinley" finds "William Mc Kinley" and "mc kinley" finds "William McKinley". Field queries, the
 * facets' Find box and filter values all match names this way.
 */
final class NameWords {
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

  private NameWords() {}

  /**
   * Returns whether the name has a run of consecutive words that, joined, are the wanted text
   * joined (or start with it, for a prefix).
   */
  static boolean match(String foldedName, String foldedWanted, boolean prefix) {
    return matching(foldedWanted, prefix).test(foldedName);
  }

  /** Returns the test of {@link #match} for one wanted text, to run over many names. */
  static Predicate<String> matching(String foldedWanted, boolean prefix) {
    String wanted = joined(foldedWanted);
    if (wanted.isEmpty()) {
      return name -> prefix;
    }
    return name -> {
      String[] words = WORD_BREAK.split(name);
      for (int first = 0; first < words.length; first++) {
        StringBuilder run = new StringBuilder();
        for (int last = first; last < words.length; last++) {
          run.append(words[last]);
          String sofar = run.toString();
          if (prefix ? sofar.startsWith(wanted) : sofar.equals(wanted)) {
            return true;
          }
          if (!wanted.startsWith(sofar)) {
            break;
          }
        }
      }
      return false;
    };
  }

  private static String joined(String folded) {
    return WORD_BREAK.matcher(folded).replaceAll("");
  }
}
