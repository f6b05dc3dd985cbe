package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.DatePrecision;
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
  private static final String[] PAGE_TEXT_KEYS = {
    "html:byline",
    "html:date-element",
    "html:date-label",
    "html:byline-label",
    "html:byline-text",
    "html:header-date"
  };
  private static final String[] URL_KEYS = {"html:canonical", "og:url"};
  // A modification date is better than none for the year facet, but only as the last resort.
  private static final String[] MODIFIED_KEYS = {
    "jsonld:dateModified", "article:modified_time", "itemprop:dateModified", "og:updated_time"
  };
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\\d|3[01])/)?");
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?iu)\\b(?:published|posted|first published|updated|veröffentlicht|erschienen|publiziert"
              + "|aktualisiert|datum|stand)\\b(?:\\s+(?:on|in|am)\\b)?(.{0,80})");
  private static final Pattern OPENING_DATE = Pattern.compile("^\\(([^()]{6,40})\\)");
  private static final String[] PUBLISHED_WORDS = {
    "published",
    "posted",
    "updated",
    "veröffentlicht",
    "erschienen",
    "publiziert",
    "aktualisiert",
    "datum",
    "stand"
  };

  /** One value a source offered and the date read from it, if any: the basis of --explain. */
  record Candidate(String source, String value, PublicationDate date) {
    @Override
    public String toString() {
      return source + " \"" + value + "\" → " + (date == null ? "no date" : date.iso());
    }
  }

  Optional<Resolved<PublicationDate>> resolve(ArticleText text) {
    Candidate winner = null;
    for (Candidate c : candidates(text)) {
      if (c.date() == null) {
        continue;
      }
      if (winner == null) {
        winner = c;
        if (winner.date().precision() == DatePrecision.DAY) {
          break;
        }
      } else if (c.date().precision() == DatePrecision.DAY
          && sameArticle(winner.date(), c.date())) {
        // A year or month is kept only when the page gives no day of the same article.
        winner = c;
        break;
      }
    }
    if (winner != null) {
      winner = shownUnderHeadline(text, shownOfDisagreeing(text, winner));
    }
    return winner == null
        ? Optional.empty()
        : Optional.of(new Resolved<>(winner.date(), winner.source()));
  }

  /**
   * When the metadata's publication dates disagree, the one the page shows beside the article (a
   * {@code <time>} by the headline, a dated byline) is the article's; the others belong to an
   * earlier draft or a syndicated copy.
   */
  private static Candidate shownOfDisagreeing(ArticleText text, Candidate winner) {
    List<Candidate> stated = fromKeys(text, METADATA_KEYS);
    if (stated.stream().noneMatch(c -> c == winner || c.equals(winner))) {
      return winner;
    }
    List<Candidate> shown = fromPageText(text);
    for (Candidate other : stated) {
      if (other.date() == null
          || other.date().precision() != DatePrecision.DAY
          || other.date().equals(winner.date())) {
        continue;
      }
      boolean winnerShown = shown.stream().anyMatch(c -> winner.date().equals(c.date()));
      boolean otherShown = shown.stream().anyMatch(c -> other.date().equals(c.date()));
      if (otherShown && !winnerShown) {
        return other;
      }
    }
    return winner;
  }

  /**
   * Returns the day the page shows alone under its headline when the metadata states another one
   * the page never shows: readers, and those who cite the article, go by the date they see; the
   * stated one is often a first draft's or a republication's.
   */
  private static Candidate shownUnderHeadline(ArticleText text, Candidate winner) {
    if (winner.date().precision() != DatePrecision.DAY
        || fromKeys(text, METADATA_KEYS).stream().noneMatch(winner::equals)) {
      return winner;
    }
    List<Candidate> header = fromKeys(text, "html:header-date", "html:time-headline");
    header.removeIf(c -> c.date() == null || c.date().precision() != DatePrecision.DAY);
    if (header.isEmpty() || header.stream().anyMatch(c -> c.date().equals(winner.date()))) {
      return winner;
    }
    boolean winnerShown = fromPageText(text).stream().anyMatch(c -> winner.date().equals(c.date()));
    return winnerShown ? winner : header.get(0);
  }

  /** Every value considered, in the order of trust: the first date wins. */
  List<Candidate> explain(ArticleText text) {
    List<Candidate> all = new ArrayList<>();
    candidates(text).forEach(all::add);
    return all;
  }

  private static boolean sameArticle(PublicationDate coarse, PublicationDate day) {
    return coarse.date().getYear() == day.date().getYear()
        && (coarse.precision() == DatePrecision.YEAR
            || coarse.date().getMonth() == day.date().getMonth());
  }

  /** The candidates, made lazily: most pages are settled by their first metadata key. */
  private Iterable<Candidate> candidates(ArticleText text) {
    List<Supplier<List<Candidate>>> tiers =
        List.of(
            () -> fromKeys(text, METADATA_KEYS),
            () -> fromPageText(text),
            // A creation date is when the record was made, not when it was published: after the
            // page's own.
            () ->
                fromKeys(
                    text,
                    "html:time",
                    "html:json-date",
                    "jsonld:dateCreated",
                    "itemprop:dateCreated"),
            () -> fromUrl(text),
            () -> fromLines(text),
            // Above the headline a date may be another story's in a menu: read only before a
            // modification date.
            () -> fromKeys(text, "html:date-above-headline"),
            () -> fromKeys(text, MODIFIED_KEYS));
    return () -> tiers.stream().flatMap(tier -> tier.get().stream()).iterator();
  }

  private static List<Candidate> fromPageText(ArticleText text) {
    List<Candidate> out = new ArrayList<>();
    for (String key : PAGE_TEXT_KEYS) {
      for (String value : text.extracted().all(key)) {
        out.add(new Candidate(key, value, DateParser.find(value).orElse(null)));
      }
    }
    return out;
  }

  private static List<Candidate> fromUrl(ArticleText text) {
    List<Candidate> out = new ArrayList<>();
    for (String key : URL_KEYS) {
      String url = text.extracted().first(key);
      Matcher m = URL_DATE.matcher(String.valueOf(url));
      if (m.find()) {
        String iso = m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
        out.add(new Candidate("url:" + key, url, PublicationDate.parseIso(iso)));
      }
    }
    return out;
  }

  private static List<Candidate> fromLines(ArticleText text) {
    List<Candidate> out = new ArrayList<>();
    for (String line : text.head()) {
      if (DateParser.isDateLine(line)) {
        out.add(new Candidate("text:dateline", line, DateParser.find(line).orElse(null)));
      }
      // "(21. November 2022) Energy customers …": a dateline that opens the first paragraph.
      Matcher opening = OPENING_DATE.matcher(line);
      if (opening.lookingAt() && DateParser.isDateLine(opening.group(1))) {
        out.add(
            new Candidate(
                "text:dateline", opening.group(), DateParser.find(opening.group(1)).orElse(null)));
      }
    }
    for (String line : text.head()) {
      published(text, line).ifPresent(out::add);
    }
    for (String line : text.tail()) {
      published(text, line).ifPresent(out::add);
    }
    return out;
  }

  private static List<Candidate> fromKeys(ArticleText text, String... keys) {
    List<Candidate> out = new ArrayList<>();
    for (String key : keys) {
      String value = text.extracted().first(key);
      if (value != null) {
        out.add(
            new Candidate(
                MetadataKeys.source(key), value, DateParser.parseMetadata(value).orElse(null)));
      }
    }
    return out;
  }

  private static Optional<Candidate> published(ArticleText text, String line) {
    Matcher m = PUBLISHED.matcher(line);
    if (text.mentionsAny(line, PUBLISHED_WORDS) && m.find()) {
      return Optional.of(
          new Candidate("text:published-line", line, DateParser.find(m.group(1)).orElse(null)));
    }
    return Optional.empty();
  }
}
