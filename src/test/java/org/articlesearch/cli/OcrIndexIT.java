package org.articlesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.articlesearch.cli.ArticleSearchCommandIT.Run;
import org.articlesearch.extract.ScanFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus of scans indexed and searched from the command line, with OCR on and off. */
class OcrIndexIT {
  @TempDir Path tmp;

  @BeforeAll
  static void tesseractIsInstalled() {
    ScanFixtures.requireTesseract();
  }

  private Path corpus() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    ScanFixtures.png(
        corpus.resolve("clipping.png"),
        "Ferry fares rise on the northern routes",
        "By Ines Harrow",
        "The island council approved the new ferry timetable on Monday.");
    ScanFixtures.pdf(
        corpus.resolve("bulletin.pdf"),
        new String[] {"text:The lighthouse keepers bulletin, spring issue."},
        new String[] {"The lighthouse on Gull Point was restored by volunteers."});
    Files.writeString(corpus.resolve("note.txt"), "A plain note about the harbour.\n");
    return corpus;
  }

  @Test
  void scansAreIndexedAndFoundByTheWordsOcrRead() throws Exception {
    Path corpus = corpus();
    Path index = tmp.resolve("index");

    Run indexed =
        ArticleSearchCommandIT.run(
            "index", "--no-entities", "--corpus", corpus.toString(), "--index", index.toString());
    Run ferry = ArticleSearchCommandIT.run("search", "--index", index.toString(), "timetable");
    Run lighthouse =
        ArticleSearchCommandIT.run("search", "--index", index.toString(), "volunteers");

    assertThat(indexed.status()).as(indexed.out() + indexed.err()).isZero();
    assertThat(indexed.out()).contains("indexed: 3", "skipped: 0");
    assertThat(ferry.out()).contains("1 results", "1. Ferry fares rise on the northern routes");
    assertThat(lighthouse.out()).contains("1 results", "Gull Point");
  }

  @Test
  void withOcrOffScansAreSkippedSayingWhyAndTurningItOnReadsThem() throws Exception {
    Path corpus = corpus();
    Path index = tmp.resolve("index");

    Run off =
        ArticleSearchCommandIT.run(
            "index",
            "--no-entities",
            "--ocr",
            "off",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    Run on =
        ArticleSearchCommandIT.run(
            "index", "--no-entities", "--corpus", corpus.toString(), "--index", index.toString());

    assertThat(off.out())
        .contains("indexed: 2", "skipped: 1")
        .contains("clipping.png: no text: image/png without a text layer, and OCR is off");
    assertThat(on.out()).contains("indexed: 3");
  }
}
