package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.article.Article;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchHit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.search.SortOrder;
import org.articlesearch.testing.SeedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental run over a changed corpus gives exactly the index a full run gives. */
class IncrementalIndexIT {
  @TempDir static Path tmp;
  static ArticlePipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = ArticlePipeline.withDefaults();
  }

  @AfterAll
  static void close() {
    pipeline.close();
  }

  private static IngestSummary run(
      Path corpus, Path index, boolean incremental, Map<String, String> settings) throws Exception {
    try (LuceneArticleIndexWriter writer =
        incremental
            ? LuceneArticleIndexWriter.update(index)
            : LuceneArticleIndexWriter.rebuild(index)) {
      return new CorpusIndexer(pipeline, 2)
          .index(corpus, writer, incremental, settings, outcome -> {});
    }
  }

  /** Everything a user can see: every article as stored, and the browse facets. */
  private static String snapshot(Path index) throws Exception {
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      SearchResult all =
          searcher.search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 100));
      List<String> articles = new ArrayList<>();
      for (SearchHit hit : all.hits()) {
        Article a = searcher.document(hit.id()).orElseThrow();
        articles.add(a.toString());
      }
      articles.sort(null);
      return all.total() + "\n" + all.facets() + "\n" + String.join("\n", articles);
    }
  }

  @Test
  void incrementalEqualsFullAfterAddingChangingAndDeletingFiles() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus")));
    Path incremental = tmp.resolve("incremental");
    Map<String, String> settings = Map.of("aliases", "none", "program", "test");
    assertThat(run(corpus, incremental, true, settings).count(FileOutcome.Status.INDEXED))
        .isEqualTo(5);

    IngestSummary nothingChanged = run(corpus, incremental, true, settings);
    assertThat(nothingChanged.count(FileOutcome.Status.UNCHANGED)).isEqualTo(5);
    assertThat(nothingChanged.count(FileOutcome.Status.INDEXED)).isZero();

    SeedCorpus.addChangeAndDelete(corpus);

    IngestSummary update = run(corpus, incremental, true, settings);
    assertThat(update.count(FileOutcome.Status.INDEXED)).isEqualTo(2);
    assertThat(update.count(FileOutcome.Status.UNCHANGED)).isEqualTo(2);
    assertThat(update.count(FileOutcome.Status.REMOVED)).isEqualTo(2);
    assertThat(update.count(FileOutcome.Status.SKIPPED)).isEqualTo(1);

    Path full = tmp.resolve("full");
    run(corpus, full, false, settings);
    assertThat(snapshot(incremental)).isEqualTo(snapshot(full));
  }

  @Test
  void changedSettingsProcessEveryFileAgain() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus2")));
    Path index = tmp.resolve("index2");
    run(corpus, index, true, Map.of("aliases", "a"));
    IngestSummary again = run(corpus, index, true, Map.of("aliases", "b"));
    assertThat(again.count(FileOutcome.Status.INDEXED)).isEqualTo(5);
    assertThat(run(corpus, index, true, Map.of("aliases", "b")).count(FileOutcome.Status.UNCHANGED))
        .isEqualTo(5);
  }

  @Test
  void aFileIsReadAgainWhenItsSizeOrModificationTimeChangesAndOnlyThen() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus3")));
    Path index = tmp.resolve("index3");
    Map<String, String> settings = Map.of("aliases", "none", "program", "test");
    run(corpus, index, true, settings);
    // Nothing changed: the last commit stands, and no new one is written.
    long generation = commitGeneration(index);
    assertThat(run(corpus, index, true, settings).count(FileOutcome.Status.UNCHANGED)).isEqualTo(5);
    assertThat(commitGeneration(index)).isEqualTo(generation);
    Path edited = corpus.resolve("002_83e1abe56069c214.txt");
    FileTime written = Files.getLastModifiedTime(edited);
    String text = Files.readString(edited);

    // Same size and time: taken as unchanged without being read, the accepted risk.
    Files.writeString(edited, text.replace("Moscow", "Mascow"));
    Files.setLastModifiedTime(edited, written);
    IngestSummary sameStamp = run(corpus, index, true, settings);
    assertThat(sameStamp.count(FileOutcome.Status.UNCHANGED)).isEqualTo(5);
    assertThat(body(index, "002_83e1abe56069c214.txt")).doesNotContain("Mascow");

    // A new modification time, the size still the same: read, hashed and indexed again.
    Files.setLastModifiedTime(edited, FileTime.from(written.toInstant().plusSeconds(10)));
    IngestSummary newTime = run(corpus, index, true, settings);
    assertThat(newTime.count(FileOutcome.Status.INDEXED)).isEqualTo(1);
    assertThat(newTime.count(FileOutcome.Status.UNCHANGED)).isEqualTo(4);
    assertThat(body(index, "002_83e1abe56069c214.txt")).contains("Mascow");

    // Touched with its bytes unchanged: not indexed again, and its new time is recorded, so an
    // edit that keeps that time and size goes unseen, which it would not if the file were hashed.
    Path touched = corpus.resolve("001_ad67e7da5f91e0ce.txt");
    FileTime later = FileTime.from(Files.getLastModifiedTime(touched).toInstant().plusSeconds(10));
    Files.setLastModifiedTime(touched, later);
    assertThat(run(corpus, index, true, settings).count(FileOutcome.Status.UNCHANGED)).isEqualTo(5);
    String original = Files.readString(touched);
    Files.writeString(touched, original.replace("Putin", "Patin"));
    Files.setLastModifiedTime(touched, later);
    assertThat(run(corpus, index, true, settings).count(FileOutcome.Status.UNCHANGED)).isEqualTo(5);

    // A new sidecar changes what the article is made from.
    Files.writeString(
        corpus.resolve("000_80c37cb1f64fecc7.meta.json"), "{\"title\": \"Corrected\"}");
    IngestSummary sidecar = run(corpus, index, true, settings);
    assertThat(sidecar.count(FileOutcome.Status.INDEXED)).isEqualTo(1);
    assertThat(sidecar.count(FileOutcome.Status.UNCHANGED)).isEqualTo(4);
  }

  private static long commitGeneration(Path index) throws Exception {
    try (FSDirectory directory = FSDirectory.open(index)) {
      return SegmentInfos.getLastCommitGeneration(directory);
    }
  }

  private static String body(Path index, String path) throws Exception {
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      return searcher.document(ArticlePipeline.idFor(path)).orElseThrow().body();
    }
  }
}
