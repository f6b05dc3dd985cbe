package org.articlesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.articlesearch.testing.CommandLines;
import org.articlesearch.testing.SeedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script as a user runs it, on the jar the build just made: each command's class
 * archive is written by its first run, mapped by the next, written again once stale, and kept off
 * the output.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("article-search").toAbsolutePath();
  private static final Path JAR = Path.of("target", "article-search.jar");
  private static final Path ARCHIVES = Path.of("target", "cds");

  @TempDir Path dir;
  private Path corpus;

  @BeforeEach
  void oneJdkFolderWithoutAnIndexArchive() throws IOException {
    corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    for (Path archive : indexArchives()) {
      Files.delete(archive);
    }
  }

  @Test
  void theFirstRunWritesTheArchiveAndTheNextMapsIt() throws Exception {
    String first = run(index());

    List<Path> archives = indexArchives();
    assertThat(archives).hasSize(1);
    FileTime written = Files.getLastModifiedTime(archives.get(0));
    String second = run(index());

    assertThat(Files.getLastModifiedTime(archives.get(0))).isEqualTo(written);
    for (String output : List.of(first, second)) {
      assertThat(output).contains("Files seen: 5");
      // The JVM's archive messages start "[0.012s][warning][cds]": none may reach the output,
      // nor the vector module's notices (the JVM's, and Lucene's under the quick compiler).
      assertThat(output.lines())
          .noneMatch(line -> line.startsWith("["))
          .noneMatch(line -> line.startsWith("WARN"));
    }
  }

  @Test
  void anArchiveOlderThanTheJarIsWrittenAgain() throws Exception {
    run(index());
    Path archive = indexArchives().get(0);
    Instant jarTime = Files.getLastModifiedTime(JAR).toInstant();
    Files.setLastModifiedTime(archive, FileTime.from(jarTime.minusSeconds(3600)));

    run(index());

    assertThat(Files.getLastModifiedTime(archive).toInstant()).isAfter(jarTime);
  }

  @Test
  void aHelpRunWritesNone() throws Exception {
    String help = run(List.of("index", "--help"));

    assertThat(help).contains("--corpus");
    assertThat(indexArchives()).isEmpty();
  }

  @Test
  void aSearchPrintsNoJvmWarningsAndItsOwnErrorsStillArrive() throws Exception {
    run(index());

    Output search = runApart(List.of("search", "--index", dir.resolve("index").toString(), "x"));
    Output missing = runApart(List.of("search", "--index", dir.resolve("none").toString(), "x"));

    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).contains("results in");
    // The vector module's incubator notice and JDK 24+'s sun.misc.Unsafe warnings start so.
    assertThat(search.err().lines()).noneMatch(line -> line.startsWith("WARNING"));
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).startsWith("article-search: cannot open the index");
  }

  private List<String> index() {
    return CommandLines.indexWithoutEntities(corpus, dir.resolve("index"), List.of());
  }

  private static List<Path> indexArchives() throws IOException {
    if (!Files.isDirectory(ARCHIVES)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(ARCHIVES)) {
      return files.filter(f -> f.getFileName().toString().equals("index.jsa")).toList();
    }
  }

  /** What a launcher run printed on standard output and standard error, and its exit status. */
  private record Output(String out, String err, int exit) {}

  /** Runs the launcher with its standard output and error apart, and waits for it to exit. */
  private Output runApart(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(args);
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Output(out, Files.readString(err), process.exitValue());
  }

  /** Runs the launcher; returns its output, standard error included, once it exits with 0. */
  private static String run(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(args);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
