package org.articlesearch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.articlesearch.article.Article;
import org.articlesearch.article.ContainerFormat;
import org.articlesearch.article.ContainerPaths;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.enrich.CorpusNameResolver;
import org.articlesearch.extract.ContainerLimits;
import org.articlesearch.extract.ExtractionException;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the article files of a corpus, in parallel, and reports what happened to each. A full run
 * processes every file; an incremental run processes only new and changed files, removes the
 * articles of deleted files, and gives the same index as a full run. A file whose size and
 * modification time, and its sidecars', are those recorded at its last reading is unchanged without
 * being read; any other file is compared by content hash.
 */
public final class CorpusIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusIndexer.class);

  private static final int RESOLVE_BATCH = 256;

  private final ArticlePipeline pipeline;
  private final ContainerExpander containers;
  private final int threads;

  public CorpusIndexer(ArticlePipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.containers = new ContainerExpander(pipeline, ContainerLimits.DEFAULT);
    this.threads = Math.max(1, threads);
  }

  /** Processes every file of the corpus into the writer and commits once at the end. */
  public IngestSummary index(Path corpus, ArticleIndexWriter writer, IndexProgress progress)
      throws IOException, InterruptedException {
    return index(corpus, writer, false, Map.of(), progress);
  }

  /**
   * Brings the index up to date with the corpus and commits once at the end.
   *
   * @param incremental reuse committed articles whose files are unchanged
   * @param settings what else the articles depend on (alias file, pipeline version); when they
   *     differ from the committed ones, every file is processed again
   * @param progress told about each file as it finishes
   */
  public IngestSummary index(
      Path corpus,
      ArticleIndexWriter writer,
      boolean incremental,
      Map<String, String> settings,
      IndexProgress progress)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    // The committed articles are read, and indexed by path, while the corpus is walked.
    FutureTask<CommittedArticles> reading =
        new FutureTask<>(() -> CommittedArticles.of(incremental ? writer.committed() : Map.of()));
    Thread.ofPlatform().name("committed-articles").start(reading);
    CorpusWalker.Listing listing = CorpusWalker.walk(corpus);
    CommittedArticles read = await(reading);
    Map<String, ArticleIndexWriter.Committed> committed = read.byId();
    boolean reuse = incremental && writer.committedSettings().equals(settings);
    writer.recordSettings(settings);

    Run run = new Run(corpus, writer, reuse ? read : CommittedArticles.NONE, progress);
    progress.started(listing.files().size());
    run.outcomes.addAll(listing.unvisitable());
    listing.unvisitable().forEach(progress::finished);
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    // Back-pressure: only a few files are in flight, so memory stays flat on any corpus size.
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<?>> futures = new ArrayList<>();
    // Each file's id path and stamp, on every core; a file whose stamp is the committed one is
    // settled there and then: no read, no hash, no hand-off to a worker (null in found).
    List<CorpusWalker.ArticleFile> files = listing.files();
    Pending[] found = new Pending[files.size()];
    FileOutcome[] unchanged = new FileOutcome[files.size()];
    Slices.run(
        found.length,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            Path file = files.get(i).path();
            String relative = CorpusWalker.relative(corpus, file);
            String stamp = files.get(i).stamp();
            if (run.unchangedByStamp(relative, stamp)) {
              unchanged[i] = new FileOutcome(relative, FileOutcome.Status.UNCHANGED, null);
            } else {
              found[i] = new Pending(file, relative, stamp);
            }
          }
        });
    // Reported from this thread, in the walk's order: the progress reporter and the outcome list
    // each take a lock a file.
    for (FileOutcome outcome : unchanged) {
      if (outcome != null) {
        run.report(outcome);
      }
    }
    // The rest in path order, which makes the index's order of articles the same every run.
    List<Pending> toProcess = new ArrayList<>();
    for (Pending p : found) {
      if (p != null) {
        toProcess.add(p);
      }
    }
    toProcess.sort((a, b) -> a.file().compareTo(b.file()));
    try {
      for (Pending p : toProcess) {
        Path file = p.file();
        String relative = p.relative();
        String stamp = p.stamp();
        inFlight.acquire();
        futures.add(
            workers.submit(
                () -> {
                  try {
                    run.report(indexOne(file, relative, stamp, run, committed));
                    return null;
                  } finally {
                    inFlight.release();
                  }
                }));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      workers.shutdownNow();
    }
    IngestSummary.CopyGrouping grouping = null;
    try {
      for (Map.Entry<String, ArticleIndexWriter.Committed> old : committed.entrySet()) {
        if (!run.seen.contains(old.getKey())) {
          run.changed.set(true);
          writer.delete(old.getKey());
          String path = old.getValue().path();
          String reason =
              ContainerPaths.containerOf(path).map(c -> "no longer in " + c).orElse("file deleted");
          run.report(new FileOutcome(path, FileOutcome.Status.REMOVED, reason));
        }
      }
      // The corpus-wide names depend on the set of articles only: with none added, changed or
      // removed, the committed index already has them resolved.
      if (run.changed.get()) {
        resolveAcrossCorpus(run);
        grouping = CopyGrouper.regroup(writer);
      }
      writer.commit();
    } catch (RuntimeException e) {
      throw new IOException("cannot write the index: " + e.getMessage(), e);
    }
    List<FileOutcome> outcomes = withRejections(run.outcomes, writer.rejected());
    return new IngestSummary(outcomes, Duration.ofNanos(System.nanoTime() - start), grouping);
  }

  /** Waits for a task; its IOException is rethrown as it is, anything else wrapped in one. */
  private static <T> T await(Future<T> task) throws IOException, InterruptedException {
    try {
      return task.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io
          ? io
          : new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }

  /**
   * A file whose article the index refused (a remote index answers per document, after the file was
   * processed) failed, with the index's reason.
   */
  private static List<FileOutcome> withRejections(
      List<FileOutcome> outcomes, Map<String, String> rejected) {
    if (rejected.isEmpty()) {
      // The usual case, and no id to compute for each file of an unchanged corpus.
      return outcomes;
    }
    List<FileOutcome> result = new ArrayList<>(outcomes.size());
    for (FileOutcome o : outcomes) {
      String reason = rejected.get(ArticlePipeline.idFor(o.path()));
      result.add(
          reason == null || o.status() == FileOutcome.Status.SKIPPED
              ? o
              : new FileOutcome(
                  o.path(), FileOutcome.Status.FAILED, "index refused it: " + reason));
    }
    return result;
  }

  /**
   * The committed articles by id, their ids by path, and the ids of the members of each container
   * file by the file's path.
   */
  private record CommittedArticles(
      Map<String, ArticleIndexWriter.Committed> byId,
      Map<String, String> idsByPath,
      Map<String, List<String>> memberIdsByFile) {
    static final CommittedArticles NONE = new CommittedArticles(Map.of(), Map.of(), Map.of());

    static CommittedArticles of(Map<String, ArticleIndexWriter.Committed> byId) {
      Map<String, String> idsByPath = HashMap.newHashMap(byId.size());
      Map<String, List<String>> memberIdsByFile = new HashMap<>();
      byId.forEach(
          (id, committed) -> {
            idsByPath.put(committed.path(), id);
            String file = ContainerPaths.fileOf(committed.path());
            if (!file.equals(committed.path())) {
              memberIdsByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(id);
            }
          });
      return new CommittedArticles(byId, idsByPath, memberIdsByFile);
    }
  }

  /** A file of the corpus, with its path relative to the corpus and its stamp. */
  private record Pending(Path file, String relative, String stamp) {}

  /** The state one run shares between its workers. */
  private static final class Run {
    final Path corpus;
    final ArticleIndexWriter writer;
    final Map<String, ArticleIndexWriter.Committed> reusable;
    // The reusable articles' ids by path, so an unchanged file needs no id computed.
    final Map<String, String> reusableIds;
    // A container file is one file: unchanged, so are all its members.
    final Map<String, List<String>> reusableMembers;
    final IndexProgress progress;
    // Sized for the committed articles: an unchanged corpus of many files puts each in all three.
    final List<FileOutcome> outcomes;
    final Set<String> seen;
    final Set<String> unchanged;
    final CorpusNameResolver names = new CorpusNameResolver();
    final Queue<String> withLoneNames = new ConcurrentLinkedQueue<>();
    // Whether any article was added, replaced or deleted.
    final AtomicBoolean changed = new AtomicBoolean();

    Run(
        Path corpus,
        ArticleIndexWriter writer,
        CommittedArticles reusable,
        IndexProgress progress) {
      this.corpus = corpus;
      this.writer = writer;
      this.reusable = reusable.byId();
      this.reusableIds = reusable.idsByPath();
      this.reusableMembers = reusable.memberIdsByFile();
      this.progress = progress;
      int size = this.reusable.size();
      this.outcomes = Collections.synchronizedList(new ArrayList<>(size));
      this.seen = ConcurrentHashMap.newKeySet(size);
      this.unchanged = ConcurrentHashMap.newKeySet(size);
    }

    /**
     * Counts a file as seen and unchanged when its stamp is the one recorded with its article; says
     * whether it did. The caller reports it.
     */
    boolean unchangedByStamp(String relative, String stamp) {
      String id = reusableIds.get(relative);
      if (id == null || stamp.isEmpty() || !stamp.equals(reusable.get(id).fileStamp())) {
        return false;
      }
      seen.add(id);
      unchanged.add(id);
      for (String member : reusableMembers.getOrDefault(relative, List.of())) {
        seen.add(member);
        unchanged.add(member);
      }
      return true;
    }

    void report(FileOutcome outcome) {
      outcomes.add(outcome);
      progress.finished(outcome);
    }
  }

  /**
   * Processes one file; a problem with the file is its outcome, a problem writing the index ends
   * the run.
   */
  private FileOutcome indexOne(
      Path file,
      String relative,
      String stamp,
      Run run,
      Map<String, ArticleIndexWriter.Committed> committed)
      throws IOException {
    String id = ArticlePipeline.idFor(relative);
    run.seen.add(id);
    ArticleIndexWriter.Committed before = run.reusable.get(id);
    if (before != null && before.contentHash().equals(ArticlePipeline.contentHash(file))) {
      // Touched, not changed: the new stamp spares the next run the hashing.
      run.writer.restamp(id, stamp);
      run.unchanged.add(id);
      for (String member : run.reusableMembers.getOrDefault(relative, List.of())) {
        run.seen.add(member);
        run.unchanged.add(member);
        run.writer.restamp(member, stamp);
      }
      return new FileOutcome(relative, FileOutcome.Status.UNCHANGED, null);
    }
    // A container gives its members' articles and its own, last; any other file its own.
    Optional<ContainerFormat> container = ContainerFormat.of(file.getFileName().toString());
    List<Article> articles;
    List<FileOutcome> skippedMembers = List.of();
    try {
      if (container.isPresent()) {
        ContainerExpander.Expanded expanded = containers.expand(file, relative, container.get());
        articles = expanded.articles();
        skippedMembers = expanded.skipped();
      } else {
        articles = List.of(pipeline.process(file, relative));
      }
    } catch (ExtractionException e) {
      // A container's old members are not seen either, so they go at the end of the run.
      dropStale(run, committed, id);
      String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
      return new FileOutcome(relative, FileOutcome.Status.SKIPPED, e.reason().label() + detail);
    } catch (RuntimeException e) {
      // Unexpected: logged with its trace, counted, and the run goes on.
      LOG.warn("failed on {}", relative, e);
      dropStale(run, committed, id);
      return new FileOutcome(relative, FileOutcome.Status.FAILED, e.toString());
    }
    run.changed.set(true);
    for (Article article : articles) {
      run.seen.add(article.id());
      try {
        // Each member carries its container file's stamp: the file is what the next run checks.
        run.writer.add(article, article.entities(), stamp);
      } catch (RuntimeException e) {
        throw new IOException("cannot write the index: " + e.getMessage(), e);
      }
      if (run.names.observe(article)) {
        run.withLoneNames.add(article.id());
      }
      if (article.textFromOcr()) {
        run.progress.readByOcr(article.ocrPages());
      }
      if (!article.id().equals(id)) {
        // Members are outcomes of their own, but not files the progress counts.
        run.outcomes.add(
            new FileOutcome(article.path(), FileOutcome.Status.INDEXED, ocrProblems(article)));
      }
    }
    run.outcomes.addAll(skippedMembers);
    // Pages OCR could not read leave the article indexed in part, which the summary says.
    return new FileOutcome(
        relative, FileOutcome.Status.INDEXED, ocrProblems(articles.get(articles.size() - 1)));
  }

  private static String ocrProblems(Article article) {
    return article.provenance().get("ocr-problems");
  }

  /** A file that no longer yields an article must not leave its old article behind. */
  private static void dropStale(
      Run run, Map<String, ArticleIndexWriter.Committed> committed, String id) throws IOException {
    if (committed.containsKey(id)) {
      run.changed.set(true);
      run.writer.delete(id);
    }
  }

  /**
   * Second pass: articles naming someone by surname only get the corpus's full name for them, and
   * every name the type most of its mentions in the corpus have. The unchanged articles take part
   * as recognized, so the result is the same as a full run's.
   */
  private static void resolveAcrossCorpus(Run run) throws IOException {
    Set<String> toResolve = new java.util.LinkedHashSet<>();
    if (!run.unchanged.isEmpty()) {
      run.writer.forEachRecognized(
          (id, recognized) -> {
            if (!run.unchanged.contains(id)) {
              // Replaced or removed: its names' types no longer count, but may have counted before.
              run.names.forget(recognized);
            } else if (run.names.observe(recognized)) {
              run.withLoneNames.add(id);
            }
          });
      // Only now are the types complete: the unchanged articles they may retype are found again.
      if (run.names.mayRetype()) {
        run.writer.forEachRecognized(
            (id, recognized) -> {
              if (run.unchanged.contains(id) && run.names.needsResolution(recognized)) {
                toResolve.add(id);
              }
            });
      }
    }
    toResolve.addAll(run.withLoneNames);
    toResolve.addAll(run.names.idsWithSplitTypes());
    // In batches: look up many, then write them, so the writer's reader reopens once a batch.
    List<String> ids = new ArrayList<>(toResolve);
    for (int from = 0; from < ids.size(); from += RESOLVE_BATCH) {
      List<StoredArticle> changed = new ArrayList<>();
      for (String id : ids.subList(from, Math.min(ids.size(), from + RESOLVE_BATCH))) {
        Optional<StoredArticle> stored = run.writer.find(id);
        if (stored.isEmpty()) {
          continue;
        }
        Article current = stored.get().article();
        List<NamedEntity> recognized = stored.get().recognized();
        Article asRecognized = current.withEntities(recognized);
        Article resolved = run.names.resolve(asRecognized).orElse(asRecognized);
        if (!resolved.entities().equals(current.entities())) {
          changed.add(new StoredArticle(resolved, recognized, stored.get().fileStamp()));
        }
      }
      for (StoredArticle update : changed) {
        run.writer.add(update.article(), update.recognized(), update.fileStamp());
      }
    }
  }
}
