package org.articlesearch.enrich;

import java.text.Normalizer;
import java.util.Locale;

/** The one folding rule by which two entity names are "the same name". */
final class EntityNames {
  private EntityNames() {}

  /**
   * Returns the comparison key: case, accents, periods, curly quotes, possessives inside a name and
   * British spellings folded.
   */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = s.replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('–', '-');
    s = s.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
    s = s.replaceAll("^the ", "");
    // "New People's Party" and "New People Party" are one name.
    s = s.replaceAll("'s ", " ");
    return s.replace("organisation", "organization")
        .replace("defence", "defense")
        .replace("centre", "center");
  }
}
