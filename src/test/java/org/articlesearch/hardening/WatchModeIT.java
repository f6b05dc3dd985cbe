package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.CorpusWatcher;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the corpus watched, added, changed and removed files reach the served index within seconds.
 */
class WatchModeIT {
  @TempDir Path tmp;

  @Test
  void changesInTheCorpusReachTheSearchWithinSeconds() throws Exception {
    Path corpus = Corpora.write(tmp.resolve("corpus"), 3, 500, 1);
    Path index = tmp.resolve("index");
    Corpora.build(corpus, index);
    try (ArticlePipeline pipeline = Corpora.pipelineWithoutNer();
        LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index);
        CorpusWatcher watcher =
            CorpusWatcher.start(
                corpus,
                Duration.ofMillis(300),
                () -> {
                  try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.update(index)) {
                    new CorpusIndexer(pipeline, 2)
                        .index(corpus, writer, true, Map.of(), outcome -> {});
                  }
                })) {
      assertThat(total(searcher, "common")).isEqualTo(3);

      Files.writeString(
          corpus.resolve("late.txt"), "A late article about common ferries and the zeppelin.\n");
      Files.createDirectories(corpus.resolve("sub"));
      Files.writeString(corpus.resolve("sub").resolve("nested.txt"), "Nested common article.\n");
      awaitTotal(searcher, "common", 5);
      assertThat(total(searcher, "zeppelin")).isEqualTo(1);

      Files.writeString(
          corpus.resolve("late.txt"), "A late article about common ferries and the airship.\n");
      Files.delete(corpus.resolve("article-00000.txt"));
      awaitTotal(searcher, "airship", 1);
      awaitTotal(searcher, "common", 4);
      assertThat(total(searcher, "zeppelin")).isZero();
    }
  }

  private static long total(LuceneArticleSearcher searcher, String q) throws Exception {
    return searcher.search(SearchRequest.of(q)).total();
  }

  private static void awaitTotal(LuceneArticleSearcher searcher, String q, long expected)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (total(searcher, q) != expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(total(searcher, q)).as("hits for " + q).isEqualTo(expected);
  }
}
