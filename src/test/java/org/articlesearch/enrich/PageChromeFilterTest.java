package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chrome of a copied page leaves the body; the article's own lines stay, in order. */
class PageChromeFilterTest {
  private static final String TITLE = "Ferries: A New Timetable for the Harbour";
  private static final List<String> AUTHORS = List.of("Jane Doe");
  private static final String FIRST =
      "The harbour authority published a new ferry timetable on Monday, with more crossings at"
          + " night and fewer at noon.";
  private static final String SECOND = "Jane Doe is the paper's transport reporter.";

  private static String clean(String... lines) {
    return PageChromeFilter.clean(String.join("\n", lines), TITLE, AUTHORS);
  }

  @Test
  void theHeadlineBylineDateAndCategoriesAboveTheTextLeave() {
    assertThat(
            clean(
                "ferries",
                "Written by Jane Doe 1:30 pm News, Local Politics, Harbour & Port, Transport",
                "Thursday, March 28, 2024",
                "Ferries: a new timetable for the harbour",
                "Jane Doe |",
                "News, Local Politics, Transport",
                "",
                FIRST,
                "",
                SECOND))
        .isEqualTo(FIRST + "\n\n" + SECOND);
    assertThat(clean(TITLE, "By Jane Doe.", FIRST)).isEqualTo(FIRST);
  }

  @Test
  void aRepeatedCaptionOrPullQuoteAppearsOnce() {
    String caption = "BUSY: ferries queue at the harbour mouth on a summer evening, as every year";
    String quote = "fewer at noon";
    String pullQuote = "The harbour authority published a new ferry timetable on Monday";
    assertThat(clean(FIRST, caption, caption, pullQuote, SECOND))
        .isEqualTo(String.join("\n", FIRST, caption, SECOND));
    // Said three times, it is a refrain or a table's rows.
    String row = "6:00 PM Leaves the harbour and returns to the ferry terminal.";
    assertThat(clean(FIRST, row, row, row)).isEqualTo(String.join("\n", FIRST, row, row, row));
    assertThat(clean(FIRST, quote)).isEqualTo(FIRST + "\n" + quote);
  }

  @Test
  void theArticlesOwnLinesStay() {
    String namedFirst = "Jane Doe went to the harbour on Monday to ride the first night ferry.";
    String list = "Ferries, buses and trains will run later, the authority said.";
    String subhead = "A new timetable";
    assertThat(clean(namedFirst, list, subhead, FIRST, subhead, SECOND))
        .isEqualTo(String.join("\n", namedFirst, list, subhead, FIRST, subhead, SECOND));
    // After the first paragraph, a line like the byline or the headline is the article's.
    String quoted = "Jane Doe, the mayor's aide, rode it too.";
    assertThat(clean(FIRST, quoted, TITLE)).isEqualTo(String.join("\n", FIRST, quoted, TITLE));
  }

  @Test
  void withoutTitleOrAuthorsOnlyDatesCategoriesAndRepeatsLeave() {
    String text = String.join("\n", "By Jane Doe", "12 March 2024", FIRST, FIRST);
    assertThat(PageChromeFilter.clean(text, null, List.of())).isEqualTo("By Jane Doe\n" + FIRST);
  }
}
