package org.articlesearch.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The outcome of one index run: every file's fate and the time it took. */
public final class IngestSummary {
  private static final Comparator<FileOutcome> BY_PATH = Comparator.comparing(FileOutcome::path);

  private final List<FileOutcome> outcomes;
  private final Duration elapsed;
  private final CopyGrouping grouping;
  private List<FileOutcome> inPathOrder;

  /**
   * What grouping copies did in a run.
   *
   * @param copies how many articles are copies of one seen before
   * @param took how long grouping took, after every article was in
   * @param reading of that, reading the articles back, which in the local index is mostly writing
   *     out the ones still buffered, as the commit does otherwise
   */
  public record CopyGrouping(int copies, Duration took, Duration reading) {}

  /**
   * @param outcomes every file's outcome, in any order
   * @param elapsed how long the run took
   */
  public IngestSummary(List<FileOutcome> outcomes, Duration elapsed) {
    this(outcomes, elapsed, null);
  }

  /**
   * @param outcomes every file's outcome, in any order
   * @param elapsed how long the run took
   * @param grouping what grouping copies did, or null when nothing changed to group
   */
  public IngestSummary(List<FileOutcome> outcomes, Duration elapsed, CopyGrouping grouping) {
    this.outcomes = List.copyOf(outcomes);
    this.elapsed = elapsed;
    this.grouping = grouping;
  }

  /** Returns what grouping copies did, or null when the run changed nothing to group. */
  public CopyGrouping grouping() {
    return grouping;
  }

  /**
   * Returns every file's outcome in path order. Sorted when first asked for: the counts need no
   * order, and sorting the outcomes of a large unchanged corpus took longer than checking it.
   */
  public synchronized List<FileOutcome> outcomes() {
    if (inPathOrder == null) {
      List<FileOutcome> sorted = new ArrayList<>(outcomes);
      sorted.sort(BY_PATH);
      inPathOrder = List.copyOf(sorted);
    }
    return inPathOrder;
  }

  public Duration elapsed() {
    return elapsed;
  }

  public long seen() {
    return outcomes.size();
  }

  public long count(FileOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /**
   * Returns the files a user should hear about, in path order: skipped, failed or removed with
   * their reasons, and indexed in part with what was left out.
   */
  public List<FileOutcome> remarks() {
    return outcomes.stream()
        .filter(o -> o.status() != FileOutcome.Status.UNCHANGED && o.reason() != null)
        .sorted(BY_PATH)
        .toList();
  }

  /** Returns the files skipped, failed or removed, with their reasons, in path order. */
  public List<FileOutcome> notIndexed() {
    return outcomes.stream()
        .filter(
            o ->
                o.status() != FileOutcome.Status.INDEXED
                    && o.status() != FileOutcome.Status.UNCHANGED)
        .sorted(BY_PATH)
        .toList();
  }
}
