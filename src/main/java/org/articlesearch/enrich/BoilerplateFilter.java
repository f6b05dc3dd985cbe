package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes lines of scraped page furniture from article text: teasers, banners, share, follow and
 * comment prompts, visit counters. Kept out of the index, the snippets and entity recognition.
 */
final class BoilerplateFilter {
  // Whole lines, in any case.
  private static final List<String> LINE_RULES =
      List.of(
          "^(?:also )?read (?:more|also|next)\\b.*",
          "^(?:related (?:posts?|articles?|stories)|you may also like|recommended(?: for you)?)\\b.*",
          "^subscription banner\\b.*",
          "^(?:subscribe|sign up)\\b.{0,80}$",
          "^about the author(?:\\(s\\)|s)?:?$",
          "^\\+ ?posts$",
          "^\\(?visited [\\d,]+ times?.*",
          "^click (?:here )?to\\b.{0,80}$",
          "^leave a (?:reply|comment)\\b.*",
          "^(?:share|tweet|email|print)(?: (?:this|on|via)\\b.{0,40})?$",
          "^(?:follow us|like us)\\b.{0,80}$",
          "^.{0,80}\\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings))\\b.*",
          "^(?:advertisement|sponsored|skip to (?:main )?content)$",
          "^\\d+ comments?$",
          "^\\W*welcome to\\b[^.!?]{1,60}$",
          "^sorry,? no (?:posts?|articles?|stories|results?) (?:were |was )?found\\b.{0,80}$",
          "^your email address will not be published\\b.*",
          "^follow(?: (?:us|me|him|her|them|the author|@\\S+))?\\s+on (?:twitter|facebook|instagram"
              + "|linkedin|youtube|telegram|x)\\b.{0,120}$",
          "^if you (?:want|would like|wish) to (?:submit|contribute|write for|advertise)\\b.{0,120}$");

  // One pattern for all the rules: one matcher a line rather than one a rule.
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          LINE_RULES.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")),
          Pattern.CASE_INSENSITIVE);

  private BoilerplateFilter() {}

  /** Returns the text without boilerplate lines; other lines keep their order and breaks. */
  static String clean(String text) {
    List<String> kept = new ArrayList<>();
    for (String line : Lines.of(text)) {
      String s = line.replace('\u00a0', ' ').strip();
      if (s.isEmpty() || !isBoilerplate(s)) {
        kept.add(line);
      }
    }
    return joined(kept);
  }

  /** Returns the lines as one text, a run of blank lines as one, without blanks at the ends. */
  static String joined(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      int end = b.length();
      if (!line.isEmpty() || end < 2 || b.charAt(end - 1) != '\n' || b.charAt(end - 2) != '\n') {
        b.append(line).append('\n');
      }
    }
    return b.toString().strip();
  }

  static boolean isBoilerplate(String line) {
    return BOILERPLATE.matcher(line).matches();
  }
}
