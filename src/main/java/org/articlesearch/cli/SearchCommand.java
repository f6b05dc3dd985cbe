package org.articlesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.articlesearch.search.FacetCount;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchHit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.search.SearchTimeoutException;
import org.articlesearch.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search}: the same engine as the page, from a terminal. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index from the terminal.")
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      description = "Query text; empty lists everything.",
      defaultValue = "")
  String query;

  @Mixin Locations.IndexFolder index;

  @Option(names = "--author", description = "Filter by author (repeatable: any of them).")
  List<String> authors = List.of();

  @Option(names = "--year", description = "Filter by year, or Unknown (repeatable).")
  List<String> years = List.of();

  @Option(names = "--publisher", description = "Filter by publisher (repeatable).")
  List<String> publishers = List.of();

  @Option(names = "--person", description = "Filter by a person mentioned (repeatable).")
  List<String> persons = List.of();

  @Option(
      names = "--organization",
      description = "Filter by an organisation mentioned (repeatable).")
  List<String> organizations = List.of();

  @Option(names = "--location", description = "Filter by a place mentioned (repeatable).")
  List<String> locations = List.of();

  @Option(
      names = "--sort",
      description =
          "relevance, date (newest first), recency or oldest (default: ${DEFAULT-VALUE}).",
      defaultValue = "relevance")
  String sort;

  @Option(
      names = "--limit",
      description = "Number of hits to show, 0 for the counts alone (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int limit;

  @Override
  public Integer call() throws IOException {
    if (limit < 0 || limit > 1000) {
      throw new UserException("--limit must be from 0 to 1000 (0 prints the counts alone)");
    }
    SortOrder order =
        SortOrder.parse(sort)
            .orElseThrow(() -> new UserException("--sort must be " + SortOrder.choices(" or ")));
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("author", authors);
    filters.put("year", years);
    filters.put("publisher", publishers);
    filters.put("person", persons);
    filters.put("organization", organizations);
    filters.put("location", locations);
    PrintWriter out = spec.commandLine().getOut();
    try (LuceneArticleSearcher searcher = open(index.path)) {
      SearchResult result = searcher.search(new SearchRequest(query, filters, order, 1, limit));
      if (result.notice() != null) {
        out.println(result.notice());
      }
      if (result.didYouMean() != null) {
        out.println(
            (result.didYouMean().applied() ? "Showing results for: " : "Did you mean: ")
                + result.didYouMean().query());
      }
      out.printf("%d results in %d ms%n", result.total(), result.tookMs());
      int n = 0;
      for (SearchHit hit : result.hits()) {
        out.printf(
            "%n%d. %s%n   %s%s%s%n   %s%n",
            ++n,
            hit.title() == null ? "(untitled)" : hit.title(),
            String.join(", ", hit.authors()),
            hit.date() == null ? "" : "  " + hit.date(),
            hit.publisher() == null ? "" : "  " + hit.publisher(),
            plain(hit.snippet()));
      }
      out.println();
      for (Map.Entry<String, List<FacetCount>> facet : result.facets().entrySet()) {
        if (!facet.getValue().isEmpty()) {
          out.printf(
              "%s: %s%n",
              facet.getKey(),
              String.join(
                  ", ",
                  facet.getValue().stream()
                      .limit(8)
                      .map(f -> f.value() + " (" + f.count() + ")")
                      .toList()));
        }
      }
    } catch (InvalidQueryException | SearchTimeoutException e) {
      throw new UserException(e.getMessage());
    }
    return 0;
  }

  static LuceneArticleSearcher open(Path index) {
    try {
      return LuceneArticleSearcher.open(index);
    } catch (IOException e) {
      throw new UserException("cannot open the index: " + e.getMessage());
    }
  }

  /** Turns a snippet into terminal text: matches between asterisks, entities decoded. */
  private static String plain(String snippet) {
    return snippet
        .replace("<mark>", "*")
        .replace("</mark>", "*")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
