package org.articlesearch.enrich;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who published an article: metadata, then an organisation that signed it, then site headers
 * and footers, then the host of its URL.
 */
final class PublisherResolver {
  private static final String[] METADATA_KEYS = {
    "jsonld:publisher",
    "og:site_name",
    "prism.publicationname",
    "citation_journal_title",
    "publisher",
    "article:publisher",
    "dc:publisher",
    "itemprop:publisher",
    "application-name"
  };
  // An organisation in the author slot ("TMZ Staff", a JSON-LD Organization) is the publisher.
  private static final String[] SIGNATURE_KEYS = {
    "jsonld:author-organization", "author", "article:author", "rel:author", "html:byline"
  };
  private static final String[] URL_KEYS = {"html:canonical", "og:url"};
  // Only the keywords ignore case: a name starts with a capital ("(?i)" would let \p{Lu} match
  // any letter, and "newspapers are published in this city" name a publisher).
  private static final String NAME = "(\\p{Lu}[\\p{L}&'’. ]{1,60}?)";
  // A publication footer states it on a line of its own ("Published in Dawn, May 3rd 2019",
  // "This article was originally published in The Conversation."), never inside a paragraph.
  private static final Pattern PUBLISHED_IN =
      Pattern.compile(
          "^\\W*(?i:(?:(?:a version of )?this (?:article|story|piece|op-ed|column)"
              + " (?:was |is |has been )?)?(?:(?:first|originally|also) )?(?:published|appeared)"
              + " in )(?:the )?"
              + NAME
              + "\\s*(?:,|\\bon\\b|\\d|\\.?\\s*$)");
  private static final Pattern WELCOME =
      Pattern.compile("^\\W*(?i:welcome to )(?:the )?" + NAME + "\\W*$");
  private static final Pattern EDITORIAL =
      Pattern.compile(
          "(?i:\\b(?:reflect|represent)s? (?:the )?(?:editorial (?:position|policy|stance)|views"
              + "|official policy) of )(?:the )?"
              + NAME
              + "\\s*[.,]?\\s*$");
  // Longer lines are paragraphs of the article, whatever they say about publishing.
  private static final int FOOTER_WORDS = 30;

  Optional<Resolved<String>> resolve(ArticleText text) {
    for (String key : METADATA_KEYS) {
      String value = text.extracted().first(key);
      if (value != null && !value.startsWith("http") && !value.matches("\\d+")) {
        return Optional.of(new Resolved<>(withoutDotCom(value), MetadataKeys.source(key)));
      }
    }
    for (String key : SIGNATURE_KEYS) {
      for (String value : text.extracted().all(key)) {
        String signature = value.replaceFirst("(?i)^by\\s+", "").strip();
        boolean organization =
            key.equals("jsonld:author-organization") || PersonNames.isOrganization(signature);
        if (organization && signature.length() <= 60 && !signature.contains("/")) {
          return Optional.of(new Resolved<>(signature, MetadataKeys.source(key)));
        }
      }
    }
    for (String line : text.tail()) {
      Matcher m = PUBLISHED_IN.matcher(line);
      if (text.mentionsAny(line, "published in", "appeared in") && isFooter(line) && m.find()) {
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
      if (text.mentionsAny(line, "editorial ", "views", "official policy")
          && isFooter(line)
          && m.find()) {
        return Optional.of(new Resolved<>(m.group(1).strip(), "text:disclaimer"));
      }
    }
    Optional<String> host = text.sourceUrl().map(URI::getHost);
    if (host.isPresent()) {
      return Optional.of(
          new Resolved<>(host.get().replaceFirst("^www\\.", ""), "text:source-host"));
    }
    for (String key : URL_KEYS) {
      String name = siteFromHost(text.extracted().first(key));
      if (name != null) {
        return Optional.of(new Resolved<>(name, "url:" + key));
      }
    }
    return Optional.empty();
  }

  private static boolean isFooter(String line) {
    return line.strip().split("\\s+").length <= FOOTER_WORDS;
  }

  /** "Salon.com" and "Salon" are one publisher; the suffix is the address, not the name. */
  static String withoutDotCom(String name) {
    String stripped = name.strip().replaceFirst("(?i)\\.com$", "");
    return stripped.isEmpty() ? name.strip() : stripped;
  }

  /** Returns the site's name from a page URL's host: "www.example.co.uk" gives "Example". */
  static String siteFromHost(String url) {
    if (url == null || !url.startsWith("http")) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
      if (labels.length < 2) {
        return null;
      }
      // "example.co.uk": a two-letter country code after a short second level ("co", "com", "org").
      int i = labels.length - 2;
      if (labels.length >= 3
          && labels[labels.length - 1].length() == 2
          && labels[i].length() <= 3) {
        i--;
      }
      String label = labels[i];
      return label.isEmpty() ? null : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    } catch (IllegalArgumentException e) {
      return null; // a malformed URL names no site
    }
  }
}
