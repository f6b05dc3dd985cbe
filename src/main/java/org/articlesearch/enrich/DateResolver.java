package org.articlesearch.enrich;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.PublicationDate;

/**
 * Finds when an article was published: structured metadata, then the page's dated byline or {@code
 * <time>}, then the date in its URL, then a dateline at the top or a "Published" footer of the
 * text, and only then a modification date. Years mentioned in the body are never taken.
 */
final class DateResolver {
  private static final String[] METADATA_KEYS = {
    "jsonld:datePublished",
    "article:published_time",
    "og:article:published_time",
    "itemprop:datePublished",
    "datepublished",
    "datePublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publish-date",
    "publish_date",
    "publishdate",
    "date",
    "dc:date",
    "dc:date.issued",
    "DC.date.issued",
    "dcterms:issued",
    "dcterms:date",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
    "jsonld-page:datePublished",
    "html:time-headline",
    "dcterms:created"
  };
  // Page elements a person reads the date from: "Posted on May 3, 2020 by ...", "<div class=date>".
  private static final String[] PAGE_TEXT_KEYS = {"html:byline", "html:date-element"};
  private static final String[] URL_KEYS = {"html:canonical", "og:url"};
  // A modification date is better than none for the year facet, but only as the last resort.
  private static final String[] MODIFIED_KEYS = {
    "jsonld:dateModified", "article:modified_time", "itemprop:dateModified", "og:updated_time"
  };
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\\d|3[01])/)?");
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?i)\\b(?:published|posted|first published|updated)\\b(?:\\s+(?:on|in)\\b)?(.{0,80})");

  Optional<Resolved<PublicationDate>> resolve(ArticleText text) {
    Optional<Resolved<PublicationDate>> stated = fromKeys(text, METADATA_KEYS);
    if (stated.isPresent()) {
      return stated;
    }
    for (String key : PAGE_TEXT_KEYS) {
      for (String value : text.extracted().all(key)) {
        Optional<PublicationDate> date = DateParser.find(value);
        if (date.isPresent()) {
          return Optional.of(new Resolved<>(date.get(), key));
        }
      }
    }
    // A creation date is when the record was made, not when it was published: after the page's own.
    Optional<Resolved<PublicationDate>> anyTime =
        fromKeys(text, "html:time", "html:json-date", "jsonld:dateCreated", "itemprop:dateCreated");
    if (anyTime.isPresent()) {
      return anyTime;
    }
    for (String key : URL_KEYS) {
      Matcher m = URL_DATE.matcher(String.valueOf(text.extracted().first(key)));
      if (m.find()) {
        String iso = m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
        return Optional.of(new Resolved<>(PublicationDate.parseIso(iso), "url:" + key));
      }
    }
    for (String line : text.head()) {
      if (DateParser.isDateLine(line)) {
        Optional<PublicationDate> date = DateParser.find(line);
        if (date.isPresent()) {
          return Optional.of(new Resolved<>(date.get(), "text:dateline"));
        }
      }
    }
    for (String line : text.head()) {
      Optional<Resolved<PublicationDate>> published = published(text, line);
      if (published.isPresent()) {
        return published;
      }
    }
    for (String line : text.tail()) {
      Optional<Resolved<PublicationDate>> published = published(text, line);
      if (published.isPresent()) {
        return published;
      }
    }
    return fromKeys(text, MODIFIED_KEYS);
  }

  private static Optional<Resolved<PublicationDate>> fromKeys(ArticleText text, String... keys) {
    for (String key : keys) {
      Optional<PublicationDate> date = DateParser.parseMetadata(text.extracted().first(key));
      if (date.isPresent()) {
        return Optional.of(new Resolved<>(date.get(), MetadataKeys.source(key)));
      }
    }
    return Optional.empty();
  }

  private static Optional<Resolved<PublicationDate>> published(ArticleText text, String line) {
    Matcher m = PUBLISHED.matcher(line);
    if (text.mentionsAny(line, "published", "posted", "updated") && m.find()) {
      return DateParser.find(m.group(1)).map(d -> new Resolved<>(d, "text:published-line"));
    }
    return Optional.empty();
  }
}
