package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk indexing through a proxy that pushes back: every document arrives, retries counted. */
class OpenSearchBulkRetryIT {
  private static final BulkRetryPolicy QUICK =
      new BulkRetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100));
  private static final BulkIndexer.Limits SMALL = new BulkIndexer.Limits(1 << 20, 40, 2);

  static OpenSearchCluster cluster;
  @RegisterExtension final TestIndices indices = new TestIndices("w-retry");

  @BeforeAll
  static void connect() {
    cluster = OpenSearchCluster.get();
  }

  private static OpenSearchConfig through(PushbackProxy proxy, String index) {
    return new OpenSearchConfig(List.of(proxy.uri()), index, 1, 0);
  }

  @Test
  void requestsAndItemsPushedBackAreSentAgainUntilEveryDocumentArrives() throws IOException {
    String index = indices.name();
    try (PushbackProxy proxy =
        new PushbackProxy(cluster.hosts().getFirst(), List.of(429, 503, 504, 502), 3, 7)) {
      BulkStats stats;
      try (OpenSearchArticleIndexWriter writer =
          OpenSearchArticleIndexWriter.open(through(proxy, index), true, SMALL, QUICK)) {
        for (int n = 0; n < 400; n++) {
          writer.add(OpenSearchArticleIndexWriterIT.article(n, "Article " + n + "."));
        }
        writer.commit();
        stats = writer.bulkStats();
        assertThat(writer.rejected()).isEmpty();
      }
      OpenSearchConfig direct = cluster.config(index, 1, 0);
      assertThat(IndexedArticles.ids(direct))
          .containsExactlyInAnyOrderElementsOf(
              IntStream.range(0, 400).mapToObj(n -> "id-" + n).toList());
      assertThat(stats.requestRetries()).isEqualTo(4);
      assertThat(stats.itemRetries()).isEqualTo(21);
      assertThat(proxy.undone()).isEqualTo(21);
      // 10 requests of 40, each retried request and each partly done one sent once more.
      assertThat(stats.requests()).isEqualTo(10 + 4 + 3).isEqualTo(proxy.bulkRequests());
      assertThat(stats.operations()).isEqualTo(400);
    }
  }

  @Test
  void aClusterThatKeepsPushingBackFailsTheBuildAndChangesNothing() throws IOException {
    String index = indices.name();
    List<Integer> always = IntStream.range(0, 100).mapToObj(n -> 429).toList();
    try (PushbackProxy proxy = new PushbackProxy(cluster.hosts().getFirst(), always, 0, 0);
        OpenSearchArticleIndexWriter writer =
            OpenSearchArticleIndexWriter.open(through(proxy, index), true, SMALL, QUICK)) {
      writer.add(OpenSearchArticleIndexWriterIT.article(1, "Never arrives."));
      assertThatThrownBy(writer::commit)
          .isInstanceOf(IOException.class)
          .hasMessage(
              "bulk request failed after 5 attempts: 429 rejected_execution_exception: pushed"
                  + " back by the test proxy with 429");
    }
    // The rebuild's index went with the writer; nothing was ever aliased.
    assertThat(IndexedArticles.concreteIndices(cluster.config(index, 1, 0))).isEmpty();
  }

  @Test
  void itemsStillPushedBackAfterEveryRetryAreReportedNotDropped() throws IOException {
    String index = indices.name();
    try (PushbackProxy proxy = new PushbackProxy(cluster.hosts().getFirst(), List.of(), 100, 1);
        OpenSearchArticleIndexWriter writer =
            OpenSearchArticleIndexWriter.open(through(proxy, index), true, SMALL, QUICK)) {
      writer.add(OpenSearchArticleIndexWriterIT.article(1, "Pushed back every time."));
      writer.add(OpenSearchArticleIndexWriterIT.article(2, "Arrives."));
      writer.commit();
      assertThat(writer.rejected())
          .containsOnlyKeys("id-1")
          .containsValue(
              "still refused after 5 attempts: rejected_execution_exception: pushed back by the"
                  + " test proxy with 429");
    }
    assertThat(IndexedArticles.ids(cluster.config(index, 1, 0))).containsExactly("id-2");
  }
}
