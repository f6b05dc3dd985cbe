package org.articlesearch.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.articlesearch.extract.OcrSettings;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.FileOutcome;
import org.articlesearch.ingest.IngestSummary;
import org.articlesearch.opensearch.BulkStats;
import org.articlesearch.opensearch.OpenSearchArticleIndexWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code index}: rebuilds the index from the corpus and prints what happened to every file. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Bring the index up to date with the corpus folder: new and changed files are processed, deleted ones removed.")
public final class IndexCommand implements Callable<Integer> {
  /** The recognition cache's folder inside the index folder. */
  static final String RECOGNITION_CACHE = "ner-cache";

  @Spec CommandSpec spec;

  @Mixin Locations.CorpusFolder corpus;

  @Mixin Locations.IndexFolder index;

  @Mixin Locations.AliasFile aliases;

  @Option(
      names = "--full",
      description = "Process every file again, not only new and changed ones.")
  boolean full;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write every file's outcome and reason to FILE, as JSON Lines.")
  Path report;

  @Option(
      names = "--no-entities",
      description =
          "Skip entity recognition: no NER model is loaded and no entity facets are built.")
  boolean noEntities;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin Locations.Backend backend;

  @Mixin OcrOptions ocr;

  @Override
  public Integer call() throws IOException, InterruptedException {
    IngestSummary summary =
        build(
            corpus.path,
            IndexTarget.of(index.path, backend),
            aliases.path,
            threads,
            full,
            !noEntities,
            ocr.settings(),
            spec.commandLine().getOut());
    if (report != null) {
      writeReport(summary, report);
    }
    return summary.count(FileOutcome.Status.FAILED) > 0 ? 1 : 0;
  }

  /** Builds the index and prints progress and a summary to out; shared with {@code serve}. */
  static IngestSummary build(Path corpus, Path index, Path aliases, int threads, PrintWriter out)
      throws IOException, InterruptedException {
    return build(
        corpus, IndexTarget.lucene(index), aliases, threads, false, true, OcrSettings.DEFAULT, out);
  }

  /**
   * Brings the local index up to date with the corpus; prints progress and a summary.
   *
   * @param full process every file, instead of only new and changed ones
   */
  static IngestSummary build(
      Path corpus, Path index, Path aliases, int threads, boolean full, PrintWriter out)
      throws IOException, InterruptedException {
    return build(
        corpus, IndexTarget.lucene(index), aliases, threads, full, true, OcrSettings.DEFAULT, out);
  }

  /**
   * Brings an index, local or on OpenSearch, up to date with the corpus; prints progress and a
   * summary. {@code serve} calls it for its first index and after each change it watches.
   *
   * @param target the index to write, and the folder of the recognition cache
   * @param full process every file, instead of only new and changed ones
   * @param entities run entity recognition; switching it on or off processes every file again
   * @param ocr when scans are read by OCR; changing it processes every file again
   */
  static IngestSummary build(
      Path corpus,
      IndexTarget target,
      Path aliases,
      int threads,
      boolean full,
      boolean entities,
      OcrSettings ocr,
      PrintWriter out)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(corpus)) {
      throw new UserException("corpus folder not found: " + corpus);
    }
    target.prepare();
    out.printf(
        "Indexing %s into %s%s ...%n", corpus, target.describe(), full ? " (full rebuild)" : "");
    IngestSummary summary;
    // Recognition results live beside the index, so a rebuild after an alias edit runs no NER.
    try {
      try (ArticlePipeline pipeline =
              entities
                  ? ArticlePipeline.standard(target.recognitionCache(), aliases, ocr)
                  : ArticlePipeline.withoutRecognition(ocr);
          ArticleIndexWriter writer = target.open(full);
          ProgressReporter progress = ProgressReporter.forOutput(out, outputIsTheConsole(out))) {
        summary =
            new CorpusIndexer(pipeline, threads)
                .index(corpus, writer, !full, settings(aliases, entities, ocr), progress);
        if (writer instanceof OpenSearchArticleIndexWriter remote) {
          printBulk(remote, out);
        }
      }
    } catch (IOException e) {
      // Nothing was committed: searchers keep the last complete index.
      throw new UserException("indexing failed: " + describe(e) + "; " + target.keptAfterFailure());
    }
    print(summary, out);
    return summary;
  }

  private static void printBulk(OpenSearchArticleIndexWriter writer, PrintWriter out) {
    BulkStats stats = writer.bulkStats();
    out.printf(
        Locale.ROOT,
        "OpenSearch index %s: %d operations in %d bulk requests, %d requests and %d documents"
            + " sent again after the cluster pushed back%n",
        writer.targetIndex(),
        stats.operations(),
        stats.requests(),
        stats.requestRetries(),
        stats.itemRetries());
  }

  /** The live bar draws on the real console only, never into a captured writer. */
  private static boolean outputIsTheConsole(PrintWriter out) {
    return out == ArticleSearchCommand.CONSOLE_OUT;
  }

  static String describe(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return e instanceof java.nio.file.FileSystemException
        ? e.getClass().getSimpleName().replace("Exception", "") + " " + message
        : message;
  }

  /**
   * What every article depends on besides its file: the alias file and the program itself. When
   * either changes, an incremental run processes every file again (recognition stays cached).
   */
  static Map<String, String> settings(Path aliases, boolean entities, OcrSettings ocr) {
    Map<String, String> settings = new TreeMap<>();
    if (!entities) {
      // Only when off, so that indexes built before the option existed stay current.
      settings.put("entities", "off");
    }
    if (!ocr.equals(OcrSettings.DEFAULT) || !OcrSettings.tesseractInstalled()) {
      // Likewise only when not the default; installing Tesseract reads the scans skipped before.
      settings.put(
          "ocr",
          OcrSettings.tesseractInstalled()
              ? ocr.mode() + " " + ocr.languages() + " " + ocr.pageTimeout()
              : "no tesseract");
    }
    settings.put(
        "aliases", Files.isRegularFile(aliases) ? ArticlePipeline.contentHash(aliases) : "none");
    settings.put("program", programIdentity());
    return settings;
  }

  private static String programIdentity() {
    try {
      Path code =
          Path.of(IndexCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code) ? ArticlePipeline.contentHash(code) : "classes:" + code;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void writeReport(IngestSummary summary, Path report) {
    Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    StringBuilder lines = new StringBuilder();
    for (FileOutcome o : summary.outcomes()) {
      Map<String, String> line = new java.util.LinkedHashMap<>();
      line.put("path", o.path());
      line.put("status", o.status().name().toLowerCase(Locale.ROOT));
      line.put("reason", o.reason());
      lines.append(gson.toJson(line)).append('\n');
    }
    try {
      Files.writeString(report, lines, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException("cannot write the report " + report + ": " + describe(e));
    }
  }

  static void print(IngestSummary summary, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Files seen: %d, indexed: %d, unchanged: %d, skipped: %d, failed: %d, removed: %d, in %.3f s%n",
        summary.seen() - summary.count(FileOutcome.Status.REMOVED),
        summary.count(FileOutcome.Status.INDEXED),
        summary.count(FileOutcome.Status.UNCHANGED),
        summary.count(FileOutcome.Status.SKIPPED),
        summary.count(FileOutcome.Status.FAILED),
        summary.count(FileOutcome.Status.REMOVED),
        summary.elapsed().toMillis() / 1000.0);
    if (summary.grouping() != null) {
      out.printf(
          Locale.ROOT,
          "Copies: %d articles are copies of one seen before; grouped in %.3f s, %.3f s of it"
              + " reading the articles back%n",
          summary.grouping().copies(),
          summary.grouping().took().toMillis() / 1000.0,
          summary.grouping().reading().toMillis() / 1000.0);
    }
    for (FileOutcome o : summary.remarks()) {
      String status =
          o.status() == FileOutcome.Status.INDEXED
              ? "partly"
              : o.status().name().toLowerCase(Locale.ROOT);
      out.printf("  %-7s %s: %s%n", status, o.path(), o.reason());
    }
  }
}
