package org.articlesearch.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The command line in a JVM of its own, as a user runs it, so that a test can kill it. */
final class CommandProcess {
  private final Process process;
  private final BufferedReader output;
  private final StringBuilder transcript = new StringBuilder();

  private CommandProcess(Process process) {
    this.process = process;
    this.output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code article-search ARGS} on this JVM's runtime and class path. */
  static CommandProcess start(List<String> args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.articlesearch.cli.ArticleSearchCommand"));
    command.addAll(args);
    return new CommandProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** Reads the output until a line matches; false if the process ended first. */
  boolean awaitLine(Predicate<String> wanted) throws IOException {
    String line;
    while ((line = output.readLine()) != null) {
      transcript.append(line).append('\n');
      if (wanted.test(line)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the process still runs. */
  boolean isAlive() {
    return process.isAlive();
  }

  /** The output read so far, for a failure's message. */
  String transcript() {
    return transcript.toString();
  }

  /** Kills the process with SIGKILL (no shutdown hook runs) and waits until it is gone. */
  boolean kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor(30, TimeUnit.SECONDS);
  }
}
