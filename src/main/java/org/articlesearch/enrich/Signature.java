package org.articlesearch.enrich;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who signed an article: a person, a user name (blogs, forums, wikis) or a wire service or desk
 * ("Reuters", "APA/AP", "News Desk", "Redaktion"). A reader filters by each of them alike; the kind
 * tells them apart in {@code extract --explain}.
 *
 * @param name the display form
 * @param kind what signed
 */
record Signature(String name, Kind kind) {
  /** What signed an article. */
  enum Kind {
    PERSON,
    HANDLE,
    ORGANIZATION
  }

  // Desks and wire services sign articles in place of a person.
  private static final Set<String> DESK_WORDS =
      Set.of(
          "staff",
          "desk",
          "newsroom",
          "redaktion",
          "news",
          "nachrichten",
          "agenturen",
          "agentur",
          "wire",
          "wires",
          "associated",
          "reuters",
          "ap",
          "afp",
          "dpa",
          "apa",
          "upi",
          "bloomberg",
          "kna",
          "epd",
          "sda",
          "ats",
          "ansa",
          "efe",
          "xinhua",
          "ddp",
          "sid",
          "ots",
          "pa",
          "ips",
          "report",
          "reports");
  // Words that fill a byline slot without naming anyone.
  private static final Set<String> NOT_SIGNATURES =
      Set.of(
          "admin",
          "administrator",
          "user",
          "benutzer",
          "gast",
          "guest",
          "anonym",
          "anonymous",
          "unknown",
          "unbekannt",
          "unbenannt",
          "unnamed",
          "von",
          "und",
          "by",
          "and",
          "autor",
          "autorin",
          "author",
          "authors",
          "autoren",
          "mehr",
          "more",
          "alle",
          "all",
          "beiträge",
          "artikel",
          "posts",
          "articles",
          "kommentar",
          "kommentare",
          "comment",
          "comments",
          "teilen",
          "share",
          "lesen",
          "read",
          "weiterlesen",
          "home",
          "startseite",
          "impressum",
          "kontakt",
          "contact",
          "login",
          "anmelden",
          "menu",
          "menü",
          "foto",
          "fotos",
          "photo",
          "photos",
          "bild",
          "bilder",
          "quelle",
          "source",
          "text",
          "video",
          "videos",
          "podcast",
          "interview",
          "meinung",
          "opinion",
          "analyse",
          "analysis",
          "gastbeitrag",
          "sponsored",
          "anzeige",
          "werbung",
          "advertisement",
          "follow",
          "folgen",
          "profil",
          "profile",
          "email",
          "e-mail",
          "mail",
          "twitter",
          "facebook",
          "instagram",
          "linkedin",
          "website",
          "blog",
          "news",
          "staff",
          "editor",
          "editors",
          "team",
          "redakteur",
          "redakteurin",
          "published",
          "updated",
          "veröffentlicht",
          "aktualisiert",
          "posted",
          "kategorie",
          "category",
          "tags",
          "tag",
          "registrieren",
          "register",
          "abmelden",
          "logout",
          "signin",
          "signup",
          "konto",
          "account",
          "abonnieren",
          "subscribe",
          "newsletter");
  // "example.com", "Site.de", "LAOLA1.": a site's name signs as its publisher, not its author.
  private static final Pattern SITE =
      Pattern.compile(
          "(?i).*\\.(?:com|de|at|ch|org|net|info|io|eu|uk|fr|it|nl|es|us|co|tv|me|blog|news)?$");
  private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\d][\\p{L}\\d._\\-]{1,29}");
  private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
  // The site's own accounts ("wordpressadmin", "webmaster2") post for whoever wrote.
  private static final Pattern SITE_ACCOUNT = Pattern.compile("(?i).*(?:admin|webmaster).*");
  // "red", "cpm", "ls": an editor's initials under a German article, not a name to filter by.
  private static final Pattern INITIALS = Pattern.compile("\\p{Ll}{2,3}");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s/\\-.]+");
  private static final int MAX_ORGANIZATION = 50;
  private static final int MAX_ORGANIZATION_WORDS = 6;

  static Signature person(String name) {
    return name == null ? null : new Signature(name, Kind.PERSON);
  }

  /**
   * Reads a value a page states is its author: a person's name, else a desk or wire service, else
   * one user name; null when it names nobody.
   *
   * @param raw the value, without a "By" or label before it
   * @param visible whether the value is shown to readers (a byline) rather than stated for machines
   *     (JSON-LD, meta tags)
   */
  static Signature of(String raw, boolean visible) {
    if (raw == null) {
      return null;
    }
    // A byline shows a name as it is written, so a lower-case phrase there is a link's or a
    // sentence's text ("jetzt kostenlos registrieren"), never a careless capitalisation.
    String person = visible ? PersonNames.clean(raw) : PersonNames.cleanStructured(raw);
    if (person != null) {
      return person(person);
    }
    String s =
        raw.replace('\u00a0', ' ').strip().replaceAll("^[\\p{Punct}\\s]+|[\\s,;:|\\-–—]+$", "");
    if (s.isEmpty() || s.length() > MAX_ORGANIZATION) {
      return null;
    }
    String[] words = s.split("\\s+");
    if (words.length <= MAX_ORGANIZATION_WORDS && isDesk(s)) {
      return new Signature(s, Kind.ORGANIZATION);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (words.length == 1
        && HANDLE.matcher(s).matches()
        && HAS_LETTER.matcher(s).matches()
        && !NOT_SIGNATURES.contains(lower)
        && !SITE.matcher(s).matches()
        && !SITE_ACCOUNT.matcher(s).matches()
        && !INITIALS.matcher(s).matches()) {
      return new Signature(s, Kind.HANDLE);
    }
    return null;
  }

  /** True when a signature is a desk's or a wire service's: "TMZ Staff", "dpa/lno", "Redaktion". */
  static boolean isDesk(String signature) {
    String[] words = TOKEN_SPLIT.split(signature.toLowerCase(Locale.ROOT));
    for (String w : words) {
      if (DESK_WORDS.contains(w)) {
        // A desk word alone ("News", "Staff") is a label, not a signature; "Redaktion" and the
        // agencies sign on their own.
        return words.length > 1 || !NOT_SIGNATURES.contains(w);
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return name + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
  }
}
