package org.articlesearch.cli;

import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A fixed pool for the two halves of extraction: reading tasks run first, in submission order, so
 * files are parsed while the NER model loads; enrichment tasks run after them, longest text first,
 * so no worker is left with one long article at the end while the others idle.
 */
final class ReadThenEnrichExecutor implements AutoCloseable {
  private static final Comparator<Task> ORDER =
      Comparator.comparingInt(Task::stage).thenComparingLong(Task::weight).thenComparingLong(Task::sequence);

  private final ThreadPoolExecutor pool;
  private final AtomicLong sequence = new AtomicLong();

  ReadThenEnrichExecutor(int threads) {
    pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>());
  }

  /** Queues a reading task; these run in the order they were given. */
  <T> CompletableFuture<T> read(Supplier<T> task) {
    return submit(0, 0, task);
  }

  /** Queues an enrichment task whose cost grows with {@code size}; bigger ones run first. */
  <T> CompletableFuture<T> enrich(long size, Supplier<T> task) {
    return submit(1, -size, task);
  }

  private <T> CompletableFuture<T> submit(int stage, long weight, Supplier<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    pool.execute(new Task(stage, weight, sequence.getAndIncrement(), () -> {
      try {
        result.complete(task.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e); // the caller reports it with the file's name
      }
    }));
    return result;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private record Task(int stage, long weight, long sequence, Runnable body) implements Runnable, Comparable<Task> {
    @Override
    public void run() {
      body.run();
    }

    @Override
    public int compareTo(Task other) {
      return ORDER.compare(this, other);
    }
  }
}
