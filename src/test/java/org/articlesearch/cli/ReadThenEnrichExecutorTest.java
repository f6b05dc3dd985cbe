package org.articlesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ReadThenEnrichExecutorTest {
  @Test
  void runsReadingInOrderThenEnrichmentLongestFirst() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch hold = new CountDownLatch(1);
    try (ReadThenEnrichExecutor executor = new ReadThenEnrichExecutor(1)) {
      CompletableFuture<Void> blocker = executor.read(() -> {
        await(hold);
        return null;
      });
      List<CompletableFuture<Boolean>> tasks = List.of(
          executor.enrich(10, () -> ran.add("enrich short")),
          executor.read(() -> ran.add("read a")),
          executor.enrich(900, () -> ran.add("enrich long")),
          executor.read(() -> ran.add("read b")));
      hold.countDown();
      blocker.get();
      for (CompletableFuture<Boolean> task : tasks) {
        task.get();
      }
    }

    assertThat(ran).containsExactly("read a", "read b", "enrich long", "enrich short");
  }

  @Test
  void aFailingTaskFailsItsFutureAndNotThePool() throws Exception {
    try (ReadThenEnrichExecutor executor = new ReadThenEnrichExecutor(1)) {
      CompletableFuture<String> failing = executor.read(() -> {
        throw new IllegalStateException("broken file");
      });

      assertThatThrownBy(failing::get).isInstanceOf(ExecutionException.class).hasMessageContaining("broken file");
      assertThat(executor.enrich(1, () -> "still running").get()).isEqualTo("still running");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
