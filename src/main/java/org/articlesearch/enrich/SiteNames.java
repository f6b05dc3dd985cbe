package org.articlesearch.enrich;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a page's site goes by: the ones it states (og:site_name, the JSON-LD publisher) and the
 * one in its host. A title part or a signature that is one of them names the site, not the headline
 * or the author.
 */
final class SiteNames {
  static final SiteNames NONE = new SiteNames(Set.of());

  private static final String[] NAME_KEYS = {
    "og:site_name", "application-name", "jsonld:publisher"
  };
  private static final String[] URL_KEYS = {"html:canonical", "og:url"};
  // Shorter keys ("ap", "tv") would match inside too many words.
  private static final int MIN_KEY = 4;
  // A longer text holds the site's name only as a site line does ("Martin Rütter DOGS"), not as a
  // headline that mentions it does.
  private static final int MAX_SITE_LINE_WORDS = 4;

  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|•|·)\\s+");

  private final Set<String> keys;

  private SiteNames(Set<String> keys) {
    this.keys = keys;
  }

  static SiteNames of(ArticleText text) {
    Set<String> keys = new HashSet<>();
    for (String key : NAME_KEYS) {
      text.extracted().all(key).forEach(v -> add(keys, shortestPart(v)));
    }
    for (String key : URL_KEYS) {
      add(keys, PublisherResolver.siteFromHost(text.extracted().first(key)));
    }
    return new SiteNames(Set.copyOf(keys));
  }

  /** Returns the names given, as a page would state them. */
  static SiteNames called(String... names) {
    Set<String> keys = new HashSet<>();
    for (String name : names) {
      add(keys, name);
    }
    return new SiteNames(Set.copyOf(keys));
  }

  /**
   * "Headline | The Site" stated as the site's name (a template's slip): the site is the short
   * part.
   */
  private static String shortestPart(String name) {
    String shortest = name;
    for (String part : SEPARATOR.split(name)) {
      if (!part.isBlank() && part.length() < shortest.length()) {
        shortest = part;
      }
    }
    return shortest;
  }

  private static void add(Set<String> keys, String name) {
    String key = name == null ? "" : key(name);
    if (key.length() >= MIN_KEY) {
      keys.add(key);
    }
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  /** True when the whole text is the site's name or a part of it: "example.de", "Fragen". */
  boolean is(String text) {
    String key = key(text);
    return key.length() >= MIN_KEY && keys.stream().anyMatch(site -> site.contains(key));
  }

  /** True when the text is the site's name: "Große Fragen", "example.de", "EXAMPLE Online". */
  boolean named(String text) {
    String key = key(text);
    if (key.length() < MIN_KEY) {
      return false;
    }
    boolean siteLine = text.strip().split("\\s+").length <= MAX_SITE_LINE_WORDS;
    for (String site : keys) {
      if (key.equals(site) || site.contains(key) || siteLine && key.contains(site)) {
        return true;
      }
    }
    return false;
  }

  /** Letters and digits only, in lower case, umlauts spelled out as in host names. */
  private static String key(String s) {
    String lower =
        s.toLowerCase(Locale.ROOT)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss")
            .replaceFirst("^(?:the|www\\.)\\s*", "")
            .replaceFirst("\\.(?:com|de|at|ch|org|net|info|co\\.uk|eu)$", "");
    return lower.replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
