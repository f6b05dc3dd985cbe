package org.articlesearch.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.Judgment;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.RelevanceEvaluator;
import org.articlesearch.search.RelevanceReport;
import org.articlesearch.search.SearchTimeoutException;
import org.articlesearch.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code relevance}: success@1 and nDCG@10 of the index on a judged query set. */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    description = "Score the ranking on judged queries: success@1 and nDCG@10.")
public final class RelevanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Locations.IndexFolder index;

  @Option(
      names = "--judgments",
      description =
          "JSON Lines of {\"query\", \"relevant\": [file names], \"corpus\"} (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "relevance/judgments.jsonl")
  Path judgments;

  @Option(
      names = "--sort",
      description = "relevance or recency (default: ${DEFAULT-VALUE}).",
      defaultValue = "relevance")
  String sort;

  @Override
  public Integer call() throws IOException {
    SortOrder order =
        SortOrder.parse(sort)
            .filter(o -> o == SortOrder.RELEVANCE || o == SortOrder.RECENCY)
            .orElseThrow(() -> new UserException("--sort must be relevance or recency"));
    List<Judgment> queries = read(judgments);
    PrintWriter out = spec.commandLine().getOut();
    try (LuceneArticleSearcher searcher = SearchCommand.open(index.path)) {
      RelevanceReport report = RelevanceEvaluator.evaluate(searcher, queries, order);
      if (report.evaluated().isEmpty()) {
        // Scores of 0 would read as a ranking that finds nothing, not as the wrong index.
        throw new UserException(
            "none of the "
                + queries.size()
                + " judged queries has its articles in this index; index the corpus they were"
                + " judged on");
      }
      for (RelevanceReport.QueryScore s : report.evaluated()) {
        out.printf(
            Locale.ROOT,
            "%-6s rank %-4s nDCG@10 %.3f  %s%n",
            s.judgment().corpus(),
            s.firstRelevantRank() == 0 ? "-" : Integer.toString(s.firstRelevantRank()),
            s.ndcgAt10(),
            s.judgment().query());
      }
      out.printf(
          Locale.ROOT,
          "%d queries (%d skipped: their articles are not in the index): success@1 %.3f, nDCG@10 %.3f%n",
          report.evaluated().size(),
          report.skipped().size(),
          report.successAt1(),
          report.ndcgAt10());
    } catch (InvalidQueryException | SearchTimeoutException e) {
      throw new UserException("a judged query failed: " + e.getMessage());
    }
    return 0;
  }

  /** Reads a judgments file: one JSON object a line; blank lines and lines from # are skipped. */
  public static List<Judgment> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException("cannot read the judgments " + file + ": " + e.getMessage());
    }
    List<Judgment> judgments = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        Set<String> relevant = new LinkedHashSet<>();
        for (JsonElement e : o.getAsJsonArray("relevant")) {
          relevant.add(e.getAsString());
        }
        if (relevant.isEmpty()) {
          throw new IllegalStateException("no relevant file");
        }
        JsonElement corpus = o.get("corpus");
        judgments.add(
            new Judgment(
                o.get("query").getAsString(),
                Set.copyOf(relevant),
                corpus == null ? "" : corpus.getAsString()));
      } catch (JsonParseException | IllegalStateException | NullPointerException e) {
        throw new UserException(
            file + " line " + (i + 1) + ": expected {\"query\", \"relevant\": [...]}");
      }
    }
    return judgments;
  }
}
