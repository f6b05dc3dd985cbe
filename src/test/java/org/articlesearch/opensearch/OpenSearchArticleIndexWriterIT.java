package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlesearch.article.Article;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.FileOutcome;
import org.articlesearch.ingest.IngestSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The writer's contract on a real cluster: what searchers see, and when. */
class OpenSearchArticleIndexWriterIT {
  static OpenSearchCluster cluster;
  @TempDir Path tmp;
  @RegisterExtension final TestIndices indices = new TestIndices("w-writer");
  private final List<Runnable> cleanups = new ArrayList<>();

  @BeforeAll
  static void connect() {
    cluster = OpenSearchCluster.get();
  }

  @AfterEach
  void removeTemplates() {
    cleanups.forEach(Runnable::run);
  }

  static Article article(int n, String body) {
    return new Article(
        "id-" + n,
        "file-" + n + ".txt",
        "Title " + n,
        List.of("Author " + n % 7),
        PublicationDate.parseIso("20" + (10 + n % 10) + "-0" + (1 + n % 9) + "-1" + n % 10),
        "Publisher " + n % 3,
        body,
        List.of(),
        "text/plain",
        "hash-" + n,
        Map.of("title", "test"),
        "en",
        null);
  }

  private static void build(OpenSearchConfig config, boolean full, int from, int to)
      throws IOException {
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, full)) {
      for (int n = from; n < to; n++) {
        writer.add(article(n, "Body of article " + n + "."));
      }
      writer.commit();
    }
  }

  @Test
  void anIncrementalBuildShowsNothingBeforeCommitButFindsItsOwnWrites() throws IOException {
    OpenSearchConfig config = indices.config();
    build(config, true, 0, 3);
    assertThat(IndexedArticles.count(config)).isEqualTo(3);
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      writer.add(article(3, "Added in this build."));
      writer.delete("id-0");
      writer.add(article(1, "Replaced in this build."));
      assertThat(writer.find("id-3").orElseThrow().article().body())
          .isEqualTo("Added in this build.");
      assertThat(writer.find("id-1").orElseThrow().article().body())
          .isEqualTo("Replaced in this build.");
      assertThat(writer.find("id-0")).isEmpty();
      // Searchers still see the last commit, and so does the writer's own scan of it.
      assertThat(IndexedArticles.ids(config)).containsExactly("id-0", "id-1", "id-2");
      assertThat(writer.committed().keySet()).containsExactlyInAnyOrder("id-0", "id-1", "id-2");
      writer.commit();
    }
    assertThat(IndexedArticles.ids(config)).containsExactly("id-1", "id-2", "id-3");
    assertThat(IndexedArticles.snapshot(config)).contains("Replaced in this build.");
  }

  @Test
  void committedReadsEveryArticlesPathAndHashAcrossPages() throws IOException {
    OpenSearchConfig config = indices.config();
    build(config, true, 0, 2345);
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      Map<String, org.articlesearch.index.ArticleIndexWriter.Committed> committed =
          writer.committed();
      assertThat(committed).hasSize(2345);
      assertThat(committed.get("id-2001"))
          .isEqualTo(
              new org.articlesearch.index.ArticleIndexWriter.Committed(
                  "file-2001.txt", "hash-2001", ""));
      AtomicInteger visited = new AtomicInteger();
      writer.forEachRecognized((id, recognized) -> visited.incrementAndGet());
      assertThat(visited).hasValue(2345);
      writer.restamp("id-2001", "41:1700000000000");
      writer.commit();
    }
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      // A touched file with the same bytes: only its stamp changes, the article stays.
      assertThat(writer.committed().get("id-2001"))
          .isEqualTo(
              new org.articlesearch.index.ArticleIndexWriter.Committed(
                  "file-2001.txt", "hash-2001", "41:1700000000000"));
      assertThat(writer.find("id-2001").orElseThrow().fileStamp()).isEqualTo("41:1700000000000");
    }
  }

  @Test
  void aFullRebuildKeepsTheAliasAnsweringWithTheOldArticlesUntilItCommits() throws Exception {
    OpenSearchConfig config = indices.config();
    build(config, true, 0, 200);
    String before = IndexedArticles.concreteIndices(config).getFirst();
    Set<Long> counts = ConcurrentHashMap.newKeySet();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger queries = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    Thread searcher =
        new Thread(
            () -> {
              while (!stop.get()) {
                try {
                  counts.add(IndexedArticles.count(config));
                } catch (IOException e) {
                  failures.incrementAndGet();
                }
                queries.incrementAndGet();
              }
            });
    searcher.start();
    try (OpenSearchArticleIndexWriter writer =
        OpenSearchArticleIndexWriter.open(
            config, true, new BulkIndexer.Limits(1 << 20, 50, 2), BulkRetryPolicy.DEFAULT)) {
      for (int n = 0; n < 500; n++) {
        writer.add(article(n, "Rebuilt article " + n + "."));
      }
      writer.find("id-1"); // every bulk request answered
      int seenDuringBuild = queries.get();
      while (queries.get() < seenDuringBuild + 5) {
        Thread.sleep(10);
      }
      assertThat(counts).containsExactly(200L);
      writer.commit();
    }
    int afterCommit = queries.get();
    while (queries.get() < afterCommit + 5) {
      Thread.sleep(10);
    }
    stop.set(true);
    searcher.join();
    assertThat(failures).hasValue(0);
    assertThat(counts).containsExactlyInAnyOrder(200L, 500L);
    assertThat(IndexedArticles.concreteIndices(config)).hasSize(1).doesNotContain(before);
  }

  @Test
  void aRebuildClosedWithoutCommitLeavesTheIndexAsItWas() throws IOException {
    OpenSearchConfig config = indices.config();
    build(config, true, 0, 3);
    List<String> indices = IndexedArticles.concreteIndices(config);
    String snapshot = IndexedArticles.snapshot(config);
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, true)) {
      writer.add(article(7, "Never committed."));
      writer.find("id-7");
    }
    assertThat(IndexedArticles.concreteIndices(config)).isEqualTo(indices);
    assertThat(IndexedArticles.snapshot(config)).isEqualTo(snapshot);
  }

  @Test
  void theNextRebuildDeletesTheIndexOfABuildKilledBeforeItsCommit() throws IOException {
    OpenSearchConfig config = indices.config();
    build(config, true, 0, 3);
    String current = IndexedArticles.concreteIndices(config).getFirst();
    try (ClusterConnection connection = ClusterConnection.open(config)) {
      // What a build makes first; a process killed after that never deletes it.
      String abandoned = new IndexGenerations(connection, config).create();
      assertThat(IndexedArticles.concreteIndices(config)).containsExactly(current, abandoned);
    }
    build(config, true, 0, 4);
    assertThat(IndexedArticles.concreteIndices(config)).hasSize(1).doesNotContain(current);
    assertThat(IndexedArticles.count(config)).isEqualTo(4);
  }

  @Test
  void anIncrementalBuildThatNeverCommittedMakesTheNextRunRebuild() throws IOException {
    OpenSearchConfig config = indices.config();
    build(config, true, 0, 3);
    String current = IndexedArticles.concreteIndices(config).getFirst();
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      writer.recordSettings(Map.of("k", "v"));
      writer.commit();
    }
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      assertThat(writer.targetIndex()).isEqualTo(current);
      assertThat(writer.committedSettings()).isEqualTo(Map.of("k", "v"));
      writer.add(article(9, "Written, never committed."));
      writer.find("id-9");
    }
    assertThat(IndexedArticles.ids(config)).containsExactly("id-0", "id-1", "id-2");
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      assertThat(writer.targetIndex()).isNotEqualTo(current);
      assertThat(writer.committedSettings()).isEmpty();
      assertThat(writer.committed().keySet()).containsExactlyInAnyOrder("id-0", "id-1", "id-2");
    }
  }

  @Test
  void anIndexOfTheSameNameMadeByAnotherToolIsLeftAlone() throws IOException {
    OpenSearchConfig config = indices.config();
    cluster.createIndex(config.index(), 1, 0);
    cleanups.add(() -> cluster.deleteIndex(config.index()));
    assertThatThrownBy(() -> OpenSearchArticleIndexWriter.open(config, true))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "the OpenSearch index "
                + config.index()
                + " was not made by article-search (its mapping's _meta has no article_search"
                + " entry), so it is left alone; delete it or choose another --opensearch-index");
    assertThat(IndexedArticles.concreteIndices(config)).containsExactly(config.index());
  }

  @Test
  void aRebuildReplacesAnIndexOfOursUnderTheAliasNameWithAnAlias() throws IOException {
    OpenSearchConfig config = indices.config();
    // As a snapshot restored under the alias's name would be: the mapping and its _meta.
    JsonObject body =
        JsonParser.parseString(OpenSearchMapping.createIndexJson(config)).getAsJsonObject();
    body.getAsJsonObject("mappings")
        .add(
            "_meta",
            JsonParser.parseString(
                "{\"article_search\": {\"schema\": \""
                    + OpenSearchMapping.fingerprint()
                    + "\", \"settings\": {}}}"));
    put("/" + config.index(), body.toString());
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      // Ours and current: an incremental run writes to it in place.
      assertThat(writer.targetIndex()).isEqualTo(config.index());
    }
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, true)) {
      writer.add(article(1, "First."));
      writer.commit();
    }
    assertThat(IndexedArticles.concreteIndices(config))
        .hasSize(1)
        .first()
        .asString()
        .startsWith(config.index() + "-");
    assertThat(IndexedArticles.ids(config)).containsExactly("id-1");
  }

  @Test
  void aDocumentTheClusterRefusesIsItsFilesFailureAndLeavesNoOldVersion() throws Exception {
    OpenSearchConfig config = indices.config();
    // A real refusal: an ingest pipeline, put on the build's indices by a template, fails
    // documents that carry a marker.
    String pipeline = config.index() + "-refuse";
    String template = config.index() + "-template";
    put(
        "/_ingest/pipeline/" + pipeline,
        "{\"processors\": [{\"fail\": {\"if\": \"ctx.body != null &&"
            + " ctx.body.contains('REFUSE-ME')\", \"message\": \"marked for refusal\"}}]}");
    cleanups.add(() -> delete("/_ingest/pipeline/" + pipeline));
    put(
        "/_index_template/" + template,
        "{\"index_patterns\": [\""
            + config.index()
            + "-*\"], \"template\": {\"settings\": {\"index.default_pipeline\": \""
            + pipeline
            + "\"}}}");
    cleanups.add(0, () -> delete("/_index_template/" + template));

    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    for (String name : List.of("a", "b", "c")) {
      Files.writeString(
          corpus.resolve(name + ".txt"), "Story " + name + "\n\nText of " + name + ".\n");
    }
    try (ArticlePipeline articles = ArticlePipeline.withoutRecognition()) {
      assertThat(index(articles, corpus, config).count(FileOutcome.Status.INDEXED)).isEqualTo(3);
      Files.writeString(corpus.resolve("b.txt"), "Story b\n\nNow REFUSE-ME here.\n");
      IngestSummary refused = index(articles, corpus, config);
      assertThat(refused.notIndexed())
          .containsExactly(
              new FileOutcome(
                  "b.txt",
                  FileOutcome.Status.FAILED,
                  "index refused it: fail_processor_exception: marked for refusal"));
      assertThat(refused.count(FileOutcome.Status.UNCHANGED)).isEqualTo(2);
    }
    // As after a full run, the file that failed has no article, not its previous one.
    assertThat(IndexedArticles.ids(config))
        .containsExactlyElementsOf(
            new TreeSet<>(List.of(ArticlePipeline.idFor("a.txt"), ArticlePipeline.idFor("c.txt"))));
  }

  private static IngestSummary index(ArticlePipeline articles, Path corpus, OpenSearchConfig config)
      throws Exception {
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, false)) {
      return new CorpusIndexer(articles, 2).index(corpus, writer, true, Map.of(), o -> {});
    }
  }

  @Test
  void anUnreachableClusterIsOneClearMessage() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    OpenSearchConfig config =
        new OpenSearchConfig(
            OpenSearchConfig.parseHosts("http://127.0.0.1:" + port), "w-unreachable", 1, 0);
    assertThatThrownBy(() -> OpenSearchArticleIndexWriter.open(config, false))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "cannot reach OpenSearch at http://127.0.0.1:"
                + port
                + ": Connect to http://127.0.0.1:"
                + port
                + " [/127.0.0.1] failed: Connection refused");
  }

  private void put(String path, String json) throws IOException {
    try (ClusterConnection connection = ClusterConnection.open(cluster.config("x", 1, 0))) {
      connection.expect("PUT", path, Map.of(), JsonParser.parseString(json), "PUT " + path);
    }
  }

  private void delete(String path) {
    try (ClusterConnection connection = ClusterConnection.open(cluster.config("x", 1, 0))) {
      connection.send("DELETE", path, Map.of(), null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
