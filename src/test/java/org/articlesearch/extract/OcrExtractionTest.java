package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.articlesearch.extract.ExtractionException.Reason;
import org.articlesearch.extract.TikaTextExtractor.Limits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans made by the tests read through Tika's OCR parser and the page-by-page PDF reader. */
class OcrExtractionTest {
  @TempDir Path dir;

  @BeforeAll
  static void tesseractIsInstalled() {
    ScanFixtures.requireTesseract();
  }

  private static ExtractedText extract(Path file, OcrSettings settings) throws Exception {
    try (TikaTextExtractor extractor = new TikaTextExtractor(Limits.DEFAULT, settings)) {
      return extractor.extract(file);
    }
  }

  @Test
  void readsTheTextOfAnImage() throws Exception {
    Path scan =
        ScanFixtures.png(
            dir.resolve("clipping.png"),
            "Harbour strike ends after nine days",
            "By Jane Marlow",
            "Dockworkers in Port Ellery voted on Tuesday to return to work.");

    ExtractedText text = extract(scan, OcrSettings.DEFAULT);

    assertThat(text.text()).contains("Harbour strike ends", "Jane Marlow", "Port Ellery");
    assertThat(text.first(TikaTextExtractor.OCR_PAGES)).isEqualTo("1");
  }

  @Test
  void readsOnlyThePagesOfAPdfThatHaveNoTextLayer() throws Exception {
    Path pdf =
        ScanFixtures.pdf(
            dir.resolve("mixed.pdf"),
            new String[] {"text:The council published its budget for the harbour on Monday."},
            new String[] {"The second page was scanned from the printed edition.", "Page two"});

    ExtractedText text = extract(pdf, OcrSettings.DEFAULT);

    assertThat(text.text())
        .contains("published its budget for the harbour")
        .contains("scanned from the printed edition");
    assertThat(text.text().indexOf("budget")).isLessThan(text.text().indexOf("scanned"));
    assertThat(text.first(TikaTextExtractor.OCR_PAGES)).isEqualTo("1");
    assertThat(text.all(TikaTextExtractor.OCR_PROBLEMS)).isEmpty();
  }

  @Test
  void forcedOcrReadsEveryPage() throws Exception {
    Path pdf =
        ScanFixtures.pdf(
            dir.resolve("layer.pdf"),
            new String[] {"text:A page with a text layer about the harbour budget."},
            new String[] {"A scanned page about the pilots guild."});

    ExtractedText text = extract(pdf, OcrSettings.DEFAULT.withMode(OcrSettings.Mode.FORCE));

    assertThat(text.first(TikaTextExtractor.OCR_PAGES)).isEqualTo("2");
    assertThat(text.text()).contains("harbour budget", "pilots guild");
  }

  @Test
  void pagesAfterTheDocumentTimeLimitAreReportedAndTheTextLayerKept() throws Exception {
    Path pdf =
        ScanFixtures.pdf(
            dir.resolve("slow.pdf"),
            new String[] {"text:The text layer of the first page names the harbour."},
            new String[] {"A scan that the time limit leaves unread."},
            new String[] {"Another scan left unread."});
    OcrSettings noTime =
        new OcrSettings(OcrSettings.Mode.AUTO, "eng", Duration.ofSeconds(30), Duration.ofNanos(1));

    ExtractedText text = extract(pdf, noTime);

    assertThat(text.text()).contains("names the harbour").doesNotContain("unread");
    assertThat(text.all(TikaTextExtractor.OCR_PROBLEMS))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("pages 2–3 not read")
        .contains("time limit");
  }

  @Test
  void withOcrOffAScanIsSkippedSayingHowToReadIt() {
    OcrSettings off = OcrSettings.DEFAULT.withMode(OcrSettings.Mode.OFF);

    assertThatThrownBy(
            () -> extract(ScanFixtures.png(dir.resolve("scan.png"), "A scanned clipping."), off))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY))
        .hasMessageContaining("OCR is off");
    assertThatThrownBy(
            () ->
                extract(
                    ScanFixtures.pdf(dir.resolve("scan.pdf"), new String[] {"A scanned clipping."}),
                    off))
        .hasMessageContaining("OCR is off");
  }

  @Test
  void settingsRefuseLanguagesThatAreNotTesseractCodes() {
    assertThatThrownBy(
            () ->
                new OcrSettings(
                    OcrSettings.Mode.AUTO,
                    "eng; rm -rf",
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
