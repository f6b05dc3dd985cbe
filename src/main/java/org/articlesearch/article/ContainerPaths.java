package org.articlesearch.article;

import java.util.Optional;

/**
 * The paths of articles found inside containers: the container's path, {@link #SEPARATOR}, then the
 * member's name in it ({@code mail.eml!/report.pdf}, {@code month.zip!/week.zip!/a.txt}), so a
 * member's id is stable across runs.
 */
public final class ContainerPaths {
  /** Between a container's path and a member's name in it, as in a jar URL. */
  public static final String SEPARATOR = "!/";

  private ContainerPaths() {}

  /** Returns the path of a member of a container. */
  public static String member(String containerPath, String memberName) {
    return containerPath + SEPARATOR + memberName;
  }

  /** Returns the path of the container an article was found in, if it was found in one. */
  public static Optional<String> containerOf(String path) {
    int end = path.length();
    while (true) {
      int at = path.lastIndexOf(SEPARATOR, end - 1);
      if (at <= 0) {
        return Optional.empty();
      }
      String container = path.substring(0, at);
      // A folder whose name ends in "!" is no container: only a container's name counts.
      if (ContainerFormat.of(container).isPresent()) {
        return Optional.of(container);
      }
      end = at;
    }
  }

  /**
   * Returns the path of the corpus file an article came from: its own, or its outermost
   * container's.
   */
  public static String fileOf(String path) {
    String file = path;
    for (Optional<String> c = containerOf(path); c.isPresent(); c = containerOf(c.get())) {
      file = c.get();
    }
    return file;
  }
}
