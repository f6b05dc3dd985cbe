package org.articlesearch.cli;

import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs the two halves of extraction on two pools. Half the cores read files, in the order given, so
 * that while the NER model loads on its own thread the machine is busy but the load is not slowed;
 * all cores enrich, longest text first, so no worker is left with one long article at the end.
 */
final class ReadThenEnrichExecutor implements AutoCloseable {
  private static final Comparator<Task> LONGEST_FIRST =
      Comparator.comparingLong(Task::weight).thenComparingLong(Task::sequence);

  private final ExecutorService readers;
  private final ExecutorService enrichers;
  private final AtomicLong sequence = new AtomicLong();

  ReadThenEnrichExecutor(int threads) {
    int readerThreads = Math.max(1, threads / 2);
    readers =
        new ThreadPoolExecutor(
            readerThreads, readerThreads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
    enrichers =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>());
  }

  /** Queues a reading task; these start in the order they were given. */
  <T> CompletableFuture<T> read(Supplier<T> task) {
    return submit(readers, 0, task);
  }

  /** Queues an enrichment task whose cost grows with {@code size}; bigger ones start first. */
  <T> CompletableFuture<T> enrich(long size, Supplier<T> task) {
    return submit(enrichers, -size, task);
  }

  private <T> CompletableFuture<T> submit(ExecutorService pool, long weight, Supplier<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    pool.execute(
        new Task(
            weight,
            sequence.getAndIncrement(),
            () -> {
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
    readers.shutdownNow();
    enrichers.shutdownNow();
  }

  private record Task(long weight, long sequence, Runnable body)
      implements Runnable, Comparable<Task> {
    @Override
    public void run() {
      body.run();
    }

    @Override
    public int compareTo(Task other) {
      return LONGEST_FIRST.compare(this, other);
    }
  }
}
