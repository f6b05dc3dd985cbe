package org.articlesearch.ingest;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
   * Returns the stamp of an article file and its sidecars.
   *
   * @param own the file's {@link #sizeAndTime}
   * @param name the file's name
   * @param sidecarsByStem the {@link #sizeAndTime} of each sidecar in the file's folder, by its
   *     {@linkplain SidecarOverrides#stemOf stem}: looked up by the file's name, no sidecar path is
   *     built, which was most of the time of a run over an unchanged corpus
   */
  static String of(String own, String name, Map<String, String> sidecarsByStem) {
    StringBuilder stamp = new StringBuilder(own.length() + 64).append(own);
    for (String stem : SidecarOverrides.candidateStems(name)) {
      String part = sidecarsByStem.get(stem);
      // An absent sidecar is part of the stamp too: adding one changes it.
      stamp.append(';').append(part == null ? "-" : part);
    }
    return stamp.toString();
  }
}
