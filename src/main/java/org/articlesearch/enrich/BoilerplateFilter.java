package org.articlesearch.enrich;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes lines of scraped page furniture from article text: teasers, banners, share and comment
 * prompts, visit counters. Kept out of the index, the snippets and entity recognition.
 */
final class BoilerplateFilter {
  private static final List<Pattern> LINES =
      List.of(
          Pattern.compile("(?i)^(?:also )?read (?:more|also|next)\\b.*"),
          Pattern.compile(
              "(?i)^(?:related (?:posts?|articles?|stories)|you may also like|recommended(?: for you)?)\\b.*"),
          Pattern.compile("(?i)^subscription banner\\b.*"),
          Pattern.compile("(?i)^(?:subscribe|sign up)\\b.{0,80}$"),
          Pattern.compile("(?i)^about the author(?:\\(s\\)|s)?:?$"),
          Pattern.compile("(?i)^\\+ ?posts$"),
          Pattern.compile("(?i)^\\(?visited [\\d,]+ times?.*"),
          Pattern.compile("(?i)^click (?:here )?to\\b.{0,80}$"),
          Pattern.compile("(?i)^leave a (?:reply|comment)\\b.*"),
          Pattern.compile("(?i)^(?:share|tweet|email|print)(?: (?:this|on|via)\\b.{0,40})?$"),
          Pattern.compile("(?i)^(?:follow us|like us)\\b.{0,80}$"),
          Pattern.compile(
              "(?i)^.{0,80}\\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings))\\b.*"),
          Pattern.compile("(?i)^(?:advertisement|sponsored|skip to (?:main )?content)$"),
          Pattern.compile("(?i)^\\d+ comments?$"));

  private BoilerplateFilter() {}

  /** Returns the text without boilerplate lines; other lines keep their order and breaks. */
  static String clean(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (String line : text.split("\\R", -1)) {
      String s = line.replace('\u00a0', ' ').strip();
      if (!s.isEmpty() && isBoilerplate(s)) {
        continue;
      }
      b.append(line).append('\n');
    }
    return b.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  static boolean isBoilerplate(String line) {
    for (Pattern p : LINES) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
