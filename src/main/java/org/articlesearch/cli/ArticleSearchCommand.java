package org.articlesearch.cli;

import java.io.PrintWriter;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code article-search} program: one command with a subcommand per job. */
@Command(
    name = "article-search",
    mixinStandardHelpOptions = true,
    version = "article-search 0.1.0",
    description = "Full-text search over news and opinion articles.",
    subcommands = {
      IndexCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      EntitiesCommand.class,
      RelevanceCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ArticleSearchCommand implements Runnable {
  /**
   * Standard output when the program runs from {@link #main}; the only writer a live progress bar
   * may use.
   */
  static final PrintWriter CONSOLE_OUT = new PrintWriter(System.out, true);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing command: choose index, serve, search, extract, entities or relevance.");
  }

  /** Runs the program and exits with its status. */
  public static void main(String[] args) {
    // One logging setup: java.util.logging (Lucene's) goes where SLF4J goes.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(run(CONSOLE_OUT, new PrintWriter(System.err, true), args));
  }

  /** Runs the program and returns its exit status; errors in the arguments print one line. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new ArticleSearchCommand());
    cli.setOut(out);
    cli.setErr(err);
    try {
      cli.setDefaultValueProvider(ConfiguredDefaults.from(System.getenv()));
    } catch (UserException e) {
      err.println("article-search: " + e.getMessage());
      return 1;
    }
    cli.setParameterExceptionHandler(
        (e, a) -> {
          e.getCommandLine()
              .getErr()
              .println(
                  "article-search: "
                      + e.getMessage()
                      + " (see '"
                      + e.getCommandLine().getCommandSpec().qualifiedName()
                      + " --help')");
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UserException) {
            commandLine.getErr().println("article-search: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return cli.execute(args);
  }
}
