package org.articlesearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.articlesearch.http.SearchServer;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.IngestSummary;
import org.articlesearch.search.LuceneArticleSearcher;

/**
 * The seed corpus indexed by the real pipeline and served on an ephemeral port, built once per test
 * JVM and shared by the integration tests that only read from it.
 */
public final class SeedServer {
  private static SeedServer instance;

  private final IngestSummary summary;
  private final LuceneArticleSearcher searcher;
  private final SearchServer server;

  private SeedServer(IngestSummary summary, LuceneArticleSearcher searcher, SearchServer server) {
    this.summary = summary;
    this.searcher = searcher;
    this.server = server;
  }

  /** Returns the shared server, indexing and starting it on first use. */
  public static synchronized SeedServer get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("seed-server");
        Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
        Path index = dir.resolve("index");
        IngestSummary summary;
        try (ArticlePipeline pipeline = ArticlePipeline.withDefaults();
            LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
          summary = new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
        }
        LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index);
        instance = new SeedServer(summary, searcher, SearchServer.start(searcher, "127.0.0.1", 0));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  public IngestSummary summary() {
    return summary;
  }

  /** Returns the base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + server.port();
  }

  public int port() {
    return server.port();
  }
}
