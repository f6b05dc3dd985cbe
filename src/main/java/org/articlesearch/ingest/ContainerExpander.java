package org.articlesearch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.articlesearch.article.Article;
import org.articlesearch.article.ContainerFormat;
import org.articlesearch.article.ContainerPaths;
import org.articlesearch.extract.ContainerLimits;
import org.articlesearch.extract.ContainerReader;
import org.articlesearch.extract.ExtractedText;
import org.articlesearch.extract.ExtractionException;
import org.articlesearch.extract.MemberSink;
import org.articlesearch.extract.UnpackBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a corpus file that is a container, an e-mail or an archive, into articles: its own, which
 * lists its members, and one for each member that is a document, containers in it opened in turn
 * down to {@link ContainerLimits#maxDepth}. A limit of the file's {@link UnpackBudget} refuses it
 * whole; a member that cannot be read is skipped alone.
 */
final class ContainerExpander {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerExpander.class);

  /** The longest scratch file name: the member's extension is what matters to the parser. */
  private static final int MAX_SCRATCH_NAME = 100;

  private final ArticlePipeline pipeline;
  private final ContainerLimits limits;

  ContainerExpander(ArticlePipeline pipeline, ContainerLimits limits) {
    this.pipeline = pipeline;
    this.limits = limits;
  }

  /**
   * The articles of one container file, the container's last, and its members that were not read.
   */
  record Expanded(List<Article> articles, List<FileOutcome> skipped) {}

  /**
   * Reads a container file of the corpus.
   *
   * @param relative its path relative to the corpus, the start of every member's path
   * @throws ExtractionException when the file cannot be opened or passed a limit
   */
  Expanded expand(Path file, String relative, ContainerFormat format) throws ExtractionException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
    }
    if (size == 0) {
      throw new ExtractionException(ExtractionException.Reason.EMPTY, "empty file");
    }
    Optional<SidecarOverrides> overrides;
    try {
      overrides = SidecarOverrides.readAll(file).overrides();
    } catch (SidecarOverrides.InvalidSidecarException e) {
      throw new ExtractionException(ExtractionException.Reason.INVALID_SIDECAR, e.getMessage(), e);
    }
    Path scratch;
    try {
      scratch = Files.createTempDirectory("article-search-members");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a scratch folder", e);
    }
    try {
      Expansion expansion = new Expansion(new UnpackBudget(limits, size), scratch);
      Article own =
          expansion.container(
              format, relative, file, null, 0, ArticlePipeline.contentHash(file), overrides);
      expansion.articles.add(own);
      return new Expanded(expansion.articles, expansion.skipped);
    } finally {
      deleteAll(scratch);
    }
  }

  /** The articles and skipped members of one file so far. */
  private final class Expansion {
    final UnpackBudget budget;
    final Path scratch;
    final List<Article> articles = new ArrayList<>();
    final List<FileOutcome> skipped = new ArrayList<>();
    int scratchFiles;

    Expansion(UnpackBudget budget, Path scratch) {
      this.budget = budget;
      this.scratch = scratch;
    }

    /**
     * Reads one container and its members; returns its own article.
     *
     * @param depth how many containers hold it
     * @param overrides the corpus file's sidecar, for the outermost container only
     */
    Article container(
        ContainerFormat format,
        String path,
        Path file,
        byte[] content,
        int depth,
        String contentHash,
        Optional<SidecarOverrides> overrides)
        throws ExtractionException {
      List<String> names = new ArrayList<>();
      List<String> members = new ArrayList<>();
      Set<String> taken = new HashSet<>();
      MemberSink sink =
          new MemberSink() {
            @Override
            public void member(String name, byte[] bytes) throws ExtractionException {
              String unique = name;
              // Two members of one name (an e-mail may attach two "scan.pdf") keep two ids.
              for (int i = 2; !taken.add(unique); i++) {
                unique = name + "~" + i;
              }
              names.add(unique);
              String memberPath = ContainerPaths.member(path, unique);
              if (read(memberPath, unique, bytes, depth + 1)) {
                members.add(memberPath);
              }
            }

            @Override
            public void skipped(String name, ExtractionException.Reason reason, String detail) {
              names.add(name);
              skip(ContainerPaths.member(path, name), reason, detail);
            }
          };
      String name = path.substring(path.lastIndexOf('/') + 1);
      ExtractedText own = pipeline.containers().read(format, name, file, content, budget, sink);
      if (own.text().isBlank()) {
        // An archive, or a message of attachments alone: its text is what it holds.
        Map<String, List<String>> metadata = new LinkedHashMap<>(own.metadata());
        metadata.putIfAbsent("dc:title", List.of(name));
        own =
            new ExtractedText(
                ContainerReader.listing(names), metadata, own.mediaType(), own.truncated());
      }
      return pipeline
          .enrich(new ArticlePipeline.Extracted(path, contentHash, own, overrides))
          .withMembers(members);
    }

    /**
     * Reads one member lying {@code depth} containers deep; says whether it gave an article.
     *
     * @throws ExtractionException when the whole file is refused
     */
    boolean read(String path, String name, byte[] bytes, int depth) throws ExtractionException {
      Optional<ContainerFormat> inner = ContainerFormat.of(name);
      try {
        if (inner.isPresent()) {
          if (depth >= limits.maxDepth()) {
            skip(
                path,
                ExtractionException.Reason.NESTED_TOO_DEEP,
                "its members would lie more than " + limits.maxDepth() + " containers deep");
            return false;
          }
          articles.add(
              container(
                  inner.get(),
                  path,
                  null,
                  bytes,
                  depth,
                  ArticlePipeline.hashOf(bytes),
                  Optional.empty()));
        } else {
          Path file = scratchFile(name, bytes);
          try {
            articles.add(pipeline.enrich(pipeline.extractMember(file, bytes, path)));
          } finally {
            deleteAll(file.getParent());
          }
        }
        return true;
      } catch (ExtractionException e) {
        if (budget.refused()) {
          throw e;
        }
        skip(path, e.reason(), e.getMessage());
      } catch (RuntimeException e) {
        // Unexpected: logged with its trace, counted, and the rest of the container goes on.
        LOG.warn("failed on {}", path, e);
        skipped.add(new FileOutcome(path, FileOutcome.Status.FAILED, e.toString()));
      }
      return false;
    }

    void skip(String path, ExtractionException.Reason reason, String detail) {
      String because = detail == null || detail.isBlank() ? "" : ": " + detail;
      skipped.add(new FileOutcome(path, FileOutcome.Status.SKIPPED, reason.label() + because));
    }

    /** Writes a member to a scratch file of its name, which tells the parser its format. */
    Path scratchFile(String name, byte[] bytes) {
      String base = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
      if (base.length() > MAX_SCRATCH_NAME) {
        base = base.substring(base.length() - MAX_SCRATCH_NAME);
      }
      try {
        Path folder = Files.createDirectory(scratch.resolve(Integer.toString(scratchFiles++)));
        return Files.write(folder.resolve(base.isEmpty() ? "member" : base), bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a scratch file", e);
      }
    }
  }

  private static void deleteAll(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("cannot delete the scratch folder {}", folder, e);
    }
  }
}
