package org.articlesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.articlesearch.ingest.FileOutcome;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  @Test
  void plainLinesCarryCountRateAndTimeLeftAndNeverFloodTheOutput() {
    StringWriter text = new StringWriter();
    ProgressReporter.Lines lines =
        new ProgressReporter.Lines(new PrintWriter(text, true), Duration.ZERO);
    lines.started(4);
    lines.finished(new FileOutcome("a.txt", FileOutcome.Status.INDEXED, null));
    assertThat(text.toString()).matches("  1/4 files, \\d+ files/s, about \\d+ s left\\n");

    StringWriter quiet = new StringWriter();
    ProgressReporter.Lines slow =
        new ProgressReporter.Lines(new PrintWriter(quiet, true), Duration.ofHours(1));
    slow.started(1000);
    for (int i = 0; i < 1000; i++) {
      slow.finished(new FileOutcome(i + ".txt", FileOutcome.Status.INDEXED, null));
    }
    assertThat(quiet.toString()).isEmpty();
  }

  @Test
  void pagesReadByOcrShowWithTheirRateOnceThereAreAny() {
    StringWriter text = new StringWriter();
    ProgressReporter.Lines lines =
        new ProgressReporter.Lines(new PrintWriter(text, true), Duration.ZERO);
    lines.started(3);
    lines.finished(new FileOutcome("a.txt", FileOutcome.Status.INDEXED, null));
    lines.readByOcr(1);
    lines.readByOcr(11);
    lines.finished(new FileOutcome("scan.pdf", FileOutcome.Status.INDEXED, null));

    assertThat(text.toString().lines()).element(0).asString().doesNotContain("OCR");
    assertThat(text.toString().lines())
        .element(1)
        .asString()
        .matches(
            "  2/3 files, \\d+ files/s, about \\d+ s left, 12 pages by OCR \\(\\d+\\.\\d/s\\)");
  }

  @Test
  void capturedOutputNeverGetsTheLiveBar() {
    StringWriter text = new StringWriter();
    assertThat(ProgressReporter.forOutput(new PrintWriter(text), false))
        .isInstanceOf(ProgressReporter.Lines.class);
  }
}
