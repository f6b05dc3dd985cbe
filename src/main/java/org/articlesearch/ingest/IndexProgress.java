package org.articlesearch.ingest;

/** Hears how an index run goes: how many files it will look at, then each file's outcome. */
@FunctionalInterface
public interface IndexProgress {
  /** Called once, before any file is processed. */
  default void started(int files) {}

  /** Called as each file finishes, from any worker thread. */
  void finished(FileOutcome outcome);
}
