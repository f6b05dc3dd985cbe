package org.articlesearch.cli;

import java.io.PrintWriter;

/** Runs the command line in-process with given output streams, for tests and embedding. */
public final class CliRunner {
  private CliRunner() {}

  /** Runs {@code article-search args...} and returns its exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return ArticleSearchCommand.run(out, err, args);
  }
}
