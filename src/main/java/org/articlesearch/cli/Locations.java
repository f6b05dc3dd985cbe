package org.articlesearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folder and file options several commands share, declared once (picocli mixins). */
final class Locations {
  private Locations() {}

  /** {@code --index DIR}. */
  static final class IndexFolder {
    @Option(
        names = "--index",
        description = "Index folder (default: ${DEFAULT-VALUE}).",
        defaultValue = "index")
    Path path;
  }

  /** {@code --corpus DIR}. */
  static final class CorpusFolder {
    @Option(
        names = "--corpus",
        description = "Folder of article files (default: ${DEFAULT-VALUE}).",
        defaultValue = "corpus")
    Path path;
  }

  /** {@code --aliases FILE}. */
  static final class AliasFile {
    @Option(
        names = "--aliases",
        description = "Entity alias file, applied when present (default: ${DEFAULT-VALUE}).",
        defaultValue = "aliases.tsv")
    Path path;
  }
}
