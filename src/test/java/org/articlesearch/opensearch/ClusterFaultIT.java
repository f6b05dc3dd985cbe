package org.articlesearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.FileOutcome;
import org.articlesearch.ingest.IndexProgress;
import org.articlesearch.ingest.IngestSummary;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.testing.SeedCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Losing a node of a 3-node cluster while the backend searches and indexes, with one replica of
 * every shard: no search may fail or come back short, and no article may be lost.
 */
class ClusterFaultIT {
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);

  /** The seed articles, each copied this many times under its own name: a few hundred files. */
  private static final int COPIES = 80;

  /** Ten articles a bulk request, so that the run sends dozens and the loss falls amid them. */
  private static final BulkIndexer.Limits SMALL_BULKS = new BulkIndexer.Limits(5 << 20, 10, 2);

  /** The node stopped: not the first URL, so requests also have to move off a node in the list. */
  private static final int VICTIM = 2;

  private static final List<String> QUERIES = List.of("", "taliban", "pakistan russia", "\"gas\"");

  private OpenSearchCluster cluster;

  /**
   * Where nodes are stopped and started while the test thread works; its own thread, because the
   * common pool may have a single thread on 2 cores, which the pipeline uses.
   */
  private final ExecutorService faults = Executors.newSingleThreadExecutor();

  private String index;
  @TempDir Path corpus;

  @BeforeEach
  void replicatedIndexOnThreeNodes() throws IOException {
    cluster = OpenSearchCluster.get();
    cluster.requireNodesUnderControl(3);
    index = OpenSearchCluster.uniqueIndex("fault");
    for (String name : SeedCorpus.names()) {
      for (int copy = 0; copy < COPIES; copy++) {
        Files.copy(SeedCorpus.DIR.resolve(name), corpus.resolve("copy" + copy + "-" + name));
      }
    }
  }

  @AfterEach
  void wholeClusterAgain() {
    faults.shutdownNow();
    if (cluster != null) {
      try {
        cluster.startNodesStopped();
      } finally {
        cluster.deleteIndex(index);
      }
    }
  }

  private OpenSearchConfig config() {
    return cluster.config(index, 3, 1);
  }

  /** What a build reported: each file's outcome, and how its bulk requests went. */
  private record Build(IngestSummary summary, BulkStats bulk, long committedNanos) {}

  private Build indexCorpus(IndexProgress progress) throws Exception {
    try (ArticlePipeline pipeline = ArticlePipeline.withoutRecognition();
        OpenSearchArticleIndexWriter writer =
            OpenSearchArticleIndexWriter.open(
                config(), true, SMALL_BULKS, BulkRetryPolicy.DEFAULT)) {
      // The build's new index green first: a replica still recovering could not take over a
      // lost primary, and the index would go red.
      cluster.waitForIndexHealth(index + "*", "green", cluster.hosts().size(), HEALTH_TIMEOUT);
      IngestSummary summary = new CorpusIndexer(pipeline, 2).index(corpus, writer, progress);
      return new Build(summary, writer.bulkStats(), System.nanoTime());
    }
  }

  @Test
  void searchesDuringTheLossOfANodeNeitherFailNorComeBackShort() throws Exception {
    IngestSummary indexed = indexCorpus(outcome -> {}).summary();
    int files = SeedCorpus.names().size() * COPIES;
    assertEquals(files, indexed.count(FileOutcome.Status.INDEXED), indexed::toString);
    try (ArticleSearcher searcher = OpenSearchArticleSearcher.open(config())) {
      Map<String, Long> expected = new LinkedHashMap<>();
      for (String query : QUERIES) {
        // Articles, not results: the copies of each seed article fold into one result.
        expected.put(query, searcher.search(SearchRequest.of(query)).articles());
      }
      assertEquals(files, expected.get(""), "an empty query browses every article");

      AtomicInteger searches = new AtomicInteger();
      AtomicInteger searchesWhileDown = new AtomicInteger();
      List<String> failures = new ArrayList<>();
      CountDownLatch stopped = new CountDownLatch(1);
      // The node goes away for five seconds and comes back: searches run through both changes.
      Future<?> lossAndReturn =
          faults.submit(
              () -> {
                cluster.stopNode(VICTIM);
                stopped.countDown();
                Thread.sleep(5_000);
                cluster.startNode(VICTIM);
                return null;
              });
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!lossAndReturn.isDone() && System.nanoTime() < deadline) {
        for (String query : QUERIES) {
          boolean down = stopped.getCount() == 0;
          try {
            SearchResult result = searcher.search(SearchRequest.of(query));
            // A search that silently missed the lost node's shards would come back short.
            if (result.articles() != expected.get(query)) {
              failures.add(
                  "'" + query + "' found " + result.articles() + " of " + expected.get(query));
            }
          } catch (Exception e) {
            failures.add("'" + query + "' failed: " + e);
          }
          searches.incrementAndGet();
          if (down) {
            searchesWhileDown.incrementAndGet();
          }
        }
      }
      lossAndReturn.get(1, TimeUnit.MINUTES);
      System.out.printf(
          "ClusterFaultIT: %d searches, %d of them after node %d was stopped, %d failed%n",
          searches.get(), searchesWhileDown.get(), VICTIM, failures.size());
      assertTrue(searchesWhileDown.get() > 0, "no search ran after the node was stopped");
      // The client moves a request to another node when one is gone, and the searcher sends a
      // search again (up to SEARCH_RETRIES times) when a node left in its middle: within that
      // budget, losing one node of three fails no search.
      assertEquals(List.of(), failures);
    }
  }

  @Test
  void indexingThroughTheLossOfANodeLosesNoArticle() throws Exception {
    int files = SeedCorpus.names().size() * COPIES;
    AtomicLong stoppedNanos = new AtomicLong(Long.MAX_VALUE);
    // A quarter of the way through, the worker that finishes that file stops the node before it
    // goes on, so the loss falls amid the build however fast the machine is.
    Build build =
        indexCorpus(
            new AfterFiles(
                files / 4,
                () -> {
                  cluster.stopNode(VICTIM);
                  stoppedNanos.set(System.nanoTime());
                }));

    IngestSummary summary = build.summary();
    System.out.printf(
        "ClusterFaultIT: %d of %d files indexed, node %d stopped %.1f s before the commit;"
            + " %s%n",
        summary.count(FileOutcome.Status.INDEXED),
        files,
        VICTIM,
        (build.committedNanos() - stoppedNanos.get()) / 1e9,
        build.bulk());
    assertTrue(
        stoppedNanos.get() < build.committedNanos(),
        "the node was not stopped before the build committed: nothing was tested");
    assertEquals(files, summary.count(FileOutcome.Status.INDEXED), summary::toString);
    assertEquals(List.of(), summary.notIndexed());
    assertEquals(files, cluster.count(index), "articles in the index after the run");
  }

  /** Runs an action, once, in the worker thread that finishes the given number of files. */
  private static final class AfterFiles implements IndexProgress {
    private final int after;
    private final Runnable action;
    private final AtomicInteger finished = new AtomicInteger();

    AfterFiles(int after, Runnable action) {
      this.after = after;
      this.action = action;
    }

    @Override
    public void finished(FileOutcome outcome) {
      if (finished.incrementAndGet() == after) {
        action.run();
      }
    }
  }
}
