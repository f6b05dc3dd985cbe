package org.articlesearch.enrich;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.PublicationDate;

/**
 * Finds when an article was published: metadata, then a dateline at the top, then a "Published"
 * footer. Years mentioned in the body are never taken.
 */
final class DateResolver {
  private static final String[] METADATA_KEYS = {
    "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publish-date",
    "publish_date", "date", "dc:date", "DC.date.issued", "dcterms:issued", "sailthru.date", "parsely-pub-date",
    "dcterms:created"
  };
  private static final Pattern PUBLISHED =
      Pattern.compile("(?i)\\b(?:published|posted|first published|updated)\\b(?:\\s+(?:on|in)\\b)?(.{0,80})");

  Optional<Resolved<PublicationDate>> resolve(ArticleText text) {
    for (String key : METADATA_KEYS) {
      Optional<PublicationDate> date = DateParser.parseMetadata(text.extracted().first(key));
      if (date.isPresent()) {
        return Optional.of(new Resolved<>(date.get(), "meta:" + key));
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
      Optional<Resolved<PublicationDate>> published = published(line);
      if (published.isPresent()) {
        return published;
      }
    }
    for (String line : text.tail()) {
      Optional<Resolved<PublicationDate>> published = published(line);
      if (published.isPresent()) {
        return published;
      }
    }
    return Optional.empty();
  }

  private static Optional<Resolved<PublicationDate>> published(String line) {
    Matcher m = PUBLISHED.matcher(line);
    if (m.find()) {
      return DateParser.find(m.group(1)).map(d -> new Resolved<>(d, "text:published-line"));
    }
    return Optional.empty();
  }
}
