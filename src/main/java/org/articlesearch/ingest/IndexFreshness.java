package org.articlesearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

/** Tells whether an index must be (re)built before serving: missing, or older than its corpus. */
public final class IndexFreshness {
  private IndexFreshness() {}

  /**
   * True when the index has no commit, or some corpus file, sidecar or folder changed after the
   * last commit (a folder's time changes when a file in it is added, renamed or deleted).
   */
  public static boolean isStale(Path corpus, Path index) throws IOException {
    Optional<FileTime> committed = lastCommit(index);
    if (committed.isEmpty()) {
      return true;
    }
    if (!Files.isDirectory(corpus)) {
      return false;
    }
    return CorpusWalker.newestChange(corpus).compareTo(committed.get()) > 0;
  }

  private static Optional<FileTime> lastCommit(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(index)) {
      Optional<Path> segments =
          files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst();
      return segments.isEmpty()
          ? Optional.empty()
          : Optional.of(Files.getLastModifiedTime(segments.get()));
    }
  }
}
