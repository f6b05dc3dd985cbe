package org.articlesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articlesearch.cli.ArticleSearchCommandIT.Run;
import org.articlesearch.opensearch.OpenSearchCluster;
import org.articlesearch.testing.CommandLines;
import org.articlesearch.testing.SeedCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index --backend opensearch} as a user runs it, against a real cluster. */
class OpenSearchIndexCommandIT {
  private static Run run(String... args) {
    return ArticleSearchCommandIT.run(args);
  }

  @TempDir Path tmp;
  private String index;

  /** The arguments of {@code index} of the seeds without entities, then the backend's options. */
  private String[] indexInto(List<String> backend) throws IOException {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus")));
    return CommandLines.indexWithoutEntities(corpus, tmp.resolve("cache"), backend)
        .toArray(String[]::new);
  }

  @AfterEach
  void deleteIndex() {
    if (index != null) {
      OpenSearchCluster.get().deleteIndex(index + "*");
    }
  }

  @Test
  void indexesTheCorpusIntoTheClusterThenFindsItUnchanged() throws IOException {
    OpenSearchCluster cluster = OpenSearchCluster.get();
    index = OpenSearchCluster.uniqueIndex("w-command");
    String[] args = indexInto(cluster.backendArgs(index));
    Run first = run(args);
    assertThat(first.err()).isEmpty();
    assertThat(first.status()).isZero();
    assertThat(first.out())
        .contains("into the OpenSearch index " + index + " at " + cluster.urls())
        .contains("5 operations in 1 bulk requests")
        .contains("Files seen: 5, indexed: 5, unchanged: 0");
    Run again = run(args);
    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("Files seen: 5, indexed: 0, unchanged: 5");
  }

  @Test
  void anUnreachableClusterIsOneLineWithoutATrace() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Run run =
        run(
            indexInto(
                List.of("--backend", "opensearch", "--opensearch", "http://127.0.0.1:" + port)));
    assertThat(run.status()).isNotZero();
    assertThat(run.err().strip())
        .isEqualTo(
            "article-search: indexing failed: cannot reach OpenSearch at http://127.0.0.1:%d:"
                    .formatted(port)
                + " Connect to http://127.0.0.1:%d [/127.0.0.1] failed: Connection refused;"
                    .formatted(port)
                + " searchers of the OpenSearch index articles see it as before");
  }
}
