package org.articlesearch.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists the article files of a corpus, and the entries it could not visit. */
final class CorpusWalker {
  /** Corpus files that hold settings for other files, not articles. */
  static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && !name.endsWith(".meta.json");
  }

  /** Folders starting with a dot (.git, .cache) hold no articles. */
  private static boolean isHiddenFolder(Path corpus, Path dir) {
    return !dir.equals(corpus) && dir.getFileName().toString().startsWith(".");
  }

  /**
   * What a walk found.
   *
   * @param files the article files, sorted
   * @param unvisitable what could not be visited, as outcomes
   * @param sizesAndTimes size and modification time of every regular file seen, sidecars included,
   *     by path
   */
  record Listing(
      List<Path> files, List<FileOutcome> unvisitable, Map<String, String> sizesAndTimes) {
    /** Returns the stamp of an article file from what the walk saw, without touching the disk. */
    String stamp(Path file) {
      return FileStamp.of(file, sizesAndTimes::get);
    }
  }

  static Listing walk(Path corpus) throws IOException {
    List<Path> files = new ArrayList<>();
    List<FileOutcome> unvisitable = new ArrayList<>();
    Map<String, String> sizesAndTimes = new HashMap<>();
    // Symbolic links are followed; a loop is reported by visitFileFailed, not thrown.
    Files.walkFileTree(
        corpus,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return isHiddenFolder(corpus, dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              // Recorded as the walk passes, before any file is read: a later change shows next
              // run.
              sizesAndTimes.put(file.toString(), FileStamp.sizeAndTime(attrs));
            }
            if (attrs.isRegularFile() && isArticleFile(file)) {
              files.add(file);
            } else if (attrs.isSymbolicLink() && isArticleFile(file)) {
              // Links are followed, so a link seen as itself points nowhere.
              unvisitable.add(
                  new FileOutcome(
                      relative(corpus, file),
                      FileOutcome.Status.SKIPPED,
                      "unreadable: broken symbolic link"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            unvisitable.add(
                new FileOutcome(
                    relative(corpus, file),
                    FileOutcome.Status.SKIPPED,
                    e instanceof java.nio.file.FileSystemLoopException
                        ? "symbolic link loop"
                        : "unreadable: " + e.getMessage()));
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return new Listing(files, unvisitable, sizesAndTimes);
  }

  /** Returns the newest modification time of the corpus's article files, sidecars and folders. */
  static FileTime newestChange(Path corpus) throws IOException {
    FileTime[] newest = {Files.getLastModifiedTime(corpus)};
    Files.walkFileTree(
        corpus,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (isHiddenFolder(corpus, dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            newer(attrs.lastModifiedTime());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // Sidecars count: a corrected .meta.json must trigger a rebuild like a changed article.
            if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
              newer(attrs.lastModifiedTime());
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // reported by walk() when the index is built
          }

          private void newer(FileTime t) {
            if (t.compareTo(newest[0]) > 0) {
              newest[0] = t;
            }
          }
        });
    return newest[0];
  }

  /** Returns the path relative to the corpus with forward slashes, the form ids are made from. */
  static String relative(Path corpus, Path file) {
    String base = corpus.toString();
    String path = file.toString();
    String separator = file.getFileSystem().getSeparator();
    // Files found by walking the corpus start with its path: cutting it is cheaper than relativize.
    String relative =
        path.startsWith(base)
                && path.length() > base.length() + separator.length()
                && path.startsWith(separator, base.length())
                && !base.isEmpty()
            ? path.substring(base.length() + separator.length())
            : corpus.relativize(file).toString();
    return relative.replace('\\', '/');
  }
}
