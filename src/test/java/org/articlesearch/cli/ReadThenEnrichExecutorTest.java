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
  void readsInTheOrderGiven() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    try (ReadThenEnrichExecutor executor = new ReadThenEnrichExecutor(1)) {
      List<CompletableFuture<Boolean>> tasks =
          List.of(
              executor.read(() -> ran.add("a")),
              executor.read(() -> ran.add("b")),
              executor.read(() -> ran.add("c")));
      for (CompletableFuture<Boolean> task : tasks) {
        task.get();
      }
    }

    assertThat(ran).containsExactly("a", "b", "c");
  }

  @Test
  void enrichesTheLongestWaitingTextFirst() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch hold = new CountDownLatch(1);
    try (ReadThenEnrichExecutor executor = new ReadThenEnrichExecutor(1)) {
      CompletableFuture<Boolean> blocker = executor.enrich(1, () -> await(hold));
      List<CompletableFuture<Boolean>> tasks =
          List.of(
              executor.enrich(10, () -> ran.add("short")),
              executor.enrich(900, () -> ran.add("long")),
              executor.enrich(50, () -> ran.add("middle")));
      hold.countDown();
      blocker.get();
      for (CompletableFuture<Boolean> task : tasks) {
        task.get();
      }
    }

    assertThat(ran).containsExactly("long", "middle", "short");
  }

  @Test
  void aFailingTaskFailsItsFutureAndNotThePool() throws Exception {
    try (ReadThenEnrichExecutor executor = new ReadThenEnrichExecutor(1)) {
      CompletableFuture<String> failing =
          executor.read(
              () -> {
                throw new IllegalStateException("broken file");
              });

      assertThatThrownBy(failing::get)
          .isInstanceOf(ExecutionException.class)
          .hasMessageContaining("broken file");
      assertThat(executor.read(() -> "still running").get()).isEqualTo("still running");
    }
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
