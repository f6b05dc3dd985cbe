package org.articlesearch.enrich;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's headline: the page's {@code <h1>} when the metadata confirms it, then format
 * metadata, then the head of the text, then the URL slug.
 */
final class TitleResolver {
  private static final String[] METADATA_KEYS = {
    "jsonld:headline",
    "og:title",
    "twitter:title",
    "itemprop:headline",
    "twitter:text:title",
    "dc:title",
    "title"
  };
  private static final String[] SITE_NAME_KEYS = {
    "og:site_name", "application-name", "jsonld:publisher"
  };
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|:)\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  // How much of a headline the metadata titles must share for the visible one to be trusted.
  private static final double H1_AGREEMENT = 0.5;
  private static final int MIN_UNCONFIRMED_H1_WORDS = 4;
  private static final int MAX_TITLE = 200;

  Optional<Resolved<String>> resolve(ArticleText text) {
    Optional<Resolved<String>> h1 = fromHeadline(text);
    if (h1.isPresent()) {
      return h1;
    }
    for (String key : METADATA_KEYS) {
      String value = text.extracted().first(key);
      if (value != null && !looksLikeFileName(value)) {
        return Optional.of(new Resolved<>(withoutSiteName(value), MetadataKeys.source(key)));
      }
    }
    Optional<Resolved<String>> headline = fromHead(text);
    if (headline.isPresent()) {
      return headline;
    }
    return fromSourceUrl(text);
  }

  /**
   * Picks the page's {@code <h1>} that the metadata titles agree with; the visible headline is what
   * readers cite, while og:title is often a shorter social-media variant. A single long {@code
   * <h1>} stands on its own; a lone short one may be the site's logo.
   */
  private static Optional<Resolved<String>> fromHeadline(ArticleText text) {
    List<String> h1s = new ArrayList<>();
    Set<String> siteNames = new HashSet<>();
    for (String key : SITE_NAME_KEYS) {
      text.extracted().all(key).forEach(v -> siteNames.add(words(v).toString()));
    }
    for (String h1 : text.extracted().all("html:h1")) {
      // Both forms compete: "Section | Headline" loses its label, "Series – Episode" keeps its
      // series.
      for (String form : List.of(h1, withoutSiteName(h1))) {
        if (form.length() <= MAX_TITLE
            && !siteNames.contains(words(form).toString())
            && !words(form).isEmpty()
            && !h1s.contains(form)) {
          h1s.add(form);
        }
      }
    }
    if (h1s.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> references = new ArrayList<>();
    for (String key : METADATA_KEYS) {
      for (String value : text.extracted().all(key)) {
        references.add(words(value));
        for (String part : SITE_SEPARATOR.split(value)) {
          references.add(words(part));
        }
      }
    }
    String best = null;
    double bestScore = 0;
    for (String h1 : h1s) {
      for (List<String> reference : references) {
        double score = dice(words(h1), reference);
        if (score > bestScore) {
          best = h1;
          bestScore = score;
        }
      }
    }
    if (best != null && bestScore >= H1_AGREEMENT) {
      return Optional.of(new Resolved<>(best, "html:h1"));
    }
    if (h1s.size() == 1 && words(h1s.get(0)).size() >= MIN_UNCONFIRMED_H1_WORDS) {
      return Optional.of(new Resolved<>(h1s.get(0), "html:h1"));
    }
    return Optional.empty();
  }

  private static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Dice overlap of two word lists: 1 when they hold the same words, 0 when they share none. */
  private static double dice(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(new HashSet<>(b));
    return 2.0 * shared.size() / (new HashSet<>(a).size() + new HashSet<>(b).size());
  }

  /** Drops the " | Site name" part of an HTML title: the longest segment is the headline. */
  static String withoutSiteName(String title) {
    String clean = title.replaceAll("\\s+", " ").strip();
    String[] parts = SITE_SEPARATOR.split(clean);
    if (parts.length < 2) {
      return clean;
    }
    String longest =
        Arrays.stream(parts).max(Comparator.comparingInt(String::length)).orElse(clean);
    // Only a short remainder is a site name; two long halves are one headline with a dash in it.
    long longParts = Arrays.stream(parts).filter(p -> p.split(" ").length > 5).count();
    return longParts > 1 ? clean : longest;
  }

  private static Optional<Resolved<String>> fromHead(ArticleText text) {
    if (!text.isPlainText()) {
      return Optional.empty();
    }
    for (String line : text.head().subList(0, Math.min(6, text.head().size()))) {
      if (isParagraph(line)) {
        break; // the body has begun; a headline comes before it
      }
      if (isHeadline(line)) {
        return Optional.of(new Resolved<>(line, "text:headline"));
      }
    }
    return Optional.empty();
  }

  private static boolean isParagraph(String line) {
    return line.length() > 150 && !line.startsWith("|");
  }

  private static boolean isHeadline(String line) {
    if (line.length() > MAX_TITLE || line.split("\\s+").length < 3) {
      return false;
    }
    if (line.startsWith("|") || line.endsWith("|") || line.endsWith(".") || line.endsWith(",")) {
      return false;
    }
    if (line.equals(line.toLowerCase(Locale.ROOT))) {
      return false; // a slug or tag line, not a headline
    }
    if (line.matches("(?i)^(by|written by|welcome to|posted|published|updated)\\b.*")
        || DateParser.isDateLine(line)) {
      return false;
    }
    // A headline is short: sentences over 150 characters with commas are a standfirst or body.
    return line.length() <= 150;
  }

  private static Optional<Resolved<String>> fromSourceUrl(ArticleText text) {
    return text.sourceUrl()
        .map(url -> slug(url.toString()))
        .map(slug -> new Resolved<>(slug, "text:source-url-slug"));
  }

  private static String slug(String url) {
    try {
      String path = URI.create(url).getPath();
      if (path == null) {
        return null;
      }
      String best = null;
      for (String segment : path.split("/")) {
        String s = segment.replaceAll("\\.[a-z]{2,5}$", "");
        if (s.contains("-")
            && s.matches("[A-Za-z0-9-]+")
            && (best == null || s.length() > best.length())) {
          best = s;
        }
      }
      if (best == null || best.split("-").length < 3) {
        return null;
      }
      String words = best.replace('-', ' ').strip();
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean looksLikeFileName(String value) {
    return value.matches("(?i)^[\\w\\-. ]+\\.(docx?|pdf|odt|rtf|html?|txt)$")
        || value.matches("(?i)^untitled.*|^microsoft word.*");
  }
}
