package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.Concordance;
import org.articlesearch.search.ConcordanceBuilder;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.Occurrences;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SortOrder;
import org.articlesearch.testing.MentionsCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How often a query occurs, per year and per author, counted alike by both backends over three
 * hundred addresses, on an OpenSearch index of several shards: words, stems, phrases whose words
 * have two forms, wildcards, exclusions, filters and date ranges.
 */
class OpenSearchOccurrencesIT {
  private static final int SHARDS = 3;

  private static OpenSearchCluster cluster;
  private static String name;
  private static LuceneArticleSearcher local;
  private static OpenSearchArticleSearcher remote;

  @BeforeAll
  static void indexBoth() throws Exception {
    cluster = OpenSearchCluster.get();
    name = OpenSearchCluster.uniqueIndex("s-occurrences");
    Path dir = Files.createTempDirectory("occurrences");
    Path corpus = MentionsCorpus.writeTo(Files.createDirectory(dir.resolve("corpus")));
    Path index = dir.resolve("index");
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      build(corpus, writer);
    }
    OpenSearchConfig config = cluster.config(name, SHARDS, 0);
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, true)) {
      build(corpus, writer);
    }
    local = LuceneArticleSearcher.open(index);
    remote = OpenSearchArticleSearcher.open(config);
  }

  private static void build(Path corpus, ArticleIndexWriter writer) throws Exception {
    try (ArticlePipeline pipeline = ArticlePipeline.withoutRecognition()) {
      new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
    }
  }

  @AfterAll
  static void close() throws Exception {
    local.close();
    remote.close();
    cluster.deleteIndex(name + "*");
  }

  private static Occurrences counted(ArticleSearcher searcher, SearchRequest request)
      throws Exception {
    return counted(searcher, request, "author");
  }

  private static Occurrences counted(ArticleSearcher searcher, SearchRequest request, String by)
      throws Exception {
    Occurrences o = searcher.occurrences(request, by);
    return new Occurrences(
        o.query(), o.articles(), o.occurrences(), o.years(), o.undated(), o.by(), o.values(), 0);
  }

  /** The matches of each hit of a page, by id. */
  private static Map<String, Long> matches(ArticleSearcher searcher, SearchRequest request)
      throws Exception {
    Map<String, Long> matches = new java.util.TreeMap<>();
    searcher.search(request).hits().forEach(h -> matches.put(h.id(), h.matches()));
    return matches;
  }

  @Test
  void bothBackendsCountEveryKindOfQueryAlike() throws Exception {
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of("soviet"),
            SearchRequest.of("\"soviet union\""),
            SearchRequest.of("\"Soviet Unions\""),
            SearchRequest.of("\"envoys went to the Soviet Union\""),
            SearchRequest.of("tariff"),
            SearchRequest.of("TARIFFS"),
            SearchRequest.of("soviet tariffs"),
            SearchRequest.of("soviet OR tariffs"),
            SearchRequest.of("soviet -tariffs"),
            SearchRequest.of("-soviet"),
            SearchRequest.of("sov*"),
            SearchRequest.of("sov?et"),
            SearchRequest.of("soveit~1"),
            SearchRequest.of("\"soviet roads\"~6"),
            SearchRequest.of("title:address soviet"),
            SearchRequest.of(""),
            new SearchRequest(
                "soviet",
                Map.of("author", List.of("Ada Quill", "Eva Stone")),
                SortOrder.RELEVANCE,
                1,
                10),
            new SearchRequest(
                "union",
                Map.of(),
                SortOrder.RELEVANCE,
                1,
                10,
                LocalDate.of(1850, 1, 1),
                LocalDate.of(1949, 12, 31)));
    for (SearchRequest request : requests) {
      Occurrences here = counted(local, request);
      assertThat(counted(remote, request)).as(request.query()).isEqualTo(here);
    }
    for (String by : new String[] {null, "year", "publisher"}) {
      SearchRequest request = SearchRequest.of("soviet union");
      assertThat(counted(remote, request, by)).as(by).isEqualTo(counted(local, request, by));
    }
    for (SearchRequest request : requests) {
      SearchRequest page =
          new SearchRequest(
              request.query(),
              request.filters(),
              SortOrder.DATE,
              1,
              100,
              request.from(),
              request.to());
      assertThat(matches(remote, page)).as(request.query()).isEqualTo(matches(local, page));
    }
    assertThat(counted(local, SearchRequest.of("\"Soviet Unions\"")).occurrences())
        .as("a phrase whose words have two forms")
        .isEqualTo(counted(local, SearchRequest.of("\"soviet union\"")).occurrences())
        .isPositive();
  }

  private static Concordance concordance(ArticleSearcher searcher, String query) throws Exception {
    Concordance c =
        new ConcordanceBuilder(searcher)
            .build(new SearchRequest(query, Map.of(), SortOrder.OLDEST, 1, 10), 40, 3);
    return new Concordance(
        c.query(), c.total(), c.articles(), c.linesPerArticle(), c.complete(), c.lines(), 0);
  }

  @Test
  void bothBackendsGiveTheSameConcordanceLines() throws Exception {
    for (String query :
        List.of(
            "soviet",
            "\"soviet union\"",
            "tariff",
            "sov*",
            "soviet -tariffs",
            "title:address soviet")) {
      Concordance here = concordance(local, query);
      assertThat(here.lines()).as(query).isNotEmpty();
      assertThat(concordance(remote, query)).as(query).isEqualTo(here);
    }
  }
}
