package org.articlesearch.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.articlesearch.ingest.FileOutcome;
import org.articlesearch.ingest.IndexProgress;

/**
 * Shows an index run's progress: a live bar with count, rate and ETA on a terminal, a plain line
 * every few seconds otherwise (logs, CI), so that neither gets flooded.
 */
abstract class ProgressReporter implements IndexProgress, AutoCloseable {
  /** Returns the reporter that suits where the output goes. */
  static ProgressReporter forOutput(PrintWriter out, boolean outputIsTheConsole) {
    return outputIsTheConsole && isTerminal() ? new Bar() : new Lines(out, Duration.ofSeconds(5));
  }

  @Override
  public void close() {}

  /** Says how many pages OCR has read and how fast, or nothing before it reads any. */
  static String ocrPagesRead(int pages, long elapsedNanos) {
    if (pages == 0) {
      return "";
    }
    double perSecond = pages / Math.max(elapsedNanos / 1e9, 1e-9);
    return String.format(
        Locale.ROOT, ", %d %s by OCR (%.1f/s)", pages, pages == 1 ? "page" : "pages", perSecond);
  }

  /** True when standard output is an interactive terminal. */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ gives a console even when output is redirected, and says whether it is a terminal.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // Java 21: a console means a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** The live bar, drawn by the progressbar library. */
  private static final class Bar extends ProgressReporter {
    private ProgressBar bar;
    private int ocrPages;

    @Override
    public synchronized void started(int files) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Indexing")
              .setInitialMax(files)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" files", 1)
              .showSpeed()
              .setUpdateIntervalMillis(200)
              .build();
    }

    @Override
    public synchronized void readByOcr(int pages) {
      ocrPages += pages;
      if (bar != null) {
        bar.setExtraMessage(ocrPagesRead(ocrPages, bar.getTotalElapsed().toNanos()));
      }
    }

    @Override
    public synchronized void finished(FileOutcome outcome) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Plain lines at most every few seconds: count, rate and estimated time left. */
  static final class Lines extends ProgressReporter {
    private final PrintWriter out;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger ocrPages = new AtomicInteger();
    private volatile int total;
    private long lastLine = System.nanoTime();

    Lines(PrintWriter out, Duration interval) {
      this.out = out;
      this.intervalNanos = interval.toNanos();
    }

    @Override
    public void started(int files) {
      total = files;
    }

    @Override
    public void readByOcr(int pages) {
      ocrPages.addAndGet(pages);
    }

    @Override
    public void finished(FileOutcome outcome) {
      int n = done.incrementAndGet();
      long now = System.nanoTime();
      synchronized (this) {
        if (now - lastLine < intervalNanos) {
          return;
        }
        lastLine = now;
      }
      double seconds = (now - start) / 1e9;
      double rate = n / Math.max(seconds, 1e-9);
      long eta = Math.round(Math.max(0, total - n) / Math.max(rate, 1e-9));
      out.printf(
          Locale.ROOT,
          "  %d/%d files, %.0f files/s, about %d s left%s%n",
          n,
          total,
          rate,
          eta,
          ocrPagesRead(ocrPages.get(), now - start));
    }
  }
}
