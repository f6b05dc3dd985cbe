package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DownloadNameTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

  @Test
  void anAsciiQueryNamesTheFileInBothForms() {
    assertThat(DownloadName.contentDisposition("Taliban", DAY, "csv"))
        .isEqualTo(
            "attachment; filename=\"article-search-taliban-2026-12-07.csv\";"
                + " filename*=UTF-8''article-search-taliban-2026-12-07.csv");
  }

  @Test
  void accentsStayInTheUtf8NameAndAreFoldedInTheAsciiOne() {
    assertThat(DownloadName.contentDisposition("Détente", DAY, "csv"))
        .isEqualTo(
            "attachment; filename=\"article-search-detente-2026-12-07.csv\";"
                + " filename*=UTF-8''article-search-d%C3%A9tente-2026-12-07.csv");
  }

  @Test
  void aQueryWithNoLatinLetterIsResultsInAscii() {
    assertThat(DownloadName.contentDisposition("中国", DAY, "jsonl"))
        .isEqualTo(
            "attachment; filename=\"article-search-results-2026-12-07.jsonl\";"
                + " filename*=UTF-8''article-search-%E4%B8%AD%E5%9B%BD-2026-12-07.jsonl");
  }

  @Test
  void anEmptySearchIsNamedByItsDayAlone() {
    assertThat(DownloadName.contentDisposition("  ", DAY, "csv"))
        .isEqualTo(
            "attachment; filename=\"article-search-2026-12-07.csv\";"
                + " filename*=UTF-8''article-search-2026-12-07.csv");
  }

  @Test
  void quotesSlashesColonsAndControlCharactersNeverReachTheName() {
    assertThat(DownloadName.words("person:\"Vladimir Putin\" OR ../etc/passwd\r\nX-Evil: 1"))
        .isEqualTo("person-vladimir-putin-or-etc-passwd-x-evil-1");
  }

  @Test
  void aLongQueryIsCutAtAWordAndALongWordWithinIt() {
    String words = DownloadName.words("pakistan ".repeat(20));
    assertThat(words).hasSizeLessThanOrEqualTo(DownloadName.MAX_QUERY_CHARS).endsWith("pakistan");
    assertThat(DownloadName.words("x".repeat(100))).isEqualTo("x".repeat(60));
  }
}
