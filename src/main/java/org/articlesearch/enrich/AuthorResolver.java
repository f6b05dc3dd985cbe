package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who wrote an article: structured metadata (JSON-LD, meta tags, microdata), then the page's
 * byline elements, author links and labels, then bylines and author bios in the text, then a social
 * handle. A signature is a person, a user name or a wire service or desk ("Reuters", "Redaktion").
 */
final class AuthorResolver {
  // Most trusted first: JSON-LD and meta tags are written for machines; bylines for people.
  private static final String[] METADATA_KEYS = {
    "jsonld:author",
    "twitter:written-by",
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
    "html:author-link",
    "html:byline",
    "html:byline-label",
    "html:byline-text",
    "html:dated-byline",
    "html:byline-aside"
  };
  // Keys whose values are written by the page's people, not by its templates: read with byline
  // rules.
  private static final Set<String> BYLINE_KEYS =
      Set.of(
          "rel:author",
          "html:author-link",
          "html:byline",
          "html:byline-label",
          "html:byline-text",
          "html:dated-byline",
          "html:byline-aside",
          "itemprop:author");
  // Keys where a page states a value is its author's name: a user name or a desk counts there.
  private static final Set<String> SIGNATURE_KEYS =
      union(BYLINE_KEYS, "jsonld:author", "twitter:written-by");
  // Keys that hold one byline per element: the first that names someone is the article's, later
  // ones are teasers'.
  private static final Set<String> FIRST_ONLY =
      Set.of(
          "html:byline",
          "html:byline-label",
          "html:byline-text",
          "html:author-link",
          "html:dated-byline",
          "html:byline-aside");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:by|written by|words by|story by|text by|reporting by|von|geschrieben von"
              + "|verfasst von|(?:autor|autorin|author|text)\\s*:)\\s*:?\\s+(.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "Posted on May 3, 2020 by X", "View all posts by X", "Author: X", "10. März 2020 · von X":
  // the name follows the word that introduces it.
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^(?:.{0,80}?\\b(?:by|geschrieben von|verfasst von|erstellt von|ein beitrag von"
              + "|veröffentlicht von|(?:artikel|beiträge|texte|posts) von)\\b"
              + "|\\s*(?:author|authors|autor|autorin|autoren|verfasser|verfasserin|text|interview"
              + "|reporter|redaktion)\\s*:"
              + "|(?:.{0,60}?[\\d·•|,:–—-]\\s*)?von\\b)\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PIPE_BYLINE = Pattern.compile("^([^|]{3,60}?)\\s*\\|$");
  // Where a byline stops: a time, a date, a separator or the word "on"/"in" ("am"/"um" in German).
  private static final Pattern BYLINE_END =
      Pattern.compile(
          "\\s+(?:\\d|on\\b|in\\b|at\\b|for\\b|am\\b|um\\b|im\\b|für\\b|\\||-\\s|–|—|/|·|•"
              + "|published|updated|posted|veröffentlicht|aktualisiert)|[,;(]|\\s{2,}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // A co-author list keeps its commas; it ends at a date, a separator, an e-mail or a handle.
  private static final Pattern LIST_END =
      Pattern.compile(
          "\\s*(?:\\||\\s-\\s|\\s-$|–|—|·|•|\\(|@|\\b(?:published|updated|posted|on|at|in|for"
              + "|am|um|im|für|veröffentlicht|aktualisiert|erschienen|zuletzt|stand|foto|fotos"
              + "|bild|bilder|quelle|lesezeit|min\\.?)\\b"
              + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d"
              + "|\\d{1,2}[:/.]\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CO_AUTHORS =
      Pattern.compile(
          "\\s*(?:,\\s*(?:and|und)\\s+|\\band\\b|\\bund\\b|&|,|;)\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
  // "… bleibt spannend. (Anna Muster)": German papers sign the last paragraph in parentheses.
  private static final Pattern CLOSING_SIGNATURE =
      Pattern.compile("[.!?\"“”«»]\\s*\\(([^()]{4,60})\\)[\\s+*.]*$");
  private static final int CLOSING_LINES = 3;
  private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?://|www\\.|@|/).*");
  private static final int MAX_AUTHORS = 10;

  /** One value a source offered, and what became of it: the basis of {@code --explain}. */
  record Candidate(String source, String value, List<Signature> names) {
    @Override
    public String toString() {
      return source + " " + '"' + value + '"' + (names.isEmpty() ? " → no name" : " → " + names);
    }
  }

  Optional<Resolved<List<String>>> resolve(ArticleText text) {
    List<Candidate> all = candidates(text);
    Candidate winner = first(all);
    if (winner == null) {
      return Optional.empty();
    }
    if (winner.names().stream().allMatch(n -> n.kind() == Signature.Kind.HANDLE)
        && !BYLINE_KEYS.contains(winner.source())) {
      // A user name in the metadata stands in for the author's name, unless the page shows it as
      // the byline: then a later source that gives a name wins.
      for (Candidate c : all) {
        if (c.names().stream().anyMatch(n -> n.kind() == Signature.Kind.PERSON)) {
          winner = c;
          break;
        }
      }
    }
    winner = withShownDesks(corroborated(winner, all), all);
    List<String> names = winner.names().stream().map(Signature::name).distinct().toList();
    return Optional.of(
        new Resolved<>(names.subList(0, Math.min(MAX_AUTHORS, names.size())), winner.source()));
  }

  /**
   * Returns the most trusted source's names unless no other source names any of them while other
   * sources agree on someone else: then the names most sources agree on. A CMS field filled with an
   * editor's or uploader's name loses to the byline that the page, its microdata and its analytics
   * tags all show.
   */
  private static Candidate corroborated(Candidate winner, List<Candidate> all) {
    Map<String, Set<String>> namesBySource = new LinkedHashMap<>();
    for (Candidate c : all) {
      if (!c.source().equals("html:byline-aside")) {
        c.names()
            .forEach(
                n ->
                    namesBySource
                        .computeIfAbsent(c.source(), k -> new LinkedHashSet<>())
                        .add(n.name().toLowerCase(Locale.ROOT)));
      }
    }
    Map<String, Integer> support = new HashMap<>();
    namesBySource.values().forEach(names -> names.forEach(n -> support.merge(n, 1, Integer::sum)));
    boolean alone =
        winner.names().stream()
            .allMatch(n -> support.getOrDefault(n.name().toLowerCase(Locale.ROOT), 0) <= 1);
    if (!alone) {
      return winner;
    }
    String best = null;
    int bestSupport = 0;
    for (Map.Entry<String, Set<String>> source : namesBySource.entrySet()) {
      boolean agreed = source.getValue().stream().allMatch(n -> support.get(n) >= 2);
      int total = source.getValue().stream().mapToInt(support::get).sum();
      if (agreed && total > bestSupport) {
        best = source.getKey();
        bestSupport = total;
      }
    }
    return best == null ? winner : union(all, best);
  }

  /**
   * Returns the page's byline instead of the metadata's names when it shows the same people and a
   * desk or wire service that the metadata lists too ("By Jane Doe, Channel 7 News"): read as a
   * person's name there, the desk was dropped, and a reader filters by it.
   */
  private static Candidate withShownDesks(Candidate winner, List<Candidate> all) {
    if (BYLINE_KEYS.contains(winner.source()) || winner.source().startsWith("text:")) {
      return winner;
    }
    Set<String> stated = lowerCaseNames(winner);
    Set<String> statedValues = new HashSet<>();
    all.stream()
        .filter(c -> c.source().equals(winner.source()))
        .forEach(c -> statedValues.add(c.value().toLowerCase(Locale.ROOT)));
    for (Candidate c : all) {
      if (BYLINE_KEYS.contains(c.source())
          && c.names().stream()
              .anyMatch(
                  n ->
                      n.kind() == Signature.Kind.ORGANIZATION
                          && statedValues.contains(n.name().toLowerCase(Locale.ROOT)))
          && lowerCaseNames(c).containsAll(stated)
          && c.names().stream()
              .allMatch(
                  n ->
                      n.kind() == Signature.Kind.ORGANIZATION
                          || stated.contains(n.name().toLowerCase(Locale.ROOT)))) {
        return c;
      }
    }
    return winner;
  }

  private static Set<String> lowerCaseNames(Candidate c) {
    Set<String> names = new HashSet<>();
    c.names().forEach(n -> names.add(n.name().toLowerCase(Locale.ROOT)));
    return names;
  }

  /**
   * The first source that names someone: a text rule's one line, or all values of a metadata key
   * together (JSON-LD and meta tags list co-authors one per value).
   */
  private static Candidate first(List<Candidate> all) {
    for (Candidate c : all) {
      if (!c.names().isEmpty()) {
        return c.source().startsWith("text:") ? c : union(all, c.source());
      }
    }
    return null;
  }

  private static Candidate union(List<Candidate> all, String source) {
    Set<Signature> names = new LinkedHashSet<>();
    all.stream().filter(c -> c.source().equals(source)).forEach(c -> names.addAll(c.names()));
    return new Candidate(source, "", List.copyOf(names));
  }

  /** Every value considered, in the order of trust; the first that names someone wins. */
  List<Candidate> explain(ArticleText text) {
    return candidates(text);
  }

  private List<Candidate> candidates(ArticleText text) {
    List<Candidate> out = new ArrayList<>();
    SiteNames sites = SiteNames.of(text);
    List<String> hidden = text.extracted().all("html:hidden-author");
    for (String key : METADATA_KEYS) {
      for (String value : text.extracted().all(key)) {
        List<Signature> found = fromKey(key, value);
        if (!BYLINE_KEYS.contains(key)) {
          // Metadata that names the site as the author ("Die Zeitung", "example.de") names the
          // publisher; a byline the page shows is kept.
          found = found.stream().filter(n -> !sites.named(n.name())).toList();
        }
        if (!BYLINE_KEYS.contains(key) && hidden.contains(value)) {
          // A name the page never shows is the account that filed the story, not its writer.
          out.add(new Candidate(MetadataKeys.source(key), value + " (not on the page)", List.of()));
          continue;
        }
        out.add(new Candidate(MetadataKeys.source(key), value, found));
        if (FIRST_ONLY.contains(key) && !found.isEmpty()) {
          break;
        }
      }
    }
    for (String line : text.head()) {
      Matcher m = BYLINE.matcher(line);
      if (m.matches()) {
        List<Signature> names = textSignatures(cut(m.group(1)));
        out.add(new Candidate("text:byline", line, names));
      }
      m = PIPE_BYLINE.matcher(line);
      if (m.matches()) {
        List<Signature> names = people(split(m.group(1), false));
        out.add(new Candidate("text:byline-pipe", line, names));
      }
    }
    for (String line : text.lines()) {
      Matcher m = AUTHOR_APPOSITION.matcher(line);
      if ((line.contains("The author") || line.contains("The writer")) && m.find()) {
        List<Signature> names = people(split(m.group(1), false));
        out.add(new Candidate("text:author-bio", line, names));
      }
    }
    for (String line : bioLines(text)) {
      Matcher m = BIO.matcher(line);
      if (m.lookingAt()) { // the pattern is anchored at the line's start
        String name = PersonNames.clean(m.group(1));
        List<Signature> names = name == null ? List.of() : List.of(Signature.person(name));
        out.add(new Candidate("text:author-bio", m.group(), names));
      }
    }
    List<String> lines = text.lines();
    for (String line : lines.subList(Math.max(0, lines.size() - CLOSING_LINES), lines.size())) {
      Matcher m = CLOSING_SIGNATURE.matcher(line);
      if (m.find()) {
        Signature s = Signature.of(m.group(1), true);
        List<Signature> names =
            s == null || s.kind() == Signature.Kind.HANDLE ? List.of() : List.of(s);
        out.add(new Candidate("text:closing-signature", line, names));
      }
    }
    for (String line : text.tail()) {
      Matcher m = HANDLE.matcher(line);
      if (text.mentionsAny(line, "tweets", "twitter", "follow") && m.find()) {
        List<Signature> names = List.of(new Signature("@" + m.group(1), Signature.Kind.HANDLE));
        out.add(new Candidate("text:social-handle", line, names));
      }
    }
    return out;
  }

  private static List<Signature> fromKey(String key, String value) {
    List<String> parts = BYLINE_KEYS.contains(key) ? bylineParts(value) : metadataParts(value);
    List<Signature> names = new ArrayList<>();
    for (String part : parts) {
      Signature s =
          SIGNATURE_KEYS.contains(key)
              ? Signature.of(part, BYLINE_KEYS.contains(key))
              : Signature.person(PersonNames.cleanStructured(part));
      // User names sign alone: one among co-authors is a word of a sentence that began "Von".
      // Beside a date without a "By", only a person's name is taken for a byline.
      if (s != null
          && !names.contains(s)
          && (parts.size() == 1 || s.kind() != Signature.Kind.HANDLE)
          && (!key.equals("html:dated-byline") || s.kind() == Signature.Kind.PERSON)) {
        names.add(s);
      }
    }
    return names;
  }

  /** Names from a metadata value: tags stripped, URLs and handles ignored, co-authors split. */
  static List<String> fromMetadata(String value) {
    return names(metadataParts(value));
  }

  /** Names from a visible byline: "By", "Posted on DATE by" and what follows the names removed. */
  static List<String> fromByline(String value) {
    return names(bylineParts(value));
  }

  private static List<String> names(List<String> parts) {
    List<String> names = new ArrayList<>();
    for (String part : parts) {
      String name = PersonNames.cleanStructured(part);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<String> metadataParts(String value) {
    String v = value.replaceAll("<[^>]*>", " ").strip();
    if (ADDRESS.matcher(v).matches()) {
      return List.of(); // a profile link or a handle, not a name
    }
    // "By Jane Doe | The Site": a byline pasted into the tag.
    v = v.replaceFirst("(?i)^(?:by|von)\\s+", "").replaceFirst("\\s+(?:\\||-|–|—)\\s+.*$", "");
    return parts(v);
  }

  private static List<String> bylineParts(String value) {
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
    return parts(v);
  }

  /** Co-authors split; "Jane Doe/dpa" is Jane Doe, while "APA/AP" is one agency signature. */
  private static List<String> parts(String value) {
    List<String> parts = new ArrayList<>();
    for (String part : CO_AUTHORS.split(value.strip())) {
      int slash = part.indexOf('/');
      if (slash > 0 && part.substring(0, slash).strip().contains(" ")) {
        part = part.substring(0, slash);
      }
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
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
    Matcher and = Pattern.compile("(?i)\\s+(and|und|&)\\s+").matcher(byline);
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

  private static Set<String> union(Set<String> keys, String... more) {
    Set<String> all = new java.util.HashSet<>(keys);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /**
   * People and desks of a byline line in plain text ("By Reuters", "By Jane Doe and Staff"); one
   * word there is as often a sentence's ("By then") as a user name, so user names are not read.
   */
  private static List<Signature> textSignatures(String byline) {
    List<Signature> names = new ArrayList<>();
    for (String part : CO_AUTHORS.split(byline.strip())) {
      Signature s = Signature.of(part, true);
      if (s != null && s.kind() != Signature.Kind.HANDLE && !names.contains(s)) {
        names.add(s);
      }
    }
    return names;
  }

  private static List<Signature> people(List<String> names) {
    return names.stream().map(Signature::person).toList();
  }
}
