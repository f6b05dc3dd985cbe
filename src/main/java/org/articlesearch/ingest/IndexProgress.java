package org.articlesearch.ingest;

/** Hears how an index run goes: how many files it will look at, then each file's outcome. */
@FunctionalInterface
public interface IndexProgress {
  /** Called once, before any file is processed. */
  default void started(int files) {}

  /**
   * Called when OCR read pages of a file, before its outcome, from any worker thread: OCR is the
   * slowest step, so a run with scans shows its pages as well as its files.
   */
  default void readByOcr(int pages) {}

  /** Called as each file finishes, from any worker thread. */
  void finished(FileOutcome outcome);
}
