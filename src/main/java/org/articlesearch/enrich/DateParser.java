package org.articlesearch.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.DatePrecision;
import org.articlesearch.article.PublicationDate;

/** Parses the date forms news pages and document properties write. */
final class DateParser {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12),
          // German: "März", "Mai", "Okt.", "Dez.", Austrian "Jänner"
          Map.entry("mär", 3),
          Map.entry("mrz", 3),
          Map.entry("mai", 5),
          Map.entry("okt", 10),
          Map.entry("dez", 12),
          Map.entry("jän", 1));

  private static final String MONTH =
      "(Jan(?:uary|uar)?|J(?:ä|ae)n(?:ner)?|Feb(?:ruary|ruar)?|Feber|Mar(?:ch)?|M(?:ä|ae)r(?:z)?|Mrz"
          + "|Apr(?:il)?|May|Mai|Jun[ei]?|Jul[iy]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
          + "|Okt(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Dez(?:ember)?)(?![\\p{L}])\\.?";
  // "3rd", and the German ordinal "3." ("3. März 2021")
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|\\.)?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String YEAR = "((?:19|20)\\d{2})";

  // The longest dateline seen has a weekday, a date, a time, a zone and a "Published" or two.
  private static final int MAX_DATELINE = 200;
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?iu)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch"
              + "|donnerstag|freitag|samstag|sonnabend|sonntag)\\b,?");
  private static final Pattern DATELINE_WORDS =
      Pattern.compile(
          "(?iu)\\b(published|posted|updated|on|at|last|am|um|uhr|veröffentlicht|aktualisiert"
              + "|erschienen|stand|datum|date)\\b:?");
  private static final Pattern TIME =
      Pattern.compile("(?i)\\d{1,2}:\\d{2}(:\\d{2})?\\s*(am|pm)?\\s*([A-Z]{2,4})?");
  private static final Pattern ISO =
      Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})(?:[T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", FLAGS);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + DAY + "\\s*(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b", FLAGS);
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b", FLAGS);
  private static final Pattern SLASHED =
      Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/" + YEAR + "\\b");
  // "12.03.2020", "3.11.2023", "23.09.22": Europe writes the day first with dots. A two-digit year
  // needs two-digit days and months, which a version number ("1.2.20") rarely has.
  private static final Pattern DOTTED =
      Pattern.compile(
          "(?<![\\d.])(?<!(?:version|release|v)\\s?)(?:(\\d{1,2})\\.(\\d{1,2})\\.\\s?"
              + YEAR
              + "|(\\d{2})\\.(\\d{2})\\.(\\d{2}))(?![\\d.]\\d)",
          Pattern.CASE_INSENSITIVE);

  private DateParser() {}

  /** Finds the first date written anywhere in the string. */
  static Optional<PublicationDate> find(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return of(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return of(m.group(3), month(m.group(2)), m.group(1));
    }
    m = SLASHED.matcher(s);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      // Month first unless that cannot be (US order is the common one on English pages).
      return a <= 12 ? of(m.group(3), a, b) : of(m.group(3), b, a);
    }
    m = DOTTED.matcher(s);
    if (m.find()) {
      if (m.group(1) != null) {
        return of(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      int yy = Integer.parseInt(m.group(6));
      int century = yy <= LocalDate.now().getYear() % 100 + 1 ? 2000 : 1900;
      return of(
          Integer.toString(century + yy),
          Integer.parseInt(m.group(5)),
          Integer.parseInt(m.group(4)));
    }
    m = MONTH_YEAR.matcher(s);
    if (m.find()) {
      try {
        return Optional.of(
            new PublicationDate(
                LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(month(m.group(1))), 1),
                DatePrecision.MONTH));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Parses a metadata value: an ISO timestamp, an RFC 1123 e-mail date, or any text form. */
  static Optional<PublicationDate> parseMetadata(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      // A timestamp with an offset keeps the date as the publisher wrote it, in their zone.
      return Optional.of(
          new PublicationDate(OffsetDateTime.parse(v).toLocalDate(), DatePrecision.DAY));
    } catch (DateTimeParseException ignored) {
      // not an ISO offset timestamp; try the other forms
    }
    try {
      return Optional.of(
          new PublicationDate(
              ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                  .toLocalDate(),
              DatePrecision.DAY));
    } catch (DateTimeParseException ignored) {
      // not an e-mail date either
    }
    if (v.matches("(19|20)\\d{2}")) {
      return Optional.of(
          new PublicationDate(LocalDate.of(Integer.parseInt(v), 1, 1), DatePrecision.YEAR));
    }
    if (v.matches("(19|20)\\d{2}-\\d{2}")) {
      return Optional.of(PublicationDate.parseIso(v));
    }
    return find(v);
  }

  /** True when the whole line is a date, perhaps with a weekday and a time: a dateline. */
  static boolean isDateLine(String line) {
    if (line.length() > MAX_DATELINE) {
      return false; // a paragraph, not a dateline: no need to run the patterns over it
    }
    String rest = DATELINE_WORDS.matcher(WEEKDAY.matcher(line).replaceAll("")).replaceAll("");
    rest = TIME.matcher(rest).replaceAll("");
    Matcher m = MONTH_DAY_YEAR.matcher(rest);
    if (!m.find()) {
      m = DAY_MONTH_YEAR.matcher(rest);
      if (!m.find()) {
        m = ISO.matcher(rest);
        if (!m.find()) {
          m = DOTTED.matcher(rest);
          if (!m.find()) {
            return false;
          }
        }
      }
    }
    return rest.substring(0, m.start()).replaceAll("[\\s(]", "").isEmpty()
        && rest.substring(m.end()).replaceAll("[\\s|,.()·\\-–—]", "").isEmpty();
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace("ae", "ä");
    return Integer.toString(MONTHS.get(key.substring(0, 3)));
  }

  private static Optional<PublicationDate> of(String year, String month, String day) {
    return of(year, Integer.parseInt(month), Integer.parseInt(day));
  }

  private static Optional<PublicationDate> of(String year, int month, int day) {
    try {
      return Optional.of(
          new PublicationDate(LocalDate.of(Integer.parseInt(year), month, day), DatePrecision.DAY));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
