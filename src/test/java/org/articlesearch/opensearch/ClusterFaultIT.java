package org.articlesearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.FileOutcome;
import org.articlesearch.ingest.IndexProgress;
import org.articlesearch.ingest.IngestSummary;
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

  private OpenSearchCluster cluster;
  private String index;
  @TempDir Path corpus;

  @BeforeEach
  void replicatedIndexOnThreeNodes() throws IOException {
    cluster = OpenSearchCluster.get();
    cluster.requireNodesUnderControl(3);
    cluster.waitForHealth("green", cluster.hosts().size(), HEALTH_TIMEOUT);
    index = OpenSearchCluster.uniqueIndex("fault");
    for (String name : SeedCorpus.names()) {
      for (int copy = 0; copy < COPIES; copy++) {
        Files.copy(SeedCorpus.DIR.resolve(name), corpus.resolve("copy" + copy + "-" + name));
      }
    }
  }

  @AfterEach
  void wholeClusterAgain() {
    if (cluster != null) {
      cluster.startNodesStopped();
      cluster.deleteIndex(index);
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
      IngestSummary summary = new CorpusIndexer(pipeline, 2).index(corpus, writer, progress);
      return new Build(summary, writer.bulkStats(), System.nanoTime());
    }
  }

  @Test
  void indexingThroughTheLossOfANodeLosesNoArticle() throws Exception {
    int files = SeedCorpus.names().size() * COPIES;
    // The node goes away when a quarter of the files are through the pipeline.
    IndexProgressTrigger trigger = new IndexProgressTrigger(files / 4);
    // Its own thread: the common pool may have a single thread on 2 cores, which the pipeline uses.
    ExecutorService faults = Executors.newSingleThreadExecutor();
    Future<Long> loss =
        faults.submit(
            () -> {
              trigger.await();
              cluster.stopNode(VICTIM);
              return System.nanoTime();
            });
    Build build;
    long stoppedNanos;
    try {
      build = indexCorpus(trigger);
      stoppedNanos = loss.get(5, TimeUnit.MINUTES);
    } finally {
      faults.shutdownNow();
    }

    IngestSummary summary = build.summary();
    System.out.printf(
        "ClusterFaultIT: %d of %d files indexed, node %d stopped %.1f s before the commit;"
            + " %s%n",
        summary.count(FileOutcome.Status.INDEXED),
        files,
        VICTIM,
        (build.committedNanos() - stoppedNanos) / 1e9,
        build.bulk());
    assertTrue(
        stoppedNanos < build.committedNanos(),
        "the node was stopped only after the build had committed: nothing was tested");
    assertEquals(files, summary.count(FileOutcome.Status.INDEXED), summary::toString);
    assertEquals(List.of(), summary.notIndexed());
    assertEquals(files, cluster.count(index), "articles in the index after the run");
  }

  /** Counts finished files and opens a latch when a given number is reached. */
  private static final class IndexProgressTrigger implements IndexProgress {
    private final int after;
    private final AtomicInteger finished = new AtomicInteger();
    private final CountDownLatch reached = new CountDownLatch(1);

    IndexProgressTrigger(int after) {
      this.after = after;
    }

    @Override
    public void finished(FileOutcome outcome) {
      if (finished.incrementAndGet() >= after) {
        reached.countDown();
      }
    }

    void await() {
      try {
        if (!reached.await(2, TimeUnit.MINUTES)) {
          throw new IllegalStateException(after + " files were not indexed within 2 minutes");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
