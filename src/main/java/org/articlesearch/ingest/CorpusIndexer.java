package org.articlesearch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.articlesearch.article.Article;
import org.articlesearch.enrich.CorpusNameResolver;
import org.articlesearch.extract.ExtractionException;
import org.articlesearch.index.ArticleIndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Indexes every article file of a corpus, in parallel, and reports what happened to each. */
public final class CorpusIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusIndexer.class);

  private final ArticlePipeline pipeline;
  private final int threads;


  public CorpusIndexer(ArticlePipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  /**
   * Processes the corpus into the writer and commits once at the end.
   *
   * @param progress told about each file as it finishes
   */
  public IngestSummary index(Path corpus, ArticleIndexWriter writer, Consumer<FileOutcome> progress)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    CorpusWalker.Listing listing = CorpusWalker.walk(corpus);
    CorpusNameResolver names = new CorpusNameResolver();
    Queue<String> withLoneNames = new ConcurrentLinkedQueue<>();
    List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>(listing.unvisitable()));
    listing.unvisitable().forEach(progress);
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    // Back-pressure: only a few files are in flight, so memory stays flat on any corpus size.
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (Path file : listing.files()) {
        inFlight.acquire();
        futures.add(workers.submit(() -> {
          try {
            FileOutcome outcome = indexOne(corpus, file, writer, names, withLoneNames);
            outcomes.add(outcome);
            progress.accept(outcome);
            return null;
          } finally {
            inFlight.release();
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
    } finally {
      workers.shutdownNow();
    }
    try {
      resolveLoneNames(writer, names, withLoneNames);
      writer.commit();
    } catch (RuntimeException e) {
      throw new IOException("cannot write the index: " + e.getMessage(), e);
    }
    List<FileOutcome> sorted = new ArrayList<>(outcomes);
    sorted.sort((a, b) -> a.path().compareTo(b.path()));
    return new IngestSummary(sorted, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Second pass: articles naming someone by surname only get the corpus's full name for them. */
  private static void resolveLoneNames(ArticleIndexWriter writer, CorpusNameResolver names, Queue<String> withLoneNames)
      throws IOException {
    for (String id : withLoneNames) {
      Optional<Article> article = writer.find(id);
      if (article.isPresent()) {
        Optional<Article> resolved = names.resolve(article.get());
        if (resolved.isPresent()) {
          writer.add(resolved.get());
        }
      }
    }
  }

  /** Processes one file; a problem with the file is its outcome, a problem writing the index ends the run. */
  private FileOutcome indexOne(Path corpus, Path file, ArticleIndexWriter writer, CorpusNameResolver names,
      Queue<String> withLoneNames) throws IOException {
    String relative = CorpusWalker.relative(corpus, file);
    Article article;
    try {
      article = pipeline.process(file, relative);
    } catch (ExtractionException e) {
      String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
      return new FileOutcome(relative, FileOutcome.Status.SKIPPED, e.reason().label() + detail);
    } catch (RuntimeException e) {
      // Unexpected: logged with its trace, counted, and the run goes on.
      LOG.warn("failed on {}", relative, e);
      return new FileOutcome(relative, FileOutcome.Status.FAILED, e.toString());
    }
    try {
      writer.add(article);
    } catch (RuntimeException e) {
      throw new IOException("cannot write the index: " + e.getMessage(), e);
    }
    if (names.observe(article)) {
      withLoneNames.add(article.id());
    }
    return new FileOutcome(relative, FileOutcome.Status.INDEXED, null);
  }
}
