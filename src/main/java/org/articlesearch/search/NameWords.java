package org.articlesearch.search;

/**
 * Whether a name holds the words asked for, both already folded ({@link FacetValueSearch#fold}):
 * whole words, or the start of a word for a prefix, and words written apart read as one, so that
 * "mckinley" finds "William Mc Kinley" and "mc kinley" finds "William McKinley". Field queries, the
 * facets' Find box and filter values all match names this way.
 */
final class NameWords {
  private NameWords() {}

  /**
   * Returns whether the name has a run of consecutive words that, joined, are the wanted text
   * joined (or start with it, for a prefix).
   */
  static boolean match(String foldedName, String foldedWanted, boolean prefix) {
    String wanted = joined(foldedWanted);
    if (wanted.isEmpty()) {
      return prefix;
    }
    String[] words = foldedName.split("[\\s\\-]+");
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
  }

  private static String joined(String folded) {
    return folded.replaceAll("[\\s\\-]+", "");
  }
}
