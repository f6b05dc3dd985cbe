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

  /**
   * Changes a copy of the seeds as an incremental run must follow: deletes two files, changes one,
   * adds one article and one empty file. The articles that name Vladimir Putin in full go; the one
   * that says "Putin" alone stays, and must lose the full name it was given from them.
   */
  public static void addChangeAndDelete(Path corpus) throws IOException {
    Files.delete(corpus.resolve("001_ad67e7da5f91e0ce.txt"));
    Files.delete(corpus.resolve("003_1b4e483194c528fc.txt"));
    Files.writeString(
        corpus.resolve("002_83e1abe56069c214.txt"),
        Files.readString(corpus.resolve("002_83e1abe56069c214.txt"))
            + "\nLater, Imran Khan met the envoy in Lahore.\n");
    Files.writeString(
        corpus.resolve("new.txt"),
        "Talks in Oslo\n\nBy Ana Lima\n\nPervez Musharraf and Mikhail Fradkov met in Oslo.\n");
    Files.writeString(corpus.resolve("empty.txt"), "");
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
