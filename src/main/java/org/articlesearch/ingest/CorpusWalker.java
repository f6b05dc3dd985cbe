package org.articlesearch.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    Path fileName = file.getFileName();
    if (fileName == null) {
      return false; // a root folder
    }
    String name = fileName.toString();
    return !name.startsWith(".") && !name.endsWith(".meta.json");
  }

  /** Folders starting with a dot (.git, .cache) hold no articles. */
  private static boolean isHiddenFolder(Path corpus, Path dir) {
    return !dir.equals(corpus) && dir.getFileName().toString().startsWith(".");
  }

  /**
   * What a walk found.
   *
   * @param files the article files, in no particular order
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

  /**
   * Walks the corpus as {@link Files#walkFileTree} does with links followed (a loop, an unreadable
   * entry and a broken link are outcomes, not errors), a folder at a time: each folder's entries
   * are stat'ed on every core, which on one was most of a run over an unchanged corpus.
   */
  static Listing walk(Path corpus) throws IOException {
    Walk walk = new Walk(corpus);
    Entry root = Entry.of(corpus);
    if (root.attributes() == null) {
      walk.failed(corpus, root.error());
    } else if (root.attributes().isDirectory()) {
      walk.folder(corpus, root.attributes(), new ArrayList<>());
    } else {
      walk.file(corpus, root);
    }
    return new Listing(walk.files, walk.unvisitable, walk.sizesAndTimes);
  }

  /** An entry of a folder with its attributes, links followed; a broken link's own, or an error. */
  private record Entry(
      BasicFileAttributes attributes,
      IOException error,
      String path,
      String sizeAndTime,
      boolean article) {
    static Entry of(Path path) {
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(path, BasicFileAttributes.class);
      } catch (IOException e) {
        try {
          // A link to nothing is seen as itself, as the tree walker does.
          attributes =
              Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException second) {
          return new Entry(null, e, null, null, false);
        }
      }
      // The path as a string too, its hash (which the string keeps) and its part of a stamp: all
      // of it on every core.
      String name = path.toString();
      name.hashCode();
      return new Entry(
          attributes,
          null,
          name,
          attributes.isRegularFile() ? FileStamp.sizeAndTime(attributes) : null,
          isArticleFile(path));
    }
  }

  /** What a walk has found so far. */
  private static final class Walk {
    final Path corpus;
    final List<Path> files = new ArrayList<>();
    final List<FileOutcome> unvisitable = new ArrayList<>();
    Map<String, String> sizesAndTimes = new HashMap<>();

    Walk(Path corpus) {
      this.corpus = corpus;
    }

    /** Visits a folder; {@code ancestors} are the file keys of the folders above it. */
    void folder(Path dir, BasicFileAttributes attributes, List<Object> ancestors)
        throws IOException {
      if (isHiddenFolder(corpus, dir)) {
        return;
      }
      Object key = attributes.fileKey();
      if (key != null && ancestors.contains(key)) {
        unvisitable.add(
            new FileOutcome(
                relative(corpus, dir), FileOutcome.Status.SKIPPED, "symbolic link loop"));
        return;
      }
      List<Path> names = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path entry : entries) {
          names.add(entry);
        }
      } catch (DirectoryIteratorException e) {
        throw e.getCause();
      } catch (IOException e) {
        failed(dir, e);
        return;
      }
      Entry[] seen = new Entry[names.size()];
      Slices.run(
          seen.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              seen[i] = Entry.of(names.get(i));
            }
          });
      if (sizesAndTimes.isEmpty()) {
        // Sized for the first folder with files: in a flat corpus, for all of them.
        sizesAndTimes = HashMap.newHashMap(seen.length);
      }
      ancestors.add(key);
      for (int i = 0; i < seen.length; i++) {
        Entry entry = seen[i];
        if (entry.attributes() != null && entry.attributes().isDirectory()) {
          folder(names.get(i), entry.attributes(), ancestors);
        } else {
          file(names.get(i), entry);
        }
      }
      ancestors.remove(ancestors.size() - 1);
    }

    void file(Path file, Entry entry) {
      BasicFileAttributes attrs = entry.attributes();
      if (attrs == null) {
        failed(file, entry.error());
        return;
      }
      if (attrs.isRegularFile()) {
        // Recorded as the walk passes, before any file is read: a later change shows next run.
        sizesAndTimes.put(entry.path(), entry.sizeAndTime());
      }
      if (attrs.isRegularFile() && entry.article()) {
        files.add(file);
      } else if (attrs.isSymbolicLink() && entry.article()) {
        // Links are followed, so a link seen as itself points nowhere.
        unvisitable.add(
            new FileOutcome(
                relative(corpus, file),
                FileOutcome.Status.SKIPPED,
                "unreadable: broken symbolic link"));
      }
    }

    void failed(Path path, IOException e) {
      unvisitable.add(
          new FileOutcome(
              relative(corpus, path), FileOutcome.Status.SKIPPED, "unreadable: " + e.getMessage()));
    }
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
