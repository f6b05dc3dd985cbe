package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who wrote an article: metadata, then bylines, then author bios, then a social handle. */
final class AuthorResolver {
  private static final String[] METADATA_KEYS = {
    "author", "meta:author", "article:author", "dc:creator", "Message:From-Name", "Message-From", "creator"
  };
  private static final Pattern BYLINE =
      Pattern.compile("^(?:by|written by|words by|story by|text by|reporting by)\\s*:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PIPE_BYLINE = Pattern.compile("^([^|]{3,60}?)\\s*\\|$");
  // Where a byline stops: a time, a date, a separator or the word "on"/"in".
  private static final Pattern BYLINE_END =
      Pattern.compile("\\s+(?:\\d|on\\b|in\\b|at\\b|for\\b|\\||-\\s|–|—|/|published|updated|posted)|[,;(]|\\s{2,}", Pattern.CASE_INSENSITIVE);
  private static final Pattern CO_AUTHORS = Pattern.compile("\\s*(?:,\\s*and\\s+|\\band\\b|&|,|;)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHOR_APPOSITION =
      Pattern.compile("\\bThe (?:author|writer)s?,\\s+([^,]{4,60}),");
  private static final Pattern BIO =
      Pattern.compile("^(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+)?((?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){1,4}\\p{Lu}[\\p{L}'’\\-]*) (?:is|was) (?:an?|the) (?:[\\w-]+\\s+){0,3}?"
              + "(?:journalist|writer|columnist|analyst|fellow|researcher|professor|lecturer|student|scholar"
              + "|editor|correspondent|reporter|author|contributor|director|consultant|economist|diplomat"
              + "|expert|specialist|officer|graduate|candidate|engineer|lawyer|founder|member|associate)");
  private static final Pattern HANDLE =
      Pattern.compile("(?i)\\b(?:tweets|twitter|follow (?:him|her|them))\\s*(?:at|on|:)?\\s*@(\\w{2,30})");

  Optional<Resolved<List<String>>> resolve(ArticleText text) {
    for (String key : METADATA_KEYS) {
      List<String> names = new ArrayList<>();
      for (String value : text.extracted().all(key)) {
        names.addAll(split(value.replaceAll("<[^>]*>", "")));
      }
      if (!names.isEmpty()) {
        return Optional.of(new Resolved<>(List.copyOf(new LinkedHashSet<>(names)), "meta:" + key));
      }
    }
    for (String line : text.head()) {
      Matcher m = BYLINE.matcher(line);
      if (m.matches()) {
        List<String> names = split(cut(m.group(1)));
        if (!names.isEmpty()) {
          return Optional.of(new Resolved<>(names, "text:byline"));
        }
      }
      m = PIPE_BYLINE.matcher(line);
      if (m.matches()) {
        List<String> names = split(m.group(1));
        if (!names.isEmpty()) {
          return Optional.of(new Resolved<>(names, "text:byline-pipe"));
        }
      }
    }
    for (String line : text.lines()) {
      Matcher m = AUTHOR_APPOSITION.matcher(line);
      if (m.find()) {
        List<String> names = split(m.group(1));
        if (!names.isEmpty()) {
          return Optional.of(new Resolved<>(names, "text:author-bio"));
        }
      }
    }
    for (String line : bioLines(text)) {
      Matcher m = BIO.matcher(line);
      if (m.find()) {
        String name = PersonNames.clean(m.group(1));
        if (name != null) {
          return Optional.of(new Resolved<>(List.of(name), "text:author-bio"));
        }
      }
    }
    for (String line : text.tail()) {
      Matcher m = HANDLE.matcher(line);
      if (m.find()) {
        return Optional.of(new Resolved<>(List.of("@" + m.group(1)), "text:social-handle"));
      }
    }
    return Optional.empty();
  }

  /** Bios sit just under the byline or at the very end. */
  private static List<String> bioLines(ArticleText text) {
    Set<String> lines = new LinkedHashSet<>(text.head());
    lines.addAll(text.tail());
    return List.copyOf(lines);
  }

  private static String cut(String byline) {
    Matcher end = BYLINE_END.matcher(byline);
    String name = end.find() ? byline.substring(0, end.start()) : byline;
    // Keep "A and B": the co-author split happens after the cut.
    Matcher and = Pattern.compile("(?i)\\s+(and|&)\\s+").matcher(byline);
    if (and.find() && and.start() == name.length()) {
      String rest = byline.substring(and.end());
      Matcher restEnd = BYLINE_END.matcher(rest);
      name = name + " and " + (restEnd.find() ? rest.substring(0, restEnd.start()) : rest);
    }
    return name;
  }

  private static List<String> split(String value) {
    List<String> names = new ArrayList<>();
    for (String part : CO_AUTHORS.split(value.strip())) {
      String name = PersonNames.clean(part);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
