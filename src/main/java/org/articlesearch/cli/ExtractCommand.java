package org.articlesearch.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.articlesearch.article.Article;
import org.articlesearch.extract.ExtractionException;
import org.articlesearch.ingest.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: prints what the pipeline makes of each file, one JSON object per line. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Print the title, authors, date, publisher and entities found in files, as JSON Lines.")
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private static final int WINDOW_PER_THREAD = 32;
  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to extract.")
  List<Path> files;

  @Mixin Locations.AliasFile aliases;

  @Mixin OcrOptions ocr;

  @Option(names = "--explain", description = "Also print where each field came from.")
  boolean explain;

  @Option(names = "--text", description = "Also print the article text.")
  boolean text;

  @Override
  public Integer call() {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserException("no such file: " + file);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    try (ReadThenEnrichExecutor workers = new ReadThenEnrichExecutor(threads);
        ArticlePipeline pipeline = ArticlePipeline.standard(null, aliases.path, ocr.settings())) {
      // Files run in parallel; a window of futures keeps memory flat and the output in input order.
      // It is wide so that one slow file at its head does not leave the other workers idle.
      Deque<Future<Line>> window = new ArrayDeque<>();
      for (Path file : files) {
        CompletableFuture<Line> line =
            workers
                .read(() -> read(pipeline, file))
                .thenCompose(
                    read ->
                        read.skipped() != null
                            ? CompletableFuture.completedFuture(read.line())
                            : workers.enrich(
                                read.extracted().text().text().length(),
                                () -> line(pipeline, read)))
                .exceptionally(error -> failed(file, error));
        window.add(line);
        if (window.size() >= threads * WINDOW_PER_THREAD) {
          failures += print(window.poll(), out, err);
        }
      }
      while (!window.isEmpty()) {
        failures += print(window.poll(), out, err);
      }
    }
    return failures == 0 ? 0 : 1;
  }

  /** One file's outcome: its JSON line, or the message saying why it has none. */
  private record Line(String json, String problem) {}

  /** A file read, or why it could not be. */
  private record Read(Path file, ArticlePipeline.Extracted extracted, ExtractionException skipped) {
    Line line() {
      String detail = skipped.getMessage() == null ? "" : " (" + skipped.getMessage() + ")";
      return new Line(null, "skipped " + file + ": " + skipped.reason().label() + detail);
    }
  }

  private static Read read(ArticlePipeline pipeline, Path file) {
    try {
      return new Read(file, pipeline.extract(file, file.toString().replace('\\', '/')), null);
    } catch (ExtractionException e) {
      return new Read(file, null, e);
    }
  }

  private Line line(ArticlePipeline pipeline, Read read) {
    Map<String, Object> json = json(pipeline.enrich(read.extracted()));
    if (explain) {
      json.put("candidates", pipeline.candidates(read.extracted()));
    }
    return new Line(GSON.toJson(json), null);
  }

  /** An unexpected error on one file is reported with its cause; the other files still print. */
  private static Line failed(Path file, Throwable error) {
    Throwable cause =
        error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
    return new Line(null, "failed on " + file + ": " + cause);
  }

  /** Prints one file's line, or its skip reason; returns 1 for a skipped file. */
  private static int print(Future<Line> result, PrintWriter out, PrintWriter err) {
    Line line;
    try {
      line = result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
    if (line.problem() == null) {
      out.println(line.json());
      return 0;
    }
    err.println("article-search: " + line.problem());
    return 1;
  }

  private Map<String, Object> json(Article a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", a.path());
    out.put("title", a.title());
    out.put("authors", a.authors());
    out.put("date", a.date() == null ? null : a.date().iso());
    out.put("publisher", a.publisher());
    out.put("url", a.url());
    out.put(
        "entities",
        a.entities().stream()
            .map(e -> Map.of("name", e.name(), "type", e.type().name(), "count", e.count()))
            .toList());
    if (explain) {
      out.put("provenance", a.provenance());
      out.put("contentType", a.contentType());
      out.put("language", a.language());
    }
    if (text) {
      out.put("text", a.body());
    }
    return out;
  }
}
