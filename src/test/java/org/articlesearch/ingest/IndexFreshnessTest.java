package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFreshnessTest {
  private static final FileTime BEFORE = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));
  private static final FileTime COMMIT = FileTime.from(Instant.parse("2024-02-01T00:00:00Z"));
  private static final FileTime AFTER = FileTime.from(Instant.parse("2024-03-01T00:00:00Z"));

  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeEach
  void corpusOlderThanItsIndex() throws Exception {
    corpus = Files.createDirectory(tmp.resolve("corpus"));
    index = Files.createDirectory(tmp.resolve("index"));
    Files.setLastModifiedTime(Files.writeString(corpus.resolve("a.txt"), "text"), BEFORE);
    Files.setLastModifiedTime(Files.writeString(index.resolve("segments_1"), ""), COMMIT);
    Files.setLastModifiedTime(corpus, BEFORE);
  }

  @Test
  void anIndexNewerThanEveryFileIsFresh() throws Exception {
    assertThat(IndexFreshness.isStale(corpus, index)).isFalse();
  }

  @Test
  void aMissingIndexIsStale() throws Exception {
    assertThat(IndexFreshness.isStale(corpus, tmp.resolve("none"))).isTrue();
  }

  @Test
  void aChangedArticleMakesItStale() throws Exception {
    Files.setLastModifiedTime(corpus.resolve("a.txt"), AFTER);

    assertThat(IndexFreshness.isStale(corpus, index)).isTrue();
  }

  @Test
  void aChangedSidecarMakesItStale() throws Exception {
    Path sidecar = Files.writeString(corpus.resolve("a.txt.meta.json"), "{\"title\": \"T\"}");
    Files.setLastModifiedTime(corpus, BEFORE);
    Files.setLastModifiedTime(sidecar, AFTER);

    assertThat(IndexFreshness.isStale(corpus, index)).isTrue();
  }

  @Test
  void aFileAddedToASubfolderMakesItStale() throws Exception {
    Path sub = Files.createDirectory(corpus.resolve("2024"));
    Files.setLastModifiedTime(Files.writeString(sub.resolve("b.txt"), "text"), BEFORE);
    Files.setLastModifiedTime(corpus, BEFORE);
    Files.setLastModifiedTime(sub, AFTER);

    assertThat(IndexFreshness.isStale(corpus, index)).isTrue();
  }
}
