package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who wrote an article: structured metadata (JSON-LD, meta tags, microdata), then the page's
 * byline elements, then bylines and author bios in the text, then a social handle.
 */
final class AuthorResolver {
  // Most trusted first: JSON-LD and meta tags are written for machines; bylines for people.
  private static final String[] METADATA_KEYS = {
    "jsonld:author",
    "author",
    "meta:author",
    "article:author",
    "og:article:author",
    "dc:creator",
    "dcterms:creator",
    "citation_author",
    "sailthru.author",
    "parsely-author",
    "byl",
    "Message:From-Name",
    "Message-From",
    "creator",
    "itemprop:author",
    "jsonld-page:author",
    "rel:author",
    "html:byline",
    "html:byline-text"
  };
  // Keys whose values are written by the page's people, not by its templates: read with byline
  // rules.
  private static final Set<String> BYLINE_KEYS =
      Set.of("rel:author", "html:byline", "html:byline-text", "itemprop:author");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:by|written by|words by|story by|text by|reporting by)\\s*:?\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);
  // "Posted on May 3, 2020 by X", "View all posts by X", "Author: X": the name follows "by".
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile("(?i)^(?:.{0,80}?\\bby|\\s*author)\\b\\s*:?\\s*");
  private static final Pattern PIPE_BYLINE = Pattern.compile("^([^|]{3,60}?)\\s*\\|$");
  // Where a byline stops: a time, a date, a separator or the word "on"/"in".
  private static final Pattern BYLINE_END =
      Pattern.compile(
          "\\s+(?:\\d|on\\b|in\\b|at\\b|for\\b|\\||-\\s|–|—|/|published|updated|posted)|[,;(]|\\s{2,}",
          Pattern.CASE_INSENSITIVE);
  // A co-author list keeps its commas; it ends at a date, a separator, an e-mail or a handle.
  private static final Pattern LIST_END =
      Pattern.compile(
          "\\s*(?:\\||\\s-\\s|\\s-$|–|—|\\(|@|\\b(?:published|updated|posted|on|at|in|for)\\b|"
              + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d{1,2}[:/.]\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CO_AUTHORS =
      Pattern.compile("\\s*(?:,\\s*and\\s+|\\band\\b|&|,|;)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHOR_APPOSITION =
      Pattern.compile("\\bThe (?:author|writer)s?,\\s+([^,]{4,60}),");
  private static final Pattern BIO =
      Pattern.compile(
          "^(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+)?((?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){1,4}\\p{Lu}[\\p{L}'’\\-]*)"
              + " (?:is|was) (?:an?|the) (?:[\\w-]+\\s+){0,3}?"
              + "(?:journalist|writer|columnist|analyst|fellow|researcher|professor|lecturer|student|scholar"
              + "|editor|correspondent|reporter|author|contributor|director|consultant|economist|diplomat"
              + "|expert|specialist|officer|graduate|candidate|engineer|lawyer|founder|member|associate)");
  private static final Pattern HANDLE =
      Pattern.compile(
          "(?i)\\b(?:tweets|twitter|follow (?:him|her|them))\\s*(?:at|on|:)?\\s*@(\\w{2,30})");
  private static final int MAX_AUTHORS = 10;

  Optional<Resolved<List<String>>> resolve(ArticleText text) {
    for (String key : METADATA_KEYS) {
      Set<String> names = new LinkedHashSet<>();
      for (String value : text.extracted().all(key)) {
        names.addAll(BYLINE_KEYS.contains(key) ? fromByline(value) : fromMetadata(value));
        if (key.startsWith("html:byline") && !names.isEmpty()) {
          break; // the first byline that names someone is the article's; later ones are teasers'
        }
      }
      if (!names.isEmpty()) {
        return Optional.of(
            new Resolved<>(
                List.copyOf(names).subList(0, Math.min(MAX_AUTHORS, names.size())),
                MetadataKeys.source(key)));
      }
    }
    for (String line : text.head()) {
      Matcher m = BYLINE.matcher(line);
      if (m.matches()) {
        List<String> names = split(cut(m.group(1)), false);
        if (!names.isEmpty()) {
          return Optional.of(new Resolved<>(names, "text:byline"));
        }
      }
      m = PIPE_BYLINE.matcher(line);
      if (m.matches()) {
        List<String> names = split(m.group(1), false);
        if (!names.isEmpty()) {
          return Optional.of(new Resolved<>(names, "text:byline-pipe"));
        }
      }
    }
    for (String line : text.lines()) {
      Matcher m = AUTHOR_APPOSITION.matcher(line);
      if ((line.contains("The author") || line.contains("The writer")) && m.find()) {
        List<String> names = split(m.group(1), false);
        if (!names.isEmpty()) {
          return Optional.of(new Resolved<>(names, "text:author-bio"));
        }
      }
    }
    for (String line : bioLines(text)) {
      Matcher m = BIO.matcher(line);
      if (m.lookingAt()) { // the pattern is anchored at the line's start
        String name = PersonNames.clean(m.group(1));
        if (name != null) {
          return Optional.of(new Resolved<>(List.of(name), "text:author-bio"));
        }
      }
    }
    for (String line : text.tail()) {
      Matcher m = HANDLE.matcher(line);
      if (text.mentionsAny(line, "tweets", "twitter", "follow") && m.find()) {
        return Optional.of(new Resolved<>(List.of("@" + m.group(1)), "text:social-handle"));
      }
    }
    return Optional.empty();
  }

  /** Names from a metadata value: tags stripped, URLs and handles ignored, co-authors split. */
  static List<String> fromMetadata(String value) {
    String v = value.replaceAll("<[^>]*>", " ").strip();
    if (v.matches("(?i)^(?:https?://|www\\.|@).*") || v.contains("/")) {
      return List.of(); // a profile link or a handle, not a name
    }
    // "By Jane Doe | The Site": a byline pasted into the tag.
    v = v.replaceFirst("(?i)^by\\s+", "").replaceFirst("\\s+(?:\\||-|–|—)\\s+.*$", "");
    return split(v, true);
  }

  /** Names from a visible byline: "By", "Posted on DATE by" and what follows the names removed. */
  static List<String> fromByline(String value) {
    String v = value.replace('\u00a0', ' ').strip();
    Matcher prefix = BYLINE_PREFIX.matcher(v);
    if (prefix.find()) {
      v = v.substring(prefix.end());
    }
    v = v.replaceFirst("^(?i)by(?=\\p{Lu})", ""); // "byJane Doe": a template that forgot the space
    Matcher end = LIST_END.matcher(v);
    if (end.find()) {
      v = v.substring(0, end.start());
    }
    return split(v, true);
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

  private static List<String> split(String value, boolean structured) {
    List<String> names = new ArrayList<>();
    for (String part : CO_AUTHORS.split(value.strip())) {
      String name = structured ? PersonNames.cleanStructured(part) : PersonNames.clean(part);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
