package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchHit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.search.SortOrder;
import org.articlesearch.testing.SyndicatedCopies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of one story (another headline, byline and footer, or the same text) are one result naming
 * how many copies it stands for, listed by the document with the first seen first, and an
 * incremental run groups them as a full run does.
 */
class CopyGroupingIT {
  @TempDir Path tmp;
  static ArticlePipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = ArticlePipeline.withoutRecognition();
  }

  @AfterAll
  static void close() {
    pipeline.close();
  }

  private static void index(Path corpus, Path index, boolean incremental) throws Exception {
    try (LuceneArticleIndexWriter writer =
        incremental
            ? LuceneArticleIndexWriter.update(index)
            : LuceneArticleIndexWriter.rebuild(index)) {
      new CorpusIndexer(pipeline, 2).index(corpus, writer, incremental, Map.of(), outcome -> {});
    }
  }

  private static String id(String name) {
    return ArticlePipeline.idFor(name + ".txt");
  }

  private static SearchRequest request(String query, boolean collapse) {
    return new SearchRequest(query, Map.of(), SortOrder.OLDEST, 1, 10, null, null, false, collapse);
  }

  /** Each hit as "file name (other copies)". */
  private static List<String> rows(SearchResult result) {
    return result.hits().stream().map(h -> name(h) + " (" + h.copies() + ")").toList();
  }

  private static String name(SearchHit hit) {
    for (String name :
        List.of(
            SyndicatedCopies.WIRE,
            SyndicatedCopies.GAZETTE,
            SyndicatedCopies.EXACT,
            SyndicatedCopies.EARLIER,
            SyndicatedCopies.OTHER)) {
      if (id(name).equals(hit.id())) {
        return name;
      }
    }
    return hit.id();
  }

  /** The copies the document view lists, as "file name, publisher, date". */
  private static List<String> copies(LuceneArticleSearcher searcher, String name) throws Exception {
    return searcher.copies(id(name)).stream()
        .map(h -> name(h) + ", " + h.publisher() + ", " + h.date())
        .toList();
  }

  private Path corpus() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    SyndicatedCopies.writeTo(corpus);
    return corpus;
  }

  @Test
  void copiesWithOtherHeadlinesAndExactCopiesAreOneResult() throws Exception {
    Path index = tmp.resolve("index");
    index(corpus(), index, false);
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      SearchResult collapsed = searcher.search(request("", true));
      assertThat(rows(collapsed)).containsExactly("wire-storm-port (2)", "gazette-storm-farms (0)");
      assertThat(collapsed.total()).isEqualTo(2);
      assertThat(collapsed.articles()).isEqualTo(4);
      // Facets count articles, copies included.
      assertThat(collapsed.facets().get("publisher").toString())
          .contains("Hallam Gazette", "count=2");

      SearchResult all = searcher.search(request("", false));
      assertThat(rows(all))
          .containsExactly(
              "wire-storm-port (2)",
              "gazette-storm-port (2)",
              "mirror-storm-port (2)",
              "gazette-storm-farms (0)");
      assertThat(all.total()).isEqualTo(4);
    }
  }

  @Test
  void theCopyThatMatchesStandsForItsGroup() throws Exception {
    Path index = tmp.resolve("index");
    index(corpus(), index, false);
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      // Only the gazette's headline says "stranded".
      SearchResult result = searcher.search(request("stranded ships", true));
      assertThat(rows(result)).containsExactly("gazette-storm-port (2)");
      assertThat(result.total()).isEqualTo(1);
    }
  }

  @Test
  void theDocumentListsItsCopiesFirstSeenFirst() throws Exception {
    Path index = tmp.resolve("index");
    index(corpus(), index, false);
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      assertThat(copies(searcher, SyndicatedCopies.GAZETTE))
          .containsExactly(
              "wire-storm-port, Coastal Wire, 2024-03-05",
              "gazette-storm-port, Hallam Gazette, 2024-03-06",
              "mirror-storm-port, Daily Mirror, 2024-03-07");
      assertThat(copies(searcher, SyndicatedCopies.OTHER)).isEmpty();
    }
  }

  @Test
  void anIncrementalRunGroupsAsAFullRunDoes() throws Exception {
    Path corpus = corpus();
    Path incremental = tmp.resolve("incremental");
    index(corpus, incremental, true);

    // A copy printed earlier joins the group and names it; a removed one leaves it.
    SyndicatedCopies.writeEarlierCopy(corpus);
    index(corpus, incremental, true);
    SyndicatedCopies.removeWire(corpus);
    index(corpus, incremental, true);
    Path full = tmp.resolve("full");
    index(corpus, full, false);

    List<String> expected =
        List.of(
            "evening-storm-port, Evening Post, 2024-03-04",
            "gazette-storm-port, Hallam Gazette, 2024-03-06",
            "mirror-storm-port, Daily Mirror, 2024-03-07");
    for (Path index : List.of(incremental, full)) {
      try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
        assertThat(copies(searcher, SyndicatedCopies.EXACT)).isEqualTo(expected);
        assertThat(rows(searcher.search(request("", true))))
            .containsExactly("evening-storm-port (2)", "gazette-storm-farms (0)");
      }
    }
  }
}
