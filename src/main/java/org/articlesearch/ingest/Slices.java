package org.articlesearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a loop over many cheap items on every core: for the per-file steps of a run over an
 * unchanged corpus (a stat, a stamp, a lookup), which on one core took most of such a run.
 */
final class Slices {
  // Below this many items a slice is not worth a thread.
  private static final int MIN_SLICE = Integer.getInteger("slice", 1_000);

  /** The body of a slice: items {@code from} (inclusive) to {@code to} (exclusive). */
  @FunctionalInterface
  interface Body {
    void run(int from, int to);
  }

  private Slices() {}

  /**
   * Runs {@code body} over items 0 to {@code n} in contiguous slices, one on the calling thread and
   * the others on threads of their own; returns when all are done. What a slice throws is thrown
   * here, after all have ended.
   */
  static void run(int n, Body body) {
    int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / MIN_SLICE));
    List<Thread> others = new ArrayList<>(slices - 1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int s = 1; s < slices; s++) {
      int from = (int) ((long) n * s / slices);
      int to = (int) ((long) n * (s + 1) / slices);
      Runnable slice =
          () -> {
            try {
              body.run(from, to);
            } catch (Throwable t) {
              failure.compareAndSet(null, t);
            }
          };
      others.add(Thread.ofPlatform().name("corpus-slice-" + s).start(slice));
    }
    try {
      body.run(0, (int) ((long) n / slices));
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
    }
    boolean interrupted = false;
    for (Thread t : others) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the slices are short; finish them, then keep the interrupt
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException e) {
      throw e;
    } else if (t instanceof Error e) {
      throw e;
    } else if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
