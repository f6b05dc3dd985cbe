package org.articlesearch.ingest;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a corpus folder and its subfolders, and runs an update a moment after files stop
 * changing: a burst of copies is one update, not hundreds.
 */
public final class CorpusWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

  /** The work to run after changes; failures are logged and the watching goes on. */
  @FunctionalInterface
  public interface Update {
    void run() throws Exception;
  }

  private final Path corpus;
  private final Duration quiet;
  private final Update update;
  private final WatchService watcher;
  private final Thread thread;

  private CorpusWatcher(Path corpus, Duration quiet, Update update) throws IOException {
    this.corpus = corpus;
    this.quiet = quiet;
    this.update = update;
    this.watcher = FileSystems.getDefault().newWatchService();
    registerTree(corpus);
    this.thread = Thread.ofPlatform().name("corpus-watcher").daemon().unstarted(this::loop);
  }

  /** Starts watching; the update runs once the corpus has been quiet for the given time. */
  public static CorpusWatcher start(Path corpus, Duration quiet, Update update) throws IOException {
    CorpusWatcher w = new CorpusWatcher(corpus, quiet, update);
    w.thread.start();
    return w;
  }

  private void loop() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = watcher.take();
        boolean changed = drain(key);
        // Wait for the burst to end: every further event restarts the quiet period.
        WatchKey more;
        while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          changed |= drain(more);
        }
        if (changed) {
          try {
            update.run();
          } catch (Exception e) {
            LOG.error(
                "updating the index after corpus changes failed; will try again on the next change",
                e);
          }
        }
      }
    } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Takes a key's events, watching new subfolders too; returns true when something changed. */
  private boolean drain(WatchKey key) {
    boolean changed = false;
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      changed = true;
      if (event.kind() == OVERFLOW) {
        continue;
      }
      Path child = dir.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
        try {
          registerTree(child);
        } catch (IOException e) {
          LOG.warn("cannot watch {}: {}", child, e.toString());
        }
      }
    }
    key.reset();
    return changed;
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Returns the folder being watched. */
  public Path corpus() {
    return corpus;
  }

  @Override
  public void close() throws IOException {
    thread.interrupt();
    watcher.close();
  }
}
