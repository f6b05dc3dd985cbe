package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.articlesearch.extract.ExtractionException;
import org.articlesearch.extract.FormatFixtures;
import org.articlesearch.extract.TikaTextExtractor;
import org.articlesearch.ingest.FileOutcome;
import org.articlesearch.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gets one clear line; everything else in the corpus is indexed. */
class BadFilesIT {
  @TempDir Path tmp;

  @Test
  void badFilesAreSkippedWithTheirReasonAndTheRestIsIndexed() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    FormatFixtures.write(FormatFixtures.Format.TXT_CP1252, corpus);
    FormatFixtures.write(FormatFixtures.Format.TXT_UTF16_BOM, corpus);
    FormatFixtures.write(FormatFixtures.Format.PDF, corpus);
    Files.move(FormatFixtures.writeEmptyFile(tmp), corpus.resolve("empty.txt"));
    Files.move(FormatFixtures.writeBinaryGarbageTxt(tmp), corpus.resolve("garbage.txt"));
    Files.move(FormatFixtures.writeTruncatedPdf(tmp), corpus.resolve("truncated.pdf"));
    Files.move(FormatFixtures.writeTruncatedDocx(tmp), corpus.resolve("truncated.docx"));
    Files.move(FormatFixtures.writePasswordProtectedPdf(tmp), corpus.resolve("locked.pdf"));
    try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L << 20); // sparse: 200 MB on paper, nothing on disk
    }
    writeZipBomb(corpus.resolve("bomb.zip"));
    Files.createSymbolicLink(corpus.resolve("dangling.txt"), tmp.resolve("nowhere.txt"));
    Path loop = Files.createDirectories(corpus.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("again"), loop);

    IngestSummary summary = Corpora.build(corpus, tmp.resolve("index"));

    Map<String, String> outcomes =
        summary.outcomes().stream()
            .collect(
                Collectors.toMap(
                    FileOutcome::path,
                    o ->
                        o.status().name().toLowerCase()
                            + (o.reason() == null ? "" : ": " + o.reason())));
    assertThat(outcomes)
        .containsEntry("empty.txt", "skipped: no text: empty file")
        .containsEntry("garbage.txt", "skipped: unsupported format: binary data, not text")
        .containsEntry(
            "huge.txt", "skipped: too large: 209715200 bytes, over the limit of 104857600")
        .containsEntry("dangling.txt", "skipped: unreadable: broken symbolic link")
        .containsEntry("loop/again", "skipped: symbolic link loop");
    assertThat(outcomes.get("truncated.pdf")).startsWith("skipped: corrupt or unparseable");
    assertThat(outcomes.get("truncated.docx")).startsWith("skipped: corrupt or unparseable");
    assertThat(outcomes.get("locked.pdf")).isEqualTo("skipped: encrypted: password-protected");
    assertThat(outcomes.get("bomb.zip")).startsWith("skipped: zip bomb: unpacks to more than");
    assertThat(summary.count(FileOutcome.Status.INDEXED)).isEqualTo(3);
    assertThat(summary.count(FileOutcome.Status.FAILED)).isZero();
  }

  @Test
  void aParseThatRunsPastItsTimeIsAbandonedAndTheNextFileIsRead() throws Exception {
    // Slow to parse, small to hold: a hundred thousand tiny entries, each detected and parsed.
    Path slow = tmp.resolve("slow.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slow))) {
      for (int i = 0; i < 100_000; i++) {
        out.putNextEntry(new ZipEntry("note-" + i + ".txt"));
        out.write(("note " + i + "\n").getBytes(StandardCharsets.US_ASCII));
        out.closeEntry();
      }
    }
    Path quick = Files.writeString(tmp.resolve("quick.txt"), "A short note about the ferry.");
    try (TikaTextExtractor extractor =
        new TikaTextExtractor(
            new TikaTextExtractor.Limits(1L << 30, 5_000_000, Duration.ofSeconds(1)))) {
      assertThat(extractor.extract(quick).text()).contains("ferry"); // warm: parsers loaded
      long start = System.nanoTime();
      assertThatThrownBy(() -> extractor.extract(slow))
          .isInstanceOfSatisfying(
              ExtractionException.class,
              e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.TIMEOUT));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      // The abandoned parse does not hold up the next file.
      assertThat(extractor.extract(quick).text()).contains("ferry");
    }
  }

  /** About 1 GB of text in a zip of about 1 MB. */
  private static void writeZipBomb(Path zip) throws IOException {
    byte[] block = "a ".repeat(512 * 1024).getBytes(StandardCharsets.US_ASCII);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("bomb.txt"));
      for (int i = 0; i < 1024; i++) {
        out.write(block);
      }
      out.closeEntry();
    }
  }
}
