package org.articlesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.articlesearch.http.SearchServer;
import org.articlesearch.ingest.CorpusWatcher;
import org.articlesearch.ingest.IndexFreshness;
import org.articlesearch.opensearch.OpenSearchArticleSearcher;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.LuceneArticleSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: answers the JSON API and serves the page; indexes the corpus first if needed. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search page and JSON API.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Locations.IndexFolder index;

  @Mixin Locations.CorpusFolder corpus;

  @Mixin Locations.AliasFile aliases;

  @Mixin Locations.Backend backend;

  @Mixin OcrOptions ocr;

  @Option(
      names = "--watch",
      description =
          "Index files added, changed or removed in the corpus within seconds, while serving.")
  boolean watch;

  @Option(
      names = "--no-auto-index",
      description = "Serve the index as it is, even if the corpus is newer.")
  boolean noAutoIndex;

  @Option(
      names = "--host",
      description =
          "Address to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 to expose on the network).",
      defaultValue = "127.0.0.1")
  String host;

  @Option(
      names = "--port",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).",
      defaultValue = "8080")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    IndexTarget target = IndexTarget.of(index.path, backend);
    if (!noAutoIndex && isStale(target)) {
      build(target, out);
    }
    ArticleSearcher searcher;
    try {
      searcher =
          target.openSearch().isPresent()
              ? OpenSearchArticleSearcher.open(target.openSearch().get())
              : LuceneArticleSearcher.open(index.path);
    } catch (IOException e) {
      throw new UserException("cannot open the index: " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CorpusWatcher watcher = watch ? watch(target, out) : null;
    try (searcher;
        SearchServer server = SearchServer.start(searcher, host, port);
        CorpusWatcher ignored = watcher) {
      String shown = host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host;
      out.printf(
          "Serving %d articles on http://%s:%d/ (Ctrl+C to stop)%n",
          searcher.count(), shown, server.port());
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  /**
   * Returns whether the corpus may hold changes the index lacks. A cluster's index has no commit
   * time to compare with, so an incremental run there decides: it reads unchanged files' hashes
   * only.
   */
  private boolean isStale(IndexTarget target) throws IOException {
    if (target.openSearch().isPresent()) {
      return Files.isDirectory(corpus.path);
    }
    return IndexFreshness.isStale(corpus.path, index.path);
  }

  private void build(IndexTarget target, PrintWriter out) throws IOException, InterruptedException {
    IndexCommand.build(
        corpus.path,
        target,
        aliases.path,
        Runtime.getRuntime().availableProcessors(),
        false,
        true,
        ocr.settings(),
        out);
  }

  /**
   * Runs an incremental index after the corpus changes; the server picks up each commit by itself.
   */
  private CorpusWatcher watch(IndexTarget target, PrintWriter out) throws IOException {
    if (!Files.isDirectory(corpus.path)) {
      throw new UserException("cannot watch " + corpus.path + ": not a folder");
    }
    out.printf("Watching %s for changes%n", corpus.path);
    return CorpusWatcher.start(corpus.path, Duration.ofSeconds(1), () -> build(target, out));
  }
}
