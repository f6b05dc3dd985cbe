package org.articlesearch.ingest;

/**
 * What happened to one file of the corpus.
 *
 * @param path path relative to the corpus
 * @param status the outcome
 * @param reason why it was skipped or failed, or what of an indexed file could not be read (pages
 *     OCR failed on); null when indexed whole
 */
public record FileOutcome(String path, Status status, String reason) {
  /** Outcome kinds, counted in the summary. */
  public enum Status {
    INDEXED,
    /** Incremental runs: the file is as it was when last indexed. */
    UNCHANGED,
    /** Incremental runs: the file is gone, and so is its article. */
    REMOVED,
    /** An expected reason: empty, encrypted, unsupported, too large, ... */
    SKIPPED,
    /** An unexpected error; the run goes on. */
    FAILED
  }
}
