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
  /** Whether a file of this name is an article: not hidden, and no sidecar of another file. */
  private static boolean isArticleName(String name) {
    return !name.startsWith(".") && !SidecarOverrides.isSidecarName(name);
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
   */
  record Listing(List<ArticleFile> files, List<FileOutcome> unvisitable) {}

  /**
   * An article file as the walk saw it.
   *
   * @param path the file
   * @param name its name
   * @param sizeAndTime its part of its stamp
   * @param sidecarsByStem the parts of the sidecars in its folder, by stem
   */
  record ArticleFile(
      Path path, String name, String sizeAndTime, Map<String, String> sidecarsByStem) {
    /** Returns the file's stamp from what the walk saw, without touching the disk. */
    String stamp() {
      return FileStamp.of(sizeAndTime, name, sidecarsByStem);
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
      // A corpus of one file: its sidecars are stat'ed on their own.
      Map<String, String> sidecars = new HashMap<>();
      for (Path sidecar : SidecarOverrides.candidates(corpus)) {
        walk.addSidecar(Entry.of(sidecar), sidecars);
      }
      walk.file(corpus, root, sidecars);
    }
    return new Listing(walk.files, walk.unvisitable);
  }

  /**
   * An entry of a folder with its attributes, links followed (a broken link's own), or an error;
   * for a regular file, its part of a stamp.
   */
  private record Entry(
      BasicFileAttributes attributes, IOException error, String name, String sizeAndTime) {
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
          return new Entry(null, e, null, null);
        }
      }
      // The path's string, which the path keeps for later, and the name cut from it: all of it on
      // every core.
      String full = path.toString();
      String name = full.substring(full.lastIndexOf(path.getFileSystem().getSeparator()) + 1);
      return new Entry(
          attributes,
          null,
          name,
          attributes.isRegularFile() ? FileStamp.sizeAndTime(attributes) : null);
    }

    boolean isRegularFile() {
      return attributes != null && attributes.isRegularFile();
    }
  }

  /** What a walk has found so far. */
  private static final class Walk {
    final Path corpus;
    final List<ArticleFile> files = new ArrayList<>();
    final List<FileOutcome> unvisitable = new ArrayList<>();

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
      // The folder's sidecars first: its files' stamps need them.
      Map<String, String> sidecars = new HashMap<>();
      for (Entry entry : seen) {
        addSidecar(entry, sidecars);
      }
      ancestors.add(key);
      for (int i = 0; i < seen.length; i++) {
        Entry entry = seen[i];
        if (entry.attributes() != null && entry.attributes().isDirectory()) {
          folder(names.get(i), entry.attributes(), ancestors);
        } else {
          file(names.get(i), entry, sidecars);
        }
      }
      ancestors.remove(ancestors.size() - 1);
    }

    /** Records the entry's part of its files' stamps when it is a sidecar. */
    void addSidecar(Entry entry, Map<String, String> sidecars) {
      String stem = entry.isRegularFile() ? SidecarOverrides.stemOf(entry.name()) : null;
      if (stem != null) {
        sidecars.put(stem, entry.sizeAndTime());
      }
    }

    void file(Path file, Entry entry, Map<String, String> sidecars) {
      if (entry.attributes() == null) {
        failed(file, entry.error());
      } else if (!isArticleName(entry.name())) {
        return;
      } else if (entry.isRegularFile()) {
        // Stamped as the walk passes, before any file is read: a later change shows next run.
        files.add(new ArticleFile(file, entry.name(), entry.sizeAndTime(), sidecars));
      } else if (entry.attributes().isSymbolicLink()) {
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
