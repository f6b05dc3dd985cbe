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
import java.util.function.Predicate;
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
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|:|•|·)\\s+");
  // Separators a headline itself never holds: what they set apart is a section or a site.
  private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s+(?:\\||•|·|::|»)\\s+");
  private static final int MAX_LABEL_WORDS = 3;

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
    SiteNames sites = SiteNames.of(text);
    for (String key : METADATA_KEYS) {
      String value = text.extracted().first(key);
      if (value != null && !looksLikeFileName(value) && !sites.is(value)) {
        return Optional.of(new Resolved<>(withoutSiteName(value, sites), MetadataKeys.source(key)));
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
    SiteNames sites = SiteNames.of(text);
    for (String h1 : text.extracted().all("html:h1")) {
      // Both forms compete: "Section | Headline" loses its label, "Series – Episode" keeps its
      // series.
      // Knowing the site's names, the cut form drops only them and goes first; not knowing them,
      // the cut is a guess and the whole headline goes first.
      String cut = withoutSiteName(h1, sites);
      for (String form : sites.isEmpty() ? List.of(h1, cut) : List.of(cut, h1)) {
        if (form.length() <= MAX_TITLE
            && !sites.is(form)
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
        references.add(words(withoutSiteName(value, sites)));
      }
    }
    String best = null;
    double bestScore = 0;
    for (String h1 : h1s) {
      for (List<String> reference : references) {
        double score = dice(words(h1), reference);
        // On a tie the fuller headline wins: a one-word <h1> is a section's label ("News").
        if (score > bestScore
            || score == bestScore
                && best != null
                && words(h1).size() > words(best).size()
                && !h1.startsWith(best)
                && !h1.endsWith(best)) {
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
    return withoutSiteName(title, SiteNames.NONE);
  }

  /**
   * Drops the parts of a title that name the site ("Headline | Site", "Site - Headline") or set
   * apart a short section label ("Politik | Headline"). Knowing the site's names, a dash or colon
   * is cut only before or after one of them, so a headline's own subtitle ("Headline – a project")
   * stays; not knowing them, the longest segment is taken.
   */
  static String withoutSiteName(String title, SiteNames sites) {
    String clean = title.replaceAll("\\s+", " ").strip();
    List<int[]> separators = new ArrayList<>();
    Matcher m = SITE_SEPARATOR.matcher(clean);
    while (m.find()) {
      separators.add(new int[] {m.start(), m.end()});
    }
    if (separators.isEmpty()) {
      return clean;
    }
    if (sites.isEmpty()) {
      String[] parts = SITE_SEPARATOR.split(clean);
      String longest =
          Arrays.stream(parts).max(Comparator.comparingInt(String::length)).orElse(clean);
      // Only a short remainder is a site name; two long halves are one headline with a dash in it.
      long longParts = Arrays.stream(parts).filter(p -> p.split(" ").length > 5).count();
      return longParts > 1 ? clean : longest;
    }
    // Site names first, from both ends; then a short label, when what stays is the longer part.
    int[] span = {0, clean.length()};
    cut(clean, separators, span, sites::named);
    cut(clean, separators, span, part -> false);
    int start = span[0];
    int end = span[1];
    String rest = clean.substring(start, end).strip();
    return rest.isEmpty() ? clean : rest;
  }

  /**
   * Moves the span's ends past the parts at either end that are the site's name, or (with {@code
   * site} answering false) short labels set apart by a label separator.
   */
  private static void cut(
      String title, List<int[]> separators, int[] span, Predicate<String> site) {
    for (int i = separators.size() - 1; i >= 0; i--) {
      int[] sep = separators.get(i);
      if (sep[1] > span[1]) {
        continue; // cut already
      }
      if (sep[0] < span[0]) {
        break;
      }
      String tail = title.substring(sep[1], span[1]);
      String rest = title.substring(span[0], sep[0]);
      if (!site.test(tail)
          && !(isLabel(title.substring(sep[0], sep[1]), tail) && longer(rest, tail))) {
        break;
      }
      span[1] = sep[0];
    }
    for (int[] sep : separators) {
      if (sep[1] > span[1]) {
        break;
      }
      if (sep[0] < span[0]) {
        continue; // cut already
      }
      String head = title.substring(span[0], sep[0]);
      String rest = title.substring(sep[1], span[1]);
      if (!site.test(head)
          && !(isLabel(title.substring(sep[0], sep[1]), head) && longer(rest, head))) {
        break;
      }
      span[0] = sep[1];
    }
  }

  private static boolean longer(String rest, String label) {
    return rest.strip().split("\\s+").length > label.strip().split("\\s+").length;
  }

  private static boolean isLabel(String separator, String part) {
    return LABEL_SEPARATOR.matcher(separator).matches()
        && part.strip().split("\\s+").length <= MAX_LABEL_WORDS;
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
