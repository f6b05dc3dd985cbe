package org.articlesearch.enrich;

import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds an article's headline: format metadata first, then the head of the text, then the URL slug. */
final class TitleResolver {
  private static final String[] METADATA_KEYS = {"og:title", "twitter:title", "dc:title", "title"};
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»)\\s+");
  private static final Pattern SOURCE_URL = Pattern.compile("(?i)^(?:source|originally published at|url)\\s*:\\s*\\W*(https?://\\S+)");
  private static final int MAX_TITLE = 200;

  Optional<Resolved<String>> resolve(ArticleText text) {
    for (String key : METADATA_KEYS) {
      String value = text.extracted().first(key);
      if (value != null && !looksLikeFileName(value)) {
        return Optional.of(new Resolved<>(withoutSiteName(value), "meta:" + key));
      }
    }
    Optional<Resolved<String>> headline = fromHead(text);
    if (headline.isPresent()) {
      return headline;
    }
    return fromSourceUrl(text);
  }

  /** Drops the " | Site name" part of an HTML title: the longest segment is the headline. */
  static String withoutSiteName(String title) {
    String clean = title.replaceAll("\\s+", " ").strip();
    String[] parts = SITE_SEPARATOR.split(clean);
    if (parts.length < 2) {
      return clean;
    }
    String longest = Arrays.stream(parts).max(Comparator.comparingInt(String::length)).orElse(clean);
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
    if (line.equals(line.toLowerCase(java.util.Locale.ROOT))) {
      return false; // a slug or tag line, not a headline
    }
    if (line.matches("(?i)^(by|written by|welcome to|posted|published|updated)\\b.*") || DateParser.isDateLine(line)) {
      return false;
    }
    // A headline is short: sentences over 150 characters with commas are a standfirst or body.
    return line.length() <= 150;
  }

  private static Optional<Resolved<String>> fromSourceUrl(ArticleText text) {
    for (String line : text.tail()) {
      Matcher m = SOURCE_URL.matcher(line);
      if (m.find()) {
        String slug = slug(m.group(1));
        if (slug != null) {
          return Optional.of(new Resolved<>(slug, "text:source-url-slug"));
        }
      }
    }
    return Optional.empty();
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
        if (s.contains("-") && s.matches("[A-Za-z0-9-]+") && (best == null || s.length() > best.length())) {
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
    return value.matches("(?i)^[\\w\\-. ]+\\.(docx?|pdf|odt|rtf|html?|txt)$") || value.matches("(?i)^untitled.*|^microsoft word.*");
  }
}
