package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.cli.CliRunner;
import org.articlesearch.opensearch.OpenSearchCluster;
import org.articlesearch.testing.CommandLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code index} into OpenSearch killed with SIGKILL halfway leaves searchers the previous
 * articles, and the next run completes normally.
 */
class OpenSearchCrashSafetyIT {
  /** Enough that a run is still going once the cluster holds its first thousand documents. */
  private static final int FILES = 5_000;

  @TempDir Path tmp;
  private OpenSearchCluster cluster;
  private String index;

  @BeforeEach
  void name() {
    cluster = OpenSearchCluster.get();
    index = OpenSearchCluster.uniqueIndex("w-crash");
  }

  @AfterEach
  void deleteIndex() {
    cluster.deleteIndex(index);
  }

  private List<String> indexArgs(Path corpus, String... extra) {
    List<String> backend = new ArrayList<>(cluster.backendArgs(index));
    backend.addAll(List.of(extra));
    return CommandLines.indexWithoutEntities(corpus, tmp.resolve("cache"), backend);
  }

  /** The concrete indices of this test's name, refreshed or not. */
  private List<String> generations() throws Exception {
    HttpResponse<String> listing =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        cluster.hosts().getFirst().resolve("/_cat/indices/" + index + "-*?h=index"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(listing.statusCode()).isEqualTo(200);
    return listing.body().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Runs {@code index} in this JVM and returns its output; fails unless it succeeds. */
  private String run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        CliRunner.run(
            new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    return out.toString();
  }

  /**
   * Starts {@code index} in its own JVM and kills it once the cluster has taken a thousand of its
   * documents, more than one bulk request's worth: the run is under way, nothing committed.
   */
  private void killMidway(List<String> args) throws Exception {
    long before = indexedOperations();
    CommandProcess indexer = CommandProcess.start(args);
    while (indexedOperations() < before + 1_000) {
      assertThat(indexer.isAlive())
          .as("the indexer ran until the cluster had its documents:%n%s", indexer.transcript())
          .isTrue();
      Thread.sleep(20);
    }
    assertThat(indexer.kill()).isTrue(); // SIGKILL: no shutdown hook, no cleanup
  }

  /** Index operations the cluster carried out on this test's indices, refreshed or not. */
  private long indexedOperations() throws Exception {
    HttpResponse<String> stats =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        cluster.hosts().getFirst().resolve("/" + index + "*/_stats/indexing"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return JsonParser.parseString(stats.body())
        .getAsJsonObject()
        .getAsJsonObject("_all")
        .getAsJsonObject("primaries")
        .getAsJsonObject("indexing")
        .get("index_total")
        .getAsLong();
  }

  @Test
  void killNineDuringARebuildLeavesThePreviousArticlesSearchable() throws Exception {
    run(indexArgs(Corpora.write(tmp.resolve("old"), 7, 800, 1)));
    assertThat(cluster.count(index)).isEqualTo(7);
    Path big = Corpora.write(tmp.resolve("big"), FILES, 1_500, 2);

    killMidway(indexArgs(big, "--full"));
    assertThat(cluster.count(index)).as("the old articles, untouched").isEqualTo(7);

    String next = run(indexArgs(big, "--full"));
    assertThat(next).contains("indexed: " + FILES);
    assertThat(cluster.count(index)).as("the next run completes normally").isEqualTo(FILES);
    // The killed build's index went with the next rebuild: one index, behind the alias.
    assertThat(generations()).hasSize(1);
  }

  @Test
  void killNineDuringAnIncrementalRunShowsNothingOfItAndTheNextRunRebuilds() throws Exception {
    Path corpus = Corpora.write(tmp.resolve("corpus"), 7, 800, 1);
    run(indexArgs(corpus));
    Corpora.write(tmp.resolve("corpus").resolve("more"), FILES, 1_500, 2);

    killMidway(indexArgs(corpus));
    assertThat(cluster.count(index)).as("nothing of the killed run is visible").isEqualTo(7);

    String next = run(indexArgs(corpus));
    assertThat(next).contains("indexed: " + (FILES + 7) + ", unchanged: 0");
    assertThat(cluster.count(index)).isEqualTo(FILES + 7);
    assertThat(generations()).hasSize(1);
  }
}
