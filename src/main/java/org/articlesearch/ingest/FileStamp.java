package org.articlesearch.ingest;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The size and modification time of an article file and of its possible sidecars: when they match
 * what the last run recorded, the file is taken as unchanged without reading it.
 *
 * <p>A file rewritten with the same size inside the same modification-time tick (or whose time was
 * set back) is not seen as changed: the risk every tool that compares times takes; {@code index
 * --full} reads everything again.
 */
final class FileStamp {
  private FileStamp() {}

  /** Returns one file's part of a stamp. */
  static String sizeAndTime(BasicFileAttributes attributes) {
    return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }

  /**
   * Returns the stamp of an article file and its sidecars, or "" when the file's own part is
   * unknown, which never matches.
   *
   * @param sizesAndTimes gives a file's {@link #sizeAndTime} by its path as a string, or null for a
   *     file that is not there; strings rather than paths, since building the sidecars' paths was
   *     most of the time of a run over an unchanged corpus
   */
  static String of(Path file, Function<String, String> sizesAndTimes) {
    String path = file.toString();
    String own = sizesAndTimes.apply(path);
    if (own == null) {
      return "";
    }
    int nameStart = path.lastIndexOf(file.getFileSystem().getSeparator()) + 1;
    StringBuilder stamp = new StringBuilder(own.length() + 64).append(own);
    for (String sidecar : SidecarOverrides.candidatePaths(path, nameStart)) {
      String part = sizesAndTimes.apply(sidecar);
      // An absent sidecar is part of the stamp too: adding one changes it.
      stamp.append(';').append(part == null ? "-" : part);
    }
    return stamp.toString();
  }
}
