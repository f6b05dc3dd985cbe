package org.articlesearch.ingest;

import java.time.Duration;
import java.util.List;

/** The outcome of one index run: every file's fate and the time it took. */
public record IngestSummary(List<FileOutcome> outcomes, Duration elapsed) {
  public IngestSummary {
    outcomes = List.copyOf(outcomes);
  }

  public long seen() {
    return outcomes.size();
  }

  public long count(FileOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** Returns the files skipped, failed or removed, with their reasons. */
  public List<FileOutcome> notIndexed() {
    return outcomes.stream()
        .filter(
            o ->
                o.status() != FileOutcome.Status.INDEXED
                    && o.status() != FileOutcome.Status.UNCHANGED)
        .toList();
  }
}
