package org.articlesearch.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a snippet's HTML (escaped text, matches in {@code <mark>}) back into plain text. */
public final class SnippetText {
  private static final Pattern MARK = Pattern.compile("</?mark>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot);");
  private static final Map<String, String> NAMED =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"");

  private SnippetText() {}

  /**
   * Returns the snippet's text on one line, without its marks and escapes: exports are read in
   * spreadsheets and line by line, where a line break inside a field splits a row.
   */
  public static String plain(String html) {
    Matcher m = ENTITY.matcher(MARK.matcher(html).replaceAll(""));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String text;
      if (ref.startsWith("#x")) {
        text = Character.toString(Integer.parseInt(ref.substring(2), 16));
      } else if (ref.startsWith("#")) {
        text = Character.toString(Integer.parseInt(ref.substring(1)));
      } else {
        text = NAMED.get(ref);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString().replaceAll("\\s+", " ").strip();
  }
}
