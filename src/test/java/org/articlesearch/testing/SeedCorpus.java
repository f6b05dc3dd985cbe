package org.articlesearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five seed articles committed under {@code corpus/}, for tests that need real articles. */
public final class SeedCorpus {
  /** The corpus folder of the repository; tests run from the repository root. */
  public static final Path DIR = Path.of("corpus");

  private SeedCorpus() {}

  /** Copies the seed articles into dir and returns dir. */
  public static Path copyTo(Path dir) {
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().matches("00\\d_.*\\.txt")).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the file names of the seeds, sorted. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("00\\d_.*\\.txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
