package org.articlesearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.article.EntityType;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.FacetCount;
import org.articlesearch.search.FacetValueSearch;
import org.articlesearch.search.FirstDates;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchHit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.search.SortOrder;
import org.articlesearch.testing.ContainerFixtures;
import org.articlesearch.testing.LanguageCorpus;
import org.articlesearch.testing.SeedCorpus;
import org.articlesearch.testing.SyndicatedCopies;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The same corpus indexed by each backend's writer and the same query set run on each searcher:
 * equal totals, facet values and counts, histograms, snippets and top hits (ids in order; within a
 * run of equal sort keys, as sets). On the seed corpus with entities, and on the State of the Union
 * passages when {@code -Dparity.passages=DIR} names them ({@code bench/Corpora.java passages DIR}).
 */
class OpenSearchParityIT {
  private static final int PAGE = 20;

  /** Shards of the OpenSearch index; with more than one, scores use every shard's statistics. */
  private static final int SHARDS = 3;

  @Test
  void theSeedCorpusAnswersEveryQueryAlikeOnBothBackends() throws Exception {
    Path dir = Files.createTempDirectory("parity-seeds");
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    Report report = compare(corpus, dir, true, 1);
    report.print("seed corpus, one shard");
    report.assertNoDifference();
  }

  @Test
  void theSeedCorpusOnSeveralShardsAnswersEveryQueryAlike() throws Exception {
    Path dir = Files.createTempDirectory("parity-seeds-sharded");
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    Report report = compare(corpus, dir, true, SHARDS);
    report.print("seed corpus, " + SHARDS + " shards");
    report.assertNoDifference();
  }

  @Test
  void aCorpusWithAnEmailAndArchivesAnswersEveryQueryAlike() throws Exception {
    Path dir = Files.createTempDirectory("parity-containers");
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    ContainerFixtures.write(corpus, "desk/contract.eml", ContainerFixtures.mailWithPdf());
    ContainerFixtures.write(corpus, "june.zip", ContainerFixtures.zipWithNestedZip());
    Report report = compare(corpus, dir, true, 1);
    report.print("seed corpus with an e-mail and archives, one shard");
    report.assertNoDifference();
  }

  @Test
  void articlesInSeveralLanguagesAnswerEveryQueryAlike() throws Exception {
    Path dir = Files.createTempDirectory("parity-languages");
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    LanguageCorpus.copyTo(corpus);
    Report report = compare(corpus, dir, false, SHARDS);
    report.print("seed corpus and articles in German, French and Urdu, " + SHARDS + " shards");
    report.assertNoDifference();
  }

  @Test
  void copiesOfOneStoryCollapseAlikeOnBothBackends() throws Exception {
    Path dir = Files.createTempDirectory("parity-copies");
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    SyndicatedCopies.writeTo(corpus);
    SyndicatedCopies.writeEarlierCopy(corpus);
    Report report = compare(corpus, dir, false, SHARDS);
    report.print("seed corpus with syndicated copies, " + SHARDS + " shards");
    assertTrue(report.copiesCompared >= 4, "copies compared: " + report.copiesCompared);
    report.assertNoDifference();
  }

  @Test
  void theStateOfTheUnionPassagesAnswerEveryQueryAlikeOnBothBackends() throws Exception {
    String passages = System.getProperty("parity.passages", "").strip();
    Assumptions.assumeTrue(
        !passages.isEmpty() && Files.isDirectory(Path.of(passages)),
        "-Dparity.passages=DIR names no folder of passages");
    Path dir = Files.createTempDirectory("parity-passages");
    Report report = compare(Path.of(passages), dir, false, SHARDS);
    report.print("State of the Union passages, " + SHARDS + " shards");
    report.assertNoDifference();
  }

  /** Indexes the corpus into both backends and runs the query set on both. */
  private static Report compare(Path corpus, Path dir, boolean entities, int shards)
      throws Exception {
    OpenSearchCluster cluster = OpenSearchCluster.get();
    String name = OpenSearchCluster.uniqueIndex("s-parity");
    OpenSearchConfig config = cluster.config(name, shards, 0);
    Path index = dir.resolve("index");
    try {
      try (ArticlePipeline pipeline = pipeline(entities);
          LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
        build(pipeline, corpus, writer);
      }
      try (ArticlePipeline pipeline = pipeline(entities);
          OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, true)) {
        build(pipeline, corpus, writer);
      }
      String live = withoutReplaced(index, cluster, name, shards);
      try (LuceneArticleSearcher local = LuceneArticleSearcher.open(index);
          OpenSearchArticleSearcher remote =
              OpenSearchArticleSearcher.open(cluster.config(live, shards, 0))) {
        assertEquals(local.count(), remote.count(), "article count");
        Report report = new Report();
        for (SearchRequest request : querySet(local)) {
          long start = System.nanoTime();
          SearchResult here = local.search(request);
          long between = System.nanoTime();
          SearchResult there = remote.search(request);
          report.time(between - start, System.nanoTime() - between);
          report.compare(request, here, there);
        }
        report.compareOthers(local, remote);
        return report;
      }
    } finally {
      cluster.deleteIndex(name + "*");
      // The copy by its own name too: earlier runs left copies behind.
      cluster.deleteIndex(name + "-live");
    }
  }

  /**
   * Returns the two indexes without replaced documents: term statistics count a replaced article
   * until a merge drops it, which the local index does on a forced merge, and OpenSearch only after
   * its soft-delete retention, so OpenSearch's is copied into a new index of live articles.
   *
   * @return the name of the OpenSearch copy
   */
  private static String withoutReplaced(
      Path index, OpenSearchCluster cluster, String name, int shards) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(IndexSchema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.forceMerge(1);
      writer.commit();
    }
    String copy = name + "-live";
    OpenSearchConfig config = cluster.config(copy, shards, 0);
    try (ClusterConnection connection = ClusterConnection.open(config)) {
      connection.expect(
          "PUT",
          "/" + copy,
          Map.of(),
          JsonParser.parseString(OpenSearchMapping.createIndexJson(config)),
          "creating " + copy);
      JsonObject body = new JsonObject();
      body.add("source", single("index", name));
      body.add("dest", single("index", copy));
      connection.expect("POST", "/_reindex", Map.of("refresh", "true"), body, "copying " + name);
    }
    return copy;
  }

  private static JsonObject single(String key, String value) {
    JsonObject o = new JsonObject();
    o.addProperty(key, value);
    return o;
  }

  private static ArticlePipeline pipeline(boolean entities) {
    return entities ? ArticlePipeline.withDefaults() : ArticlePipeline.withoutRecognition();
  }

  private static void build(ArticlePipeline pipeline, Path corpus, ArticleIndexWriter writer)
      throws IOException, InterruptedException {
    new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
  }

  /**
   * The benchmark's requests, the judged queries, and every kind of query the language has: a
   * filter on the top values of every facet, phrases, ranges, negation, prefixes, each sort, a date
   * range, and a page deep enough for {@code search_after} when the corpus has one.
   */
  private static List<SearchRequest> querySet(LuceneArticleSearcher local) throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("bench/queries.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        requests.add(fromUrl(line.strip()));
      }
    }
    for (String line : Files.readAllLines(Path.of("relevance/judgments.jsonl"))) {
      if (!line.isBlank()) {
        JsonObject judged = JsonParser.parseString(line).getAsJsonObject();
        requests.add(request(judged.get("query").getAsString(), Map.of(), SortOrder.RELEVANCE));
      }
    }
    List<String> queries =
        List.of(
            "",
            "war",
            "pakistan russia",
            "\"united states\"",
            "\"state of the union\"",
            "\"war peace\"~5",
            "war -peace",
            "war OR peace",
            "(tax OR taxes) AND -income",
            "econom*",
            "nation*",
            "title:freedom",
            "year:1990..2000",
            "year:2015",
            "year:unknown",
            "year:[1950 TO 1960] war",
            "person:putin",
            "location:pakistan",
            "organization:\"united nations\"",
            "author:khan",
            "khan pakistan",
            "terror* -iraq",
            "the of and",
            "goverment",
            "-war",
            "\"the taliban\"",
            "presid~",
            "ISIS",
            "isis",
            "ISI",
            "\"isis fighters\"",
            "NATO pakistan",
            "pakistan russia qqxqqzz",
            "war peace qqxqqzz economy",
            "\"pakistan russia",
            "OR",
            // A phrase of words that one shard alone holds scores by that shard's statistics on
            // OpenSearch, whichever the language: the language articles are searched by words.
            "Wahlen",
            "Wahlen Bayern -Opposition",
            "hôpital",
            "cheval OR hospital",
            "انتخابات لاہور");
    for (String q : queries) {
      for (SortOrder sort : SortOrder.values()) {
        requests.add(request(q, Map.of(), sort));
      }
    }
    SearchResult all = local.search(request("", Map.of(), SortOrder.RELEVANCE));
    for (Map.Entry<String, List<FacetCount>> facet : all.facets().entrySet()) {
      List<FacetCount> values = facet.getValue();
      for (int i = 0; i < Math.min(2, values.size()); i++) {
        requests.add(
            request(
                "", Map.of(facet.getKey(), List.of(values.get(i).value())), SortOrder.RELEVANCE));
        requests.add(
            request("war", Map.of(facet.getKey(), List.of(values.get(i).value())), SortOrder.DATE));
      }
      if (values.size() >= 2) {
        requests.add(
            request(
                "",
                Map.of(facet.getKey(), List.of(values.get(0).value(), values.get(1).value())),
                SortOrder.RECENCY));
      }
    }
    // Typed, not submitted: the last word is a prefix and corrections are only the clear ones.
    for (String q :
        List.of(
            "Krem", "pakistan Tali", "mosc", "Shang", "goverment", "title:Krem", "person:vla")) {
      requests.add(new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, PAGE, null, null, true));
    }
    // Filter values in another case match the indexed ones; size 0 asks for the counts alone.
    for (Map.Entry<String, List<FacetCount>> facet : all.facets().entrySet()) {
      if (!facet.getValue().isEmpty()) {
        String value = facet.getValue().getFirst().value().toUpperCase(Locale.ROOT);
        requests.add(request("", Map.of(facet.getKey(), List.of(value)), SortOrder.RELEVANCE));
      }
    }
    requests.add(new SearchRequest("war", Map.of(), SortOrder.RELEVANCE, 1, 0));
    requests.add(
        new SearchRequest(
            "war", Map.of(), SortOrder.RELEVANCE, 1, PAGE, LocalDate.of(1950, 1, 1), null));
    requests.add(
        new SearchRequest(
            "",
            Map.of(),
            SortOrder.DATE,
            1,
            PAGE,
            LocalDate.of(2015, 1, 1),
            LocalDate.of(2018, 12, 31)));
    requests.add(new SearchRequest("", Map.of(), SortOrder.DATE, 2, PAGE));
    // Copies shown apart, and collapsed on a page that copies push further down.
    for (String q : List.of("", "storm", "\"harbour master\"", "war")) {
      for (SortOrder sort : SortOrder.values()) {
        requests.add(new SearchRequest(q, Map.of(), sort, 1, PAGE, null, null, false, false));
      }
    }
    requests.add(new SearchRequest("", Map.of(), SortOrder.OLDEST, 2, 2));
    long total = all.total();
    // Deep pages, reached with search_after, in each order.
    if (total > OpenSearchArticleSearcher.SEARCH_AFTER_FROM + PAGE) {
      int deep = OpenSearchArticleSearcher.SEARCH_AFTER_FROM / PAGE + 3;
      for (SortOrder sort : SortOrder.values()) {
        requests.add(new SearchRequest("", Map.of(), sort, deep, PAGE));
      }
      requests.add(new SearchRequest("people", Map.of(), SortOrder.DATE, 60, PAGE));
    }
    return requests;
  }

  private static SearchRequest request(
      String q, Map<String, List<String>> filters, SortOrder sort) {
    return new SearchRequest(q, filters, sort, 1, PAGE);
  }

  /** Reads a benchmark line such as {@code /api/search?q=war&person=X}. */
  private static SearchRequest fromUrl(String url) {
    String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
    String q = "";
    SortOrder sort = SortOrder.RELEVANCE;
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      switch (key) {
        case "q" -> q = value;
        case "sort" -> sort = SortOrder.parse(value).orElseThrow();
        case "page", "size" -> {}
        default -> filters.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    return request(q, filters, sort);
  }

  /** The differences found, one line each. */
  private static final class Report {
    /** A word followed by a tilde: a fuzzy term (a tilde after a quote is a phrase's slop). */
    private static final java.util.regex.Pattern FUZZY =
        java.util.regex.Pattern.compile("[\\p{L}\\p{N}]~");

    private final List<String> differences = new ArrayList<>();
    private int requests;
    private int hitsCompared;
    private int snippetsCompared;
    private int copiesCompared;
    private final List<Long> localNanos = new ArrayList<>();
    private final List<Long> remoteNanos = new ArrayList<>();

    /** Records how long one request took on each backend, for the printed comparison. */
    void time(long local, long remote) {
      localNanos.add(local);
      remoteNanos.add(remote);
    }

    private static String percentiles(List<Long> nanos) {
      List<Long> sorted = new ArrayList<>(nanos);
      sorted.sort(null);
      if (sorted.isEmpty()) {
        return "-";
      }
      return String.format(
          java.util.Locale.ROOT,
          "p50 %.1f ms, p90 %.1f ms",
          sorted.get(sorted.size() / 2) / 1e6,
          sorted.get(Math.min(sorted.size() - 1, sorted.size() * 9 / 10)) / 1e6);
    }

    void compare(SearchRequest request, SearchResult local, SearchResult remote) {
      requests++;
      String what = describe(request);
      check(what, "total", local.total(), remote.total());
      check(what, "articles", local.articles(), remote.articles());
      check(what, "filters", local.filters(), remote.filters());
      check(what, "facets", local.facets(), remote.facets());
      check(what, "facets cut", local.facetsCut(), remote.facetsCut());
      check(what, "histogram", local.histogram(), remote.histogram());
      check(what, "notice", local.notice(), remote.notice());
      check(what, "didYouMean", local.didYouMean(), remote.didYouMean());
      check(what, "notRequired", local.notRequired(), remote.notRequired());
      List<SearchHit> a = local.hits();
      List<SearchHit> b = remote.hits();
      if (a.size() != b.size()) {
        differences.add(what + ": " + a.size() + " hits here, " + b.size() + " on OpenSearch");
        return;
      }
      boolean lastPage = (long) request.page() * request.size() >= local.total();
      if (FUZZY.matcher(request.query()).find()) {
        // A fuzzy term is rewritten on each shard into the terms nearest it by that shard's own
        // frequencies (docs/opensearch.md), so its scores, and the ties they break, may differ
        // on a sharded index: the same articles match, which a whole last page shows.
        if (lastPage) {
          check(what, "hits", new TreeSet<>(ids(a)), new TreeSet<>(ids(b)));
        }
        return;
      }
      int i = 0;
      while (i < a.size()) {
        int end = i + 1;
        while (end < a.size() && sameKey(request.sort(), a.get(i), a.get(end))) {
          end++;
        }
        Set<String> idsHere = new TreeSet<>();
        Set<String> idsThere = new TreeSet<>();
        for (int k = i; k < end; k++) {
          idsHere.add(a.get(k).id());
          idsThere.add(b.get(k).id());
          if (!close(a.get(k).score(), b.get(k).score())) {
            differences.add(
                what
                    + ": score at "
                    + k
                    + " "
                    + a.get(k).score()
                    + " here, "
                    + b.get(k).score()
                    + " there");
          }
          hitsCompared++;
        }
        // A run of ties the page cuts, at its end or at its start, may hold other articles of the
        // same key: ties are in index order here, in id order there.
        boolean cut = (end == a.size() && !lastPage) || (i == 0 && request.page() > 1);
        if (!cut && !idsHere.equals(idsThere)) {
          differences.add(
              what + ": hits " + i + ".." + (end - 1) + " " + idsHere + " here, " + idsThere
                  + " there");
        }
        for (int k = i; k < end; k++) {
          SearchHit here = a.get(k);
          for (int m = i; m < end; m++) {
            if (b.get(m).id().equals(here.id())) {
              snippetsCompared++;
              check(what + " hit " + here.id(), "snippet", here.snippet(), b.get(m).snippet());
              check(what + " hit " + here.id(), "shown fields", shown(here), shown(b.get(m)));
            }
          }
        }
        i = end;
      }
    }

    void compareOthers(ArticleSearcher local, ArticleSearcher remote) throws Exception {
      SearchResult all = local.search(request("", Map.of(), SortOrder.RELEVANCE));
      SearchResult apart =
          local.search(
              new SearchRequest(
                  "", Map.of(), SortOrder.RELEVANCE, 1, 1000, null, null, false, false));
      for (SearchHit hit : apart.hits()) {
        if (hit.copies() > 0) {
          copiesCompared++;
          check("copies " + hit.id(), "list", local.copies(hit.id()), remote.copies(hit.id()));
        }
      }
      check("entities", "list", local.entities(), remote.entities());
      for (String query : List.of("", "war", "-war")) {
        SearchRequest within = request(query, Map.of(), SortOrder.RELEVANCE);
        for (String dim : SearchRequest.FACETS) {
          check(
              "facetValues " + dim + " within '" + query + "'",
              "values",
              local.facetValues(within, dim),
              remote.facetValues(within, dim));
        }
        for (String dim : FirstDates.FACETS) {
          check(
              "first dates " + dim + " within '" + query + "'",
              "values",
              FacetValueSearch.page(
                  local.facetValues(within, dim),
                  "",
                  FirstDates.of(local, within, dim, 1_000),
                  1,
                  1_000),
              FacetValueSearch.page(
                  remote.facetValues(within, dim),
                  "",
                  FirstDates.of(remote, within, dim, 1_000),
                  1,
                  1_000));
        }
      }
      for (String prefix : List.of("pre", "uni", "war", "mush", "pak")) {
        check("suggest " + prefix, "list", local.suggest(prefix, 8), remote.suggest(prefix, 8));
      }
      // Every article of the first page as the document view reads it, containers' members too.
      for (SearchHit hit : all.hits()) {
        check(
            "document " + hit.id(), "article", local.document(hit.id()), remote.document(hit.id()));
      }
      for (SearchHit hit : all.hits().subList(0, Math.min(5, all.hits().size()))) {
        for (String q : List.of("war", "\"united states\"", "nation*")) {
          check(
              "matches " + hit.id() + " " + q,
              "spans",
              local.matches(hit.id(), q),
              remote.matches(hit.id(), q));
        }
        List<String> relatedHere = ids(local.related(hit.id(), 5));
        List<String> relatedThere = ids(remote.related(hit.id(), 5));
        check("related " + hit.id(), "ids", relatedHere, relatedThere);
      }
      // The most and the least mentioned name of each type, over all articles and within a
      // search: the names with it, their counts over the results and the rank by association.
      for (EntityType type : EntityType.values()) {
        List<FacetCount> top = all.facets().get(type.facetName());
        if (top.isEmpty()) {
          continue;
        }
        for (String value : List.of(top.get(0).value(), top.get(top.size() - 1).value())) {
          for (String q : List.of("", "war")) {
            SearchRequest request = request(q, Map.of(), SortOrder.RELEVANCE);
            check(
                "cooccurrence " + value + " '" + q + "'",
                "result",
                local.cooccurrence(request, type, value, 10),
                remote.cooccurrence(request, type, value, 10));
          }
        }
      }
      for (SortOrder sort : SortOrder.values()) {
        List<String> here = new ArrayList<>();
        List<String> there = new ArrayList<>();
        local.export(request("war", Map.of(), sort), 100_000, sink(here));
        remote.export(request("war", Map.of(), sort), 100_000, sink(there));
        check("export war " + sort.parameter(), "row count", here.size(), there.size());
        check(
            "export war " + sort.parameter(),
            "rows as a set",
            new TreeSet<>(here),
            new TreeSet<>(there));
      }
    }

    private static org.articlesearch.search.ExportSink sink(List<String> rows) {
      return new org.articlesearch.search.ExportSink() {
        @Override
        public void start(long total) {
          rows.add("total " + total);
        }

        @Override
        public void row(org.articlesearch.search.ExportRow row) {
          rows.add(row.toString());
        }
      };
    }

    private static List<String> ids(List<SearchHit> hits) {
      List<String> ids = new ArrayList<>();
      hits.forEach(h -> ids.add(h.id()));
      return ids;
    }

    private static List<Object> shown(SearchHit hit) {
      return List.of(
          String.valueOf(hit.title()),
          hit.authors(),
          String.valueOf(hit.date()),
          String.valueOf(hit.publisher()),
          String.valueOf(hit.url()),
          hit.copies());
    }

    private static boolean sameKey(SortOrder sort, SearchHit a, SearchHit b) {
      boolean sameScore = close(a.score(), b.score());
      boolean sameDate = Objects.equals(a.date(), b.date());
      return sort == SortOrder.RELEVANCE ? sameScore : sameScore && sameDate;
    }

    private static boolean close(float a, float b) {
      return Math.abs(a - b) <= 1e-4f * Math.max(1f, Math.abs(a));
    }

    private void check(String what, String part, Object here, Object there) {
      if (!Objects.equals(here, there)) {
        differences.add(
            what + ": " + part + " differ:\n    here  " + here + "\n    there " + there);
      }
    }

    private static String describe(SearchRequest r) {
      return "q="
          + r.query()
          + " filters="
          + r.filters()
          + " sort="
          + r.sort().parameter()
          + " page="
          + r.page()
          + " size="
          + r.size()
          + (r.typing() ? " typing" : "")
          + (r.hasDateRange() ? " from=" + r.from() + " to=" + r.to() : "");
    }

    void print(String corpus) {
      System.out.printf(
          "Parity on the %s: %d requests, %d hits and %d snippets compared, %d differences%n",
          corpus, requests, hitsCompared, snippetsCompared, differences.size());
      System.out.printf(
          "  search, first run of each request: local index %s; OpenSearch %s%n",
          percentiles(localNanos), percentiles(remoteNanos));
      Set<String> shown = new LinkedHashSet<>(differences);
      shown.stream()
          .limit(300)
          .forEach(
              d -> System.out.println("  " + (d.length() > 700 ? d.substring(0, 700) + " …" : d)));
    }

    void assertNoDifference() {
      assertTrue(
          differences.isEmpty(),
          differences.size()
              + " differences, first: "
              + (differences.isEmpty() ? "" : differences.get(0)));
    }
  }
}
