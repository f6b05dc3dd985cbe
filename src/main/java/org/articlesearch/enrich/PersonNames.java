package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells whether a string looks like a person's name, and puts names into one display form. */
final class PersonNames {
  private static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "rev",
          "hon",
          "mx",
          "president",
          "pm",
          "senator",
          "sen",
          "rep",
          "gen",
          "general",
          "col",
          "capt",
          "lt",
          "maj");

  private static final Set<String> TRAILING_ROLES =
      Set.of(
          "writer",
          "reporter",
          "correspondent",
          "editor",
          "contributor",
          "columnist",
          "journalist",
          "photographer",
          "phd",
          "md");
  private static final Set<String> ROLE_QUALIFIERS =
      Set.of(
          "staff",
          "senior",
          "chief",
          "contributing",
          "political",
          "science",
          "sports",
          "special",
          "managing");

  // Lower-case particles that may sit inside a name ("Ahmed bin Ali", "Ursula von der Leyen").
  private static final Set<String> PARTICLES =
      Set.of(
          "bin", "bint", "al", "el", "de", "del", "della", "der", "van", "von", "da", "di", "du",
          "la", "le", "ibn");

  // Words that sign articles but are not people; they never become authors.
  private static final Set<String> NOT_NAMES =
      Set.of(
          "staff",
          "admin",
          "administrator",
          "editor",
          "editors",
          "editorial",
          "team",
          "desk",
          "news",
          "reporter",
          "correspondent",
          "guest",
          "contributor",
          "author",
          "anonymous",
          "read",
          "more",
          "subscribe",
          "share",
          "comments",
          "posts",
          "home",
          "menu",
          "search",
          "updated",
          "published",
          "posted",
          "the",
          "and",
          "our",
          "for",
          "with",
          "from",
          "about",
          "view",
          "all",
          "by",
          "see",
          "full",
          "bio",
          "tags",
          "follow",
          "contact");

  // Words that make a signature an organisation's ("Betty Crocker Kitchens", "Tech Desk"):
  // publisher, not author.
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "kitchen",
          "kitchens",
          "team",
          "staff",
          "desk",
          "newsroom",
          "media",
          "press",
          "group",
          "agency",
          "bureau",
          "network",
          "inc",
          "ltd",
          "llc",
          "corp",
          "magazine",
          "journal",
          "daily",
          "wire",
          "online",
          "tv",
          "radio",
          "university",
          "institute",
          "foundation",
          "association",
          "council",
          "committee",
          "department",
          "ministry",
          "company",
          "corporation",
          "blog",
          "website",
          "writers",
          "contributors",
          "editorial",
          "reuters",
          "afp",
          "ap",
          "upi",
          "bloomberg",
          "wsvn",
          "associated");

  // German writes an organisation's kind into one word ("Bundesverband", "Wirtschaftsnachrichten")
  // or after its name ("GmbH", "e.V.").
  private static final Pattern GERMAN_ORGANIZATION =
      Pattern.compile(
          "gmbh|ag|ev|kg|mbh|ug|gbr|\\p{L}*(?:verband|verein|stiftung|institut|ministerium|zeitung"
              + "|magazin|verlag|gesellschaft|nachrichten|agentur|genossenschaft|kammer|behörde)");
  private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.)");

  private PersonNames() {}

  /**
   * Like {@link #clean} for a value a page states is a name (JSON-LD, meta tags): a lower-case word
   * is a careless capitalisation there, not a sign of running text, so it is capitalised.
   */
  static String cleanStructured(String raw) {
    if (raw == null) {
      return null;
    }
    List<String> tokens = new ArrayList<>();
    for (String token : raw.strip().split("\\s+")) {
      boolean lower = !token.isEmpty() && Character.isLowerCase(token.charAt(0));
      tokens.add(lower && !PARTICLES.contains(token) ? titleCase(token) : token);
    }
    return clean(String.join(" ", tokens));
  }

  /**
   * Returns the name without honorifics and trailing punctuation, in display case; or null if it is
   * not a name.
   */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.replace('\u00a0', ' ').strip();
    s = s.replaceAll("^[\\p{Punct}\\s]+|[\\s,;:|.\\-–—]+$", "");
    List<String> tokens = new ArrayList<>(List.of(s.split("\\s+")));
    while (!tokens.isEmpty() && HONORIFICS.contains(bare(tokens.get(0)))) {
      tokens.remove(0);
    }
    // "Evan Halper Staff Writer": a role after the name is dropped, like an honorific before it.
    while (tokens.size() > 2 && TRAILING_ROLES.contains(bare(tokens.get(tokens.size() - 1)))) {
      tokens.remove(tokens.size() - 1);
      if (ROLE_QUALIFIERS.contains(bare(tokens.get(tokens.size() - 1)))) {
        tokens.remove(tokens.size() - 1);
      }
    }
    if (tokens.size() < 2 || tokens.size() > 5) {
      return null;
    }
    boolean allUpper = s.equals(s.toUpperCase(Locale.ROOT));
    List<String> out = new ArrayList<>();
    for (String token : tokens) {
      String t = allUpper ? titleCase(token) : token;
      if (PARTICLES.contains(t.toLowerCase(Locale.ROOT)) && !out.isEmpty()) {
        out.add(t.toLowerCase(Locale.ROOT));
        continue;
      }
      if (!TOKEN.matcher(t).matches() || NOT_NAMES.contains(bare(t)) || isOrganizationWord(t)) {
        return null;
      }
      out.add(t);
    }
    return String.join(" ", out);
  }

  /** True when a signature names an organisation ("TMZ Staff", "Tech Desk"), not a person. */
  static boolean isOrganization(String raw) {
    for (String token : raw.strip().split("\\s+")) {
      if (isOrganizationWord(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrganizationWord(String token) {
    String bare = bare(token);
    return ORGANIZATION_WORDS.contains(bare) || GERMAN_ORGANIZATION.matcher(bare).matches();
  }

  private static String bare(String token) {
    return token.toLowerCase(Locale.ROOT).replace(".", "");
  }

  private static String titleCase(String token) {
    StringBuilder b = new StringBuilder(token.length());
    boolean start = true;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      // Capitalise after a hyphen ("Abdul-Rahman") but not after an apostrophe ("M’alik").
      start = c == '-';
    }
    return b.toString();
  }
}
