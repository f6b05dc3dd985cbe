package org.articlesearch.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date with the precision the source gave it.
 *
 * <p>A month-only date is stored as the first of the month, a year-only one as 1 January, so that
 * range filters and sorting work the same for all of them.
 */
public record PublicationDate(LocalDate date, DatePrecision precision) {
  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
  }

  /**
   * Returns the ISO form at the stated precision: {@code 2018-09-11}, {@code 2018-09} or {@code
   * 2018}.
   */
  public String iso() {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> Integer.toString(date.getYear());
    };
  }

  /** Parses the output of {@link #iso()}. */
  public static PublicationDate parseIso(String iso) {
    return switch (iso.length()) {
      case 4 -> new PublicationDate(LocalDate.of(Integer.parseInt(iso), 1, 1), DatePrecision.YEAR);
      case 7 -> new PublicationDate(LocalDate.parse(iso + "-01"), DatePrecision.MONTH);
      default -> new PublicationDate(LocalDate.parse(iso), DatePrecision.DAY);
    };
  }
}
