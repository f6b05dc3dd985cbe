package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  private static String write(String... cells) throws Exception {
    StringWriter out = new StringWriter();
    new CsvWriter(out).write(Arrays.asList(cells));
    return out.toString();
  }

  @Test
  void plainCellsAreWrittenAsTheyAreWithCrlf() throws Exception {
    assertThat(write("a1", "Ferry strike", "2018-09-11"))
        .isEqualTo("a1,Ferry strike,2018-09-11\r\n");
    assertThat(write("a1", null, "")).isEqualTo("a1,,\r\n");
  }

  @Test
  void quotesCommasAndLineBreaksAreQuotedWithQuotesDoubled() throws Exception {
    assertThat(write("Ana \"the Fox\" Lima", "Lima, Ana", "two\nlines", "cr\rhere"))
        .isEqualTo("\"Ana \"\"the Fox\"\" Lima\",\"Lima, Ana\",\"two\nlines\",\"cr\rhere\"\r\n");
  }

  @Test
  void cellsThatASpreadsheetWouldRunAreMadeText() {
    for (String formula : List.of("=SUM(A1:A9)", "+1", "-1", "@handle", "\tx", "\rx")) {
      assertThat(CsvWriter.cell(formula))
          .as(formula)
          .satisfies(c -> assertThat(c.replace("\"", "")).startsWith("'"));
    }
    assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
  }
}
