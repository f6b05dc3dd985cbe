package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlesearch.http.SearchServer;
import org.articlesearch.search.LuceneArticleSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server answers throughout a rebuild and switches to the new index once it is committed.
 */
class LiveRebuildIT {
  @TempDir Path tmp;

  @Test
  void serverAnswersDuringARebuildAndSwitchesWithoutARestart() throws Exception {
    Path index = tmp.resolve("index");
    Corpora.build(Corpora.write(tmp.resolve("old"), 7, 800, 1), index);
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index);
        SearchServer server = SearchServer.start(searcher, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=common&size=1");
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      Set<Long> totals = ConcurrentHashMap.newKeySet();
      Thread client =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    HttpResponse<String> r =
                        http.send(
                            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                      totals.add(
                          JsonParser.parseString(r.body())
                              .getAsJsonObject()
                              .get("total")
                              .getAsLong());
                      answered.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failed.incrementAndGet();
                  }
                }
              });
      client.start();
      Corpora.build(Corpora.write(tmp.resolve("new"), 300, 1_000, 2), index);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!totals.contains(300L) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      running.set(false);
      client.join();
      assertThat(failed).as("failed requests during the rebuild").hasValue(0);
      assertThat(answered.get()).isGreaterThan(10);
      assertThat(totals)
          .as("only the old or the new index was ever seen")
          .isSubsetOf(7L, 300L)
          .contains(7L, 300L);
    }
  }
}
