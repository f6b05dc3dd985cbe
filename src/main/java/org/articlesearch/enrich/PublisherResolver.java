package org.articlesearch.enrich;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who published an article: metadata, then site headers and footers, then the source host. */
final class PublisherResolver {
  private static final String[] METADATA_KEYS = {"og:site_name", "publisher", "article:publisher", "dc:publisher", "application-name"};
  private static final Pattern PUBLISHED_IN =
      Pattern.compile("(?i)\\bpublished in (?:the )?(\\p{Lu}[\\p{L}&'’. ]{1,60}?)\\s*(?:,|\\bon\\b|\\d|$)");
  private static final Pattern WELCOME = Pattern.compile("^\\W*welcome to (?:the )?(\\p{Lu}[\\p{L}&'’. ]{1,60}?)\\W*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern EDITORIAL =
      Pattern.compile("(?i)\\b(?:editorial (?:position|policy|stance)|views|official policy) of (?:the )?(\\p{Lu}[\\p{L}&'’. ]{1,60}?)\\s*[.,]?\\s*$");
  private static final Pattern SOURCE_URL = Pattern.compile("(?i)^(?:source|url)\\s*:\\s*\\W*(https?://\\S+)");

  Optional<Resolved<String>> resolve(ArticleText text) {
    for (String key : METADATA_KEYS) {
      String value = text.extracted().first(key);
      if (value != null && !value.startsWith("http")) {
        return Optional.of(new Resolved<>(value, "meta:" + key));
      }
    }
    for (String line : text.tail()) {
      Matcher m = PUBLISHED_IN.matcher(line);
      if (m.find()) {
        return Optional.of(new Resolved<>(m.group(1).strip(), "text:published-in"));
      }
    }
    for (String line : text.head()) {
      Matcher m = WELCOME.matcher(line);
      if (m.matches()) {
        return Optional.of(new Resolved<>(m.group(1).strip(), "text:site-header"));
      }
    }
    for (String line : text.tail()) {
      Matcher m = EDITORIAL.matcher(line);
      if (m.find()) {
        return Optional.of(new Resolved<>(m.group(1).strip(), "text:disclaimer"));
      }
    }
    for (String line : text.tail()) {
      Matcher m = SOURCE_URL.matcher(line);
      if (m.find()) {
        try {
          String host = URI.create(m.group(1)).getHost();
          if (host != null) {
            return Optional.of(new Resolved<>(host.replaceFirst("^www\\.", ""), "text:source-host"));
          }
        } catch (IllegalArgumentException e) {
          // a malformed URL names no publisher; fall through
        }
      }
    }
    return Optional.empty();
  }
}
