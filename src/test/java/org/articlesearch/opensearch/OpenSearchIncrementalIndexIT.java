package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.FileOutcome;
import org.articlesearch.ingest.IngestSummary;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.testing.SeedCorpus;
import org.articlesearch.testing.SyndicatedCopies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On OpenSearch, an incremental run over a changed corpus gives the articles a full run gives, the
 * same as the local index holds; re-runs change nothing.
 */
class OpenSearchIncrementalIndexIT {
  private static final Map<String, String> SETTINGS = Map.of("aliases", "none", "program", "test");

  @TempDir static Path tmp;
  static ArticlePipeline pipeline;
  @RegisterExtension final TestIndices indices = new TestIndices("w-incremental");

  @BeforeAll
  static void load() {
    OpenSearchCluster.get();
    pipeline = ArticlePipeline.withDefaults();
  }

  @AfterAll
  static void close() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  private static IngestSummary run(Path corpus, OpenSearchConfig config, boolean incremental)
      throws Exception {
    try (OpenSearchArticleIndexWriter writer =
        OpenSearchArticleIndexWriter.open(config, !incremental)) {
      return new CorpusIndexer(pipeline, 2)
          .index(corpus, writer, incremental, SETTINGS, outcome -> {});
    }
  }

  /** The local index's articles in the snapshot's form. */
  private static String luceneSnapshot(Path corpus) throws Exception {
    Path index = tmp.resolve("lucene-" + System.nanoTime());
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      new CorpusIndexer(pipeline, 2).index(corpus, writer, false, SETTINGS, outcome -> {});
    }
    List<String> lines = new ArrayList<>();
    try (LuceneArticleIndexWriter reader = LuceneArticleIndexWriter.update(index);
        LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      for (String id : reader.committed().keySet()) {
        Article article = searcher.document(id).orElseThrow();
        lines.add(article + " recognized=" + reader.find(id).orElseThrow().recognized());
      }
    }
    lines.sort(null);
    return lines.size() + "\n" + String.join("\n", lines);
  }

  @Test
  void incrementalEqualsFullAndTheLocalIndexAfterAddingChangingAndDeletingFiles() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus")));
    OpenSearchConfig incremental = indices.config();
    assertThat(run(corpus, incremental, true).count(FileOutcome.Status.INDEXED)).isEqualTo(5);

    IngestSummary nothingChanged = run(corpus, incremental, true);
    assertThat(nothingChanged.count(FileOutcome.Status.UNCHANGED)).isEqualTo(5);
    assertThat(nothingChanged.count(FileOutcome.Status.INDEXED)).isZero();

    SeedCorpus.addChangeAndDelete(corpus);

    IngestSummary update = run(corpus, incremental, true);
    assertThat(update.count(FileOutcome.Status.INDEXED)).isEqualTo(2);
    assertThat(update.count(FileOutcome.Status.UNCHANGED)).isEqualTo(2);
    assertThat(update.count(FileOutcome.Status.REMOVED)).isEqualTo(2);
    assertThat(update.count(FileOutcome.Status.SKIPPED)).isEqualTo(1);

    OpenSearchConfig full = indices.config();
    run(corpus, full, false);
    String snapshot = IndexedArticles.snapshot(incremental);
    assertThat(snapshot).startsWith("4\n").isEqualTo(IndexedArticles.snapshot(full));
    assertThat(snapshot).isEqualTo(luceneSnapshot(corpus));
  }

  @Test
  void copyGroupsFollowIncrementalRunsAsOnTheLocalIndex() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("corpus-copies"));
    SyndicatedCopies.writeTo(corpus);
    OpenSearchConfig config = indices.config();
    run(corpus, config, true);
    // A copy printed earlier joins the group and names it; a removed one leaves it.
    SyndicatedCopies.writeEarlierCopy(corpus);
    run(corpus, config, true);
    SyndicatedCopies.removeWire(corpus);
    run(corpus, config, true);

    Path index = tmp.resolve("lucene-copies");
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      new CorpusIndexer(pipeline, 2).index(corpus, writer, false, SETTINGS, outcome -> {});
    }
    String exact = ArticlePipeline.idFor(SyndicatedCopies.EXACT + ".txt");
    try (OpenSearchArticleSearcher remote = OpenSearchArticleSearcher.open(config);
        LuceneArticleSearcher local = LuceneArticleSearcher.open(index)) {
      List<String> copies =
          remote.copies(exact).stream().map(h -> h.publisher() + " " + h.date()).toList();
      assertThat(copies)
          .containsExactly(
              "Evening Post 2024-03-04", "Hallam Gazette 2024-03-06", "Daily Mirror 2024-03-07");
      assertThat(remote.copies(exact)).isEqualTo(local.copies(exact));
    }
  }

  @Test
  void reRunsAreIdempotentIncrementalOrFull() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus-rerun")));
    OpenSearchConfig config = indices.config();
    run(corpus, config, false);
    List<String> ids = IndexedArticles.ids(config);
    String snapshot = IndexedArticles.snapshot(config);
    assertThat(ids).hasSize(5);

    assertThat(run(corpus, config, true).count(FileOutcome.Status.UNCHANGED)).isEqualTo(5);
    assertThat(IndexedArticles.snapshot(config)).isEqualTo(snapshot);
    assertThat(run(corpus, config, false).count(FileOutcome.Status.INDEXED)).isEqualTo(5);
    assertThat(IndexedArticles.ids(config)).isEqualTo(ids);
    assertThat(IndexedArticles.count(config)).isEqualTo(5);
    assertThat(IndexedArticles.snapshot(config)).isEqualTo(snapshot);
    // The rebuild's index replaced the first one: one index behind the alias, none left over.
    assertThat(IndexedArticles.concreteIndices(config)).hasSize(1);
  }

  @Test
  void changedSettingsProcessEveryFileAgain() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus-settings")));
    OpenSearchConfig config = indices.config();
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      new CorpusIndexer(pipeline, 2)
          .index(corpus, writer, true, Map.of("aliases", "a"), outcome -> {});
    }
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      assertThat(writer.committedSettings()).isEqualTo(Map.of("aliases", "a"));
      IngestSummary again =
          new CorpusIndexer(pipeline, 2)
              .index(corpus, writer, true, Map.of("aliases", "b"), outcome -> {});
      assertThat(again.count(FileOutcome.Status.INDEXED)).isEqualTo(5);
    }
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      assertThat(writer.committedSettings()).isEqualTo(Map.of("aliases", "b"));
    }
  }
}
