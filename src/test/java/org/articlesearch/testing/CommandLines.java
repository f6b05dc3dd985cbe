package org.articlesearch.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines the tests run, built in one place. */
public final class CommandLines {
  private CommandLines() {}

  /**
   * Returns {@code index --corpus CORPUS --index FOLDER --no-entities} and then the extra arguments
   * (a backend's options, say).
   */
  public static List<String> indexWithoutEntities(Path corpus, Path folder, List<String> extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "index",
                "--corpus",
                corpus.toString(),
                "--index",
                folder.toString(),
                "--no-entities"));
    args.addAll(extra);
    return args;
  }
}
