package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.Span;
import org.articlesearch.index.ArticleDocuments;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.search.ArticleQueryParser;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.Cooccurrence;
import org.articlesearch.search.CooccurrenceCounter;
import org.articlesearch.search.CopyList;
import org.articlesearch.search.CorrectedSearch;
import org.articlesearch.search.EntitySummary;
import org.articlesearch.search.EntityTally;
import org.articlesearch.search.ExportRow;
import org.articlesearch.search.ExportSink;
import org.articlesearch.search.FacetCount;
import org.articlesearch.search.FacetLabels;
import org.articlesearch.search.FilterValues;
import org.articlesearch.search.Histogram;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.LuceneSuggester;
import org.articlesearch.search.OccurrenceClauses;
import org.articlesearch.search.OccurrenceSimilarity;
import org.articlesearch.search.OccurrenceTally;
import org.articlesearch.search.Occurrences;
import org.articlesearch.search.QueryLimits;
import org.articlesearch.search.RelaxedSearch;
import org.articlesearch.search.SearchHit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.search.SearchTimeoutException;
import org.articlesearch.search.SnippetText;
import org.articlesearch.search.SortOrder;
import org.articlesearch.search.SpellingCorrector;
import org.articlesearch.search.Suggestion;
import org.articlesearch.search.TextHighlighter;
import org.articlesearch.search.TopFacets;
import org.articlesearch.search.TypedPrefix;
import org.articlesearch.search.YearHistogram;

/**
 * Searches an OpenSearch index of articles with the results of the local index: queries parsed by
 * the one query parser and translated node for node, BM25 on the same analysis, multi-select facets
 * as a post filter plus one filtered aggregation per facet, snippets and matches by the local
 * highlighter over the fetched text, and {@code search_after} for deep pages and exports.
 */
public final class OpenSearchArticleSearcher implements ArticleSearcher {
  /** Pages starting this deep are reached with {@code search_after} rather than {@code from}. */
  static final int SEARCH_AFTER_FROM = 1_000;

  /** Hits per request when walking to a deep page or exporting. */
  private static final int BATCH = 1_000;

  /** Searches sent again after a node left during one: enough for one node's loss. */
  static final int SEARCH_RETRIES = 2;

  private static final Duration SEARCH_RETRY_WAIT = Duration.ofMillis(100);

  /** Enough buckets for every year a corpus can have: the histogram shows them all. */
  private static final int ALL_YEARS = 10_000;

  /** Terms per shard for the top facet values, so that the merged top values are exact. */
  private static final int FACET_SHARD_SIZE = 1_000;

  private static final long VERSION_CHECK_NANOS = 1_000_000_000L;

  private static final List<String> HIT_SOURCE =
      List.of(
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.AUTHOR,
          IndexSchema.DATE_ISO,
          IndexSchema.PUBLISHER,
          IndexSchema.URL,
          IndexSchema.BODY,
          IndexSchema.LANGUAGE,
          IndexSchema.COPY_COUNT);

  private static final List<String> EXPORT_SOURCE =
      List.of(
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.AUTHOR,
          IndexSchema.DATE_ISO,
          IndexSchema.PUBLISHER,
          IndexSchema.PATH,
          IndexSchema.BODY);

  private final ClusterConnection cluster;
  private final String index;
  private final boolean sharded;
  private final QueryLimits limits;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final LuceneQueryTranslator translator =
      new LuceneQueryTranslator(facetsConfig, () -> current().labels().valuesOf(IndexSchema.YEAR));
  private final OpenSearchOccurrences occurrences = new OpenSearchOccurrences(translator);
  private final TextHighlighter highlighter = new TextHighlighter(analyzer);
  private final LuceneSuggester suggester = new LuceneSuggester();
  private final OpenSearchVocabulary vocabulary;

  /** What is read once per index version: the version itself and the facet values. */
  private record Version(String token, FacetLabels labels, long checkedAt) {}

  private volatile Version version;

  private OpenSearchArticleSearcher(
      ClusterConnection cluster, String index, int shards, QueryLimits limits) {
    this.cluster = cluster;
    this.index = ClusterConnection.segment(index);
    this.sharded = shards > 1;
    this.limits = limits;
    this.vocabulary = new OpenSearchVocabulary(this::post, this.index, analyzer);
  }

  /** Opens the index a configuration names, with the default query limits. */
  public static OpenSearchArticleSearcher open(OpenSearchConfig config) throws IOException {
    return open(config, QueryLimits.DEFAULT);
  }

  /** Opens the index a configuration names; fails with a clear message when there is none. */
  public static OpenSearchArticleSearcher open(OpenSearchConfig config, QueryLimits limits)
      throws IOException {
    ClusterConnection cluster = ClusterConnection.open(config);
    try {
      String path = "/" + ClusterConnection.segment(config.index()) + "/_settings";
      ClusterConnection.Answer answer = cluster.send("GET", path, Map.of(), null);
      if (answer.status() == 404) {
        throw new IOException(
            "no OpenSearch index '"
                + config.index()
                + "' at "
                + cluster.where()
                + "; run the index command with --backend opensearch first");
      }
      if (!answer.ok()) {
        throw new IOException(
            "cannot open the OpenSearch index '" + config.index() + "': " + answer.error());
      }
      JsonObject settings = answer.object();
      // The index may be an alias: its settings are under the concrete index's name.
      JsonObject only = settings.entrySet().iterator().next().getValue().getAsJsonObject();
      int shards =
          only.getAsJsonObject("settings")
              .getAsJsonObject("index")
              .get("number_of_shards")
              .getAsInt();
      return new OpenSearchArticleSearcher(cluster, config.index(), shards, limits);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest request)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    return search(request, LuceneArticleSearcher.FACET_VALUES);
  }

  @Override
  public List<FacetCount> facetValues(SearchRequest within, String dim)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    List<FacetCount> values = search(within.counting(), TopFacets.ALL).facets().get(dim);
    return values == null ? List.of() : values;
  }

  /** Runs a search whose facets list up to facetLimit values each. */
  private SearchResult search(SearchRequest request, int facetLimit)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    SearchRequest canonical = FilterValues.canonical(request, current().labels());
    try {
      return relaxed(canonical, facetLimit);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryLimits.tooManyTerms(e);
    }
  }

  private SearchResult relaxed(SearchRequest canonical, int facetLimit)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    return RelaxedSearch.search(
        canonical,
        r ->
            CorrectedSearch.search(
                r,
                strict -> run(strict, facetLimit),
                (query, typing) -> SpellingCorrector.correct(vocabulary, query, typing)),
        parser(),
        query -> count(query, canonical),
        (relaxed, parsed) -> run(relaxed, parsed, facetLimit));
  }

  /** Counts the articles a query matches within the request's filters and date range. */
  private long count(Query query, SearchRequest request)
      throws SearchTimeoutException, IOException {
    JsonObject body = new JsonObject();
    body.add("query", translator.translate(query));
    addPostFilter(body, filters(request));
    body.addProperty("size", 0);
    body.addProperty("track_total_hits", true);
    return total(search(body));
  }

  private SearchResult run(SearchRequest request, int facetLimit)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    return run(request, parse(TypedPrefix.of(request, limits.minPrefixChars())), facetLimit);
  }

  private SearchResult run(SearchRequest request, ArticleQueryParser.Parsed parsed, int facetLimit)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    long start = System.nanoTime();
    limits.check(parsed.query());
    JsonObject query = translator.translate(parsed.scoring());
    Map<String, JsonObject> filters = filters(request);
    SortOrder sort = request.sort().forQuery(parsed.ranked());
    int from = (request.page() - 1) * request.size();
    JsonArray searchAfter = null;
    // Collapsed pages are reached with from: search_after cannot collapse on another field than
    // it sorts by, and a page is at most SearchParameters' window deep.
    if (from >= SEARCH_AFTER_FROM && !request.collapse()) {
      searchAfter = walkTo(query, filters, sort, from);
      from = 0;
    }
    JsonObject body = new JsonObject();
    body.add("query", query);
    addPostFilter(body, filters);
    JsonObject aggregations = facetAggregations(filters, facetSizes(facetLimit));
    if (request.collapse()) {
      body.add("collapse", single("field", IndexSchema.COPY_GROUP));
      aggregations.add(COPIES, copyGroupCount(filters));
    }
    body.add("aggs", aggregations);
    body.add("sort", OpenSearchSorts.of(sort));
    body.addProperty("track_total_hits", true);
    body.addProperty("track_scores", true);
    body.addProperty("size", searchAfter != null && searchAfter.isEmpty() ? 0 : request.size());
    if (searchAfter != null && !searchAfter.isEmpty()) {
      body.add("search_after", searchAfter);
    } else {
      body.addProperty("from", from);
    }
    body.add("_source", strings(HIT_SOURCE));
    JsonObject answer = search(body);
    List<JsonObject> found =
        answer.getAsJsonObject("hits").getAsJsonArray("hits").asList().stream()
            .map(JsonElement::getAsJsonObject)
            .toList();
    Map<String, Long> matches = matches(found, OccurrenceClauses.of(parsed.query()));
    List<SearchHit> hits = new ArrayList<>();
    for (JsonObject element : found) {
      hits.add(hit(element, parsed.query(), matches));
    }
    JsonObject aggs = answer.getAsJsonObject("aggregations");
    Map<String, List<FacetCount>> counted = new LinkedHashMap<>();
    Histogram histogram = Histogram.EMPTY;
    for (String dim : IndexSchema.FACETS) {
      List<FacetCount> values = buckets(aggs.getAsJsonObject(dim).getAsJsonObject("values"));
      if (dim.equals(IndexSchema.YEAR)) {
        histogram = YearHistogram.of(values);
      }
      counted.put(dim, values);
    }
    TopFacets facets = TopFacets.of(counted, facetLimit);
    long articles = total(answer);
    long total = articles;
    if (request.collapse()) {
      // Articles without copies each make a result; those with some, one result a group.
      JsonObject copies = aggs.getAsJsonObject(COPIES);
      total =
          articles
              - copies.get("doc_count").getAsLong()
              + copies.getAsJsonObject("groups").get("value").getAsLong();
    }
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(
        request.query(),
        request.filters(),
        total,
        articles,
        tookMs,
        request.page(),
        request.size(),
        request.sort().parameter(),
        hits,
        facets.values(),
        facets.cut(),
        histogram,
        parsed.notice(),
        null,
        parsed.notRequired());
  }

  /**
   * Returns the sort values of the hit just before a deep page, walked to a batch at a time without
   * fetching anything else; empty when the results end before it.
   */
  private JsonArray walkTo(
      JsonObject query, Map<String, JsonObject> filters, SortOrder sort, int from)
      throws SearchTimeoutException, IOException {
    JsonArray after = null;
    int remaining = from;
    while (remaining > 0) {
      int step = Math.min(BATCH, remaining);
      JsonObject body = new JsonObject();
      body.add("query", query);
      addPostFilter(body, filters);
      body.add("sort", OpenSearchSorts.of(sort));
      body.addProperty("size", step);
      body.addProperty("_source", false);
      body.addProperty("track_total_hits", false);
      if (after != null) {
        body.add("search_after", after);
      }
      JsonArray hits = search(body).getAsJsonObject("hits").getAsJsonArray("hits");
      if (hits.size() < step) {
        return new JsonArray();
      }
      after = hits.get(hits.size() - 1).getAsJsonObject().getAsJsonArray("sort");
      remaining -= step;
    }
    return after;
  }

  /**
   * Returns how many times the counted clauses occur in each of some hits, by id: one search of
   * those articles scored as {@link OpenSearchOccurrences} scores them.
   */
  private Map<String, Long> matches(List<JsonObject> hits, List<Query> counted)
      throws SearchTimeoutException, IOException {
    Map<String, Long> matches = new HashMap<>();
    if (hits.isEmpty() || counted.isEmpty()) {
      return matches;
    }
    List<String> ids = hits.stream().map(h -> h.get("_id").getAsString()).toList();
    JsonObject body = new JsonObject();
    body.add("query", occurrences.query(ids, counted));
    body.addProperty("size", ids.size());
    body.addProperty("_source", false);
    for (JsonElement e : search(body).getAsJsonObject("hits").getAsJsonArray("hits")) {
      JsonObject hit = e.getAsJsonObject();
      matches.put(
          hit.get("_id").getAsString(),
          OccurrenceSimilarity.occurrences(hit.get("_score").getAsDouble()));
    }
    return matches;
  }

  private SearchHit hit(JsonObject hit, Query query, Map<String, Long> matches) throws IOException {
    JsonObject source = hit.getAsJsonObject("_source");
    Map<String, Object> fields = OpenSearchSource.toMap(source);
    JsonElement score = hit.get("_score");
    float value = score == null || score.isJsonNull() ? 0f : score.getAsFloat();
    return new SearchHit(
        OpenSearchDocuments.string(fields, IndexSchema.ID),
        OpenSearchDocuments.string(fields, IndexSchema.TITLE),
        OpenSearchDocuments.strings(fields, IndexSchema.AUTHOR),
        OpenSearchDocuments.string(fields, IndexSchema.DATE_ISO),
        OpenSearchDocuments.string(fields, IndexSchema.PUBLISHER),
        OpenSearchDocuments.string(fields, IndexSchema.URL),
        query == null
            ? ""
            : highlighter.snippet(
                query,
                OpenSearchDocuments.string(fields, IndexSchema.BODY),
                OpenSearchDocuments.string(fields, IndexSchema.LANGUAGE)),
        Float.isNaN(value) ? 0f : value,
        matches.getOrDefault(hit.get("_id").getAsString(), 0L),
        otherCopies(fields));
  }

  /** Returns how many other articles are copies of a hit's story, from its source. */
  private static int otherCopies(Map<String, Object> fields) {
    String count = OpenSearchDocuments.string(fields, IndexSchema.COPY_COUNT);
    return count == null ? 0 : Math.max(0, Integer.parseInt(count) - 1);
  }

  /**
   * Per facet dimension, the filter its ticked values make, in request order, then the date range.
   * The range filters hits and every facet count but stays out of the query: on a shard without a
   * date in it OpenSearch would rewrite the query to match nothing before gathering the term
   * statistics that {@code dfs_query_then_fetch} shares.
   */
  private static Map<String, JsonObject> filters(SearchRequest request) {
    Map<String, JsonObject> filters = new LinkedHashMap<>();
    request
        .filters()
        .forEach((dim, values) -> filters.put(dim, LuceneQueryTranslator.facetValues(dim, values)));
    if (request.hasDateRange()) {
      filters.put(IndexSchema.DATE, LuceneQueryTranslator.dateRange(request.from(), request.to()));
    }
    return filters;
  }

  private static void addPostFilter(JsonObject body, Map<String, JsonObject> filters) {
    if (!filters.isEmpty()) {
      body.add("post_filter", allOf(new ArrayList<>(filters.values())));
    }
  }

  /**
   * One aggregation per facet, over the results filtered by every other facet's ticked values: a
   * facet's own selection leaves its other values' counts standing (multi-select).
   */
  private static JsonObject facetAggregations(
      Map<String, JsonObject> filters, Map<String, Integer> sizes) {
    JsonObject aggs = new JsonObject();
    for (String dim : IndexSchema.FACETS) {
      List<JsonObject> others = new ArrayList<>();
      filters.forEach(
          (d, filter) -> {
            if (!d.equals(dim)) {
              others.add(filter);
            }
          });
      JsonObject agg = new JsonObject();
      agg.add("filter", allOf(others));
      JsonObject sub = new JsonObject();
      sub.add("values", terms(dim, sizes.get(dim)));
      agg.add("aggs", sub);
      aggs.add(dim, agg);
    }
    return aggs;
  }

  private static final String COPIES = "copies";

  /**
   * The matching articles that have copies, and the groups they fall into: few enough that the
   * cardinality aggregation counts them exactly, below its precision threshold.
   */
  private static JsonObject copyGroupCount(Map<String, JsonObject> filters) {
    List<JsonObject> all = new ArrayList<>(filters.values());
    all.add(single("range", single(IndexSchema.COPY_COUNT, single("gt", 1))));
    JsonObject cardinality = new JsonObject();
    cardinality.addProperty("field", IndexSchema.COPY_GROUP);
    cardinality.addProperty("precision_threshold", 40_000);
    JsonObject agg = new JsonObject();
    agg.add("filter", allOf(all));
    agg.add("aggs", single("groups", single("cardinality", cardinality)));
    return agg;
  }

  /**
   * Per facet, how many values to aggregate for a limit: every year, for the histogram; of the
   * others one more than the limit, so that a cut list says so, and never more than the index has.
   */
  private Map<String, Integer> facetSizes(int limit) throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      int size =
          dim.equals(IndexSchema.YEAR)
              ? ALL_YEARS
              : Math.min(TopFacets.counted(limit), current().labels().valuesOf(dim).size());
      sizes.put(dim, Math.max(1, size));
    }
    return sizes;
  }

  /**
   * A terms aggregation ordered as the local index orders facet values: most articles first, ties
   * by value in byte order.
   */
  private static JsonObject terms(String field, int size) {
    JsonObject terms = new JsonObject();
    terms.addProperty("field", field);
    terms.addProperty("size", size);
    terms.addProperty("shard_size", Math.max(size, FACET_SHARD_SIZE));
    JsonArray order = new JsonArray();
    order.add(single("_count", "desc"));
    order.add(single("_key", "asc"));
    terms.add("order", order);
    JsonObject agg = new JsonObject();
    agg.add("terms", terms);
    return agg;
  }

  private static List<FacetCount> buckets(JsonObject agg) {
    List<FacetCount> values = new ArrayList<>();
    for (JsonElement b : agg.getAsJsonArray("buckets")) {
      JsonObject bucket = b.getAsJsonObject();
      values.add(
          new FacetCount(bucket.get("key").getAsString(), bucket.get("doc_count").getAsLong()));
    }
    return values;
  }

  private static JsonObject allOf(List<JsonObject> filters) {
    if (filters.isEmpty()) {
      return single("match_all", new JsonObject());
    }
    JsonArray array = new JsonArray();
    filters.forEach(array::add);
    JsonObject bool = new JsonObject();
    bool.add("filter", array);
    return single("bool", bool);
  }

  /** Runs a search under the deadline; throws when it timed out. */
  private JsonObject search(JsonObject body) throws SearchTimeoutException, IOException {
    body.addProperty("timeout", limits.timeout().toMillis() + "ms");
    JsonObject answer = searchWithRetries(body);
    if (answer.has("timed_out") && answer.get("timed_out").getAsBoolean()) {
      throw new SearchTimeoutException(
          "The search took longer than "
              + limits.timeout().toMillis()
              + " ms and was stopped; narrow it down.");
    }
    return answer;
  }

  /**
   * Sends a search, again when a node left in the middle of it: OpenSearch retries a shard's query
   * on another copy, but not the fetch phase on the node that ran the query, and answers 500 (or
   * leaves that shard out) when that node goes away in between. A search changes nothing, so
   * sending it again is safe.
   */
  private JsonObject searchWithRetries(JsonObject body) throws IOException {
    String path = "/" + index + "/_search";
    // Scores from the statistics of every shard, as one local index has them.
    Map<String, String> query = sharded ? Map.of("search_type", "dfs_query_then_fetch") : Map.of();
    for (int attempt = 0; ; attempt++) {
      ClusterConnection.Answer answer = cluster.send("POST", path, query, body);
      boolean lastAttempt = attempt == SEARCH_RETRIES;
      if (answer.ok() && (lastAttempt || !missedShards(answer.object()))) {
        return answer.object();
      }
      if (!answer.ok() && tooManyClauses(answer)) {
        // What the local index throws for a query that expands past the clause limit.
        throw new IndexSearcher.TooManyClauses();
      }
      if (!answer.ok() && (lastAttempt || !transientFailure(answer.status()))) {
        throw cluster.refusal("searching " + index, answer);
      }
      try {
        Thread.sleep(SEARCH_RETRY_WAIT.toMillis() * (attempt + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while searching " + index);
      }
    }
  }

  /** Whether the cluster refused a query for expanding to more clauses than it allows. */
  private static boolean tooManyClauses(ClusterConnection.Answer answer) {
    String body = answer.body().toString();
    return body.contains("too_many_clauses") || body.contains("too_many_nested_clauses");
  }

  /** Whether a status can come from a node leaving: a failed search phase, or no node ready. */
  private static boolean transientFailure(int status) {
    return status == 500 || status == 502 || status == 503 || status == 504;
  }

  /** Whether some shards failed to answer, which leaves their articles out of the results. */
  private static boolean missedShards(JsonObject answer) {
    JsonObject shards = answer.getAsJsonObject("_shards");
    return shards != null && shards.has("failed") && shards.get("failed").getAsInt() > 0;
  }

  private JsonObject post(String path, JsonObject body) throws IOException {
    return send("POST", path, body);
  }

  private JsonObject send(String method, String path, JsonObject body) throws IOException {
    return cluster.expect(method, path, Map.of(), body, "reading " + index).object();
  }

  private static long total(JsonObject answer) {
    return answer.getAsJsonObject("hits").getAsJsonObject("total").get("value").getAsLong();
  }

  @Override
  public Optional<Article> document(String id) throws IOException {
    JsonObject source = source(id);
    return source == null
        ? Optional.empty()
        : Optional.of(OpenSearchDocuments.fromSource(OpenSearchSource.toMap(source)));
  }

  @Override
  public List<SearchHit> copies(String id) throws IOException {
    JsonObject source = source(id);
    Map<String, Object> fields = OpenSearchSource.toMap(source);
    String group = OpenSearchDocuments.string(fields, IndexSchema.COPY_GROUP);
    int others = otherCopies(fields);
    if (source == null || group == null || others == 0) {
      return List.of();
    }
    JsonObject body = new JsonObject();
    body.add("query", single("term", single(IndexSchema.COPY_GROUP, group)));
    body.addProperty("size", others + 1);
    // Sorted, so unscored: a copy has no score, as in the local index.
    JsonArray byId = new JsonArray();
    byId.add(single(IndexSchema.ID, "asc"));
    body.add("sort", byId);
    body.add(
        "_source", strings(HIT_SOURCE.stream().filter(f -> !f.equals(IndexSchema.BODY)).toList()));
    List<SearchHit> members = new ArrayList<>();
    for (JsonElement hit :
        post("/" + index + "/_search", body).getAsJsonObject("hits").getAsJsonArray("hits")) {
      members.add(hit(hit.getAsJsonObject(), null, Map.of()));
    }
    return CopyList.ordered(members, group);
  }

  /** Returns the source of the article with this id, or null. */
  private JsonObject source(String id) throws IOException {
    ClusterConnection.Answer answer =
        cluster.send("GET", "/" + index + "/_doc/" + ClusterConnection.segment(id), Map.of(), null);
    if (answer.status() == 404) {
      return null;
    }
    if (!answer.ok()) {
      throw new IOException("reading article " + id + " from " + index + ": " + answer.error());
    }
    JsonObject doc = answer.object();
    return doc.has("found") && doc.get("found").getAsBoolean()
        ? doc.getAsJsonObject("_source")
        : null;
  }

  /** Returns every value of a facet with its article count, a page of buckets at a time. */
  private List<FacetCount> allValues(String dim) throws IOException {
    List<FacetCount> values = new ArrayList<>();
    JsonObject after = null;
    while (true) {
      JsonObject terms = new JsonObject();
      terms.add("terms", single("field", dim));
      JsonObject source = new JsonObject();
      source.add("value", terms);
      JsonArray sources = new JsonArray();
      sources.add(source);
      JsonObject composite = new JsonObject();
      composite.addProperty("size", BATCH);
      composite.add("sources", sources);
      if (after != null) {
        composite.add("after", after);
      }
      JsonObject body = new JsonObject();
      body.addProperty("size", 0);
      body.add("aggs", single("all", single("composite", composite)));
      JsonObject agg =
          post("/" + index + "/_search", body)
              .getAsJsonObject("aggregations")
              .getAsJsonObject("all");
      JsonArray buckets = agg.getAsJsonArray("buckets");
      for (JsonElement b : buckets) {
        JsonObject bucket = b.getAsJsonObject();
        values.add(
            new FacetCount(
                bucket.getAsJsonObject("key").get("value").getAsString(),
                bucket.get("doc_count").getAsLong()));
      }
      if (buckets.size() < BATCH || !agg.has("after_key")) {
        return values;
      }
      after = agg.getAsJsonObject("after_key");
    }
  }

  @Override
  public List<EntitySummary> entities() throws IOException {
    EntityTally tally = new EntityTally();
    forEachSource(
        List.of(IndexSchema.ENTITIES),
        source -> {
          JsonElement lines = source.get(IndexSchema.ENTITIES);
          if (lines != null && !lines.isJsonNull()) {
            tally.add(ArticleDocuments.parseEntities(lines.getAsString()));
          }
        });
    return tally.summaries();
  }

  /** Calls back with the given source fields of every article, in id order. */
  private void forEachSource(List<String> fields, Consumer<JsonObject> consumer)
      throws IOException {
    JsonArray after = null;
    while (true) {
      JsonObject body = new JsonObject();
      body.add("query", single("match_all", new JsonObject()));
      JsonArray sort = new JsonArray();
      sort.add(single(IndexSchema.ID, "asc"));
      body.add("sort", sort);
      body.addProperty("size", BATCH);
      body.add("_source", strings(fields));
      if (after != null) {
        body.add("search_after", after);
      }
      JsonArray hits =
          post("/" + index + "/_search", body).getAsJsonObject("hits").getAsJsonArray("hits");
      for (JsonElement hit : hits) {
        consumer.accept(hit.getAsJsonObject().getAsJsonObject("_source"));
      }
      if (hits.size() < BATCH) {
        return;
      }
      after = hits.get(hits.size() - 1).getAsJsonObject().getAsJsonArray("sort");
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, int size) throws IOException {
    String token = current().token();
    return suggester.suggest(
        new LuceneSuggester.Source() {
          @Override
          public Object version() {
            return token;
          }

          @Override
          public List<LuceneSuggester.Entry> entries() throws IOException {
            return suggestionEntries();
          }
        },
        prefix,
        size);
  }

  /** The suggester's entries: every distinct title and every author and entity name. */
  private List<LuceneSuggester.Entry> suggestionEntries() throws IOException {
    Map<String, Long> titles = new HashMap<>();
    forEachSource(
        List.of(IndexSchema.TITLE),
        source -> {
          JsonElement title = source.get(IndexSchema.TITLE);
          if (title != null && !title.isJsonNull() && !title.getAsString().isBlank()) {
            titles.merge(title.getAsString().strip(), 1L, Long::sum);
          }
        });
    List<LuceneSuggester.Entry> entries = new ArrayList<>();
    titles.forEach(
        (title, n) -> entries.add(new LuceneSuggester.Entry(title, IndexSchema.TITLE, n)));
    for (String dim : LuceneSuggester.SUGGESTED_FACETS) {
      for (FacetCount value : allValues(dim)) {
        entries.add(new LuceneSuggester.Entry(value.value(), dim, value.count()));
      }
    }
    return entries;
  }

  @Override
  public List<Span> matches(String id, String query) throws InvalidQueryException, IOException {
    if (query.isBlank()) {
      return List.of();
    }
    checked(query); // a bad query is refused even for an unknown id
    JsonObject source = source(id);
    JsonElement body = source == null ? null : source.get(IndexSchema.BODY);
    return body == null || body.isJsonNull()
        ? List.of()
        : matchesInText(
            body.getAsString(),
            OpenSearchDocuments.string(OpenSearchSource.toMap(source), IndexSchema.LANGUAGE),
            query);
  }

  @Override
  public List<Span> matchesInText(String text, String language, String query)
      throws InvalidQueryException, IOException {
    return query.isBlank() ? List.of() : highlighter.matches(checked(query), text, language);
  }

  /** Returns a query parsed and within the limits, or refuses it. */
  private Query checked(String query) throws InvalidQueryException, IOException {
    Query parsed = parse(query).query();
    limits.check(parsed);
    return parsed;
  }

  @Override
  public List<SearchHit> related(String id, int size) throws IOException {
    JsonObject source = source(id);
    if (source == null) {
      return List.of();
    }
    Query like =
        RelatedQuery.like(cluster, index, id, OpenSearchSource.toMap(source), analyzer, count());
    JsonObject body = new JsonObject();
    body.add("query", translator.translate(like));
    body.addProperty("size", size);
    body.add("sort", OpenSearchSorts.of(SortOrder.RELEVANCE));
    body.add("_source", strings(HIT_SOURCE));
    List<SearchHit> hits = new ArrayList<>();
    try {
      for (JsonElement element : search(body).getAsJsonObject("hits").getAsJsonArray("hits")) {
        // More like this matches by many words, none the reader asked for: nothing to count.
        hits.add(hit(element.getAsJsonObject(), like, Map.of()));
      }
    } catch (SearchTimeoutException e) {
      throw new IOException(e.getMessage(), e);
    }
    return hits;
  }

  @Override
  public Cooccurrence cooccurrence(SearchRequest asked, EntityType type, String value, int size)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    SearchRequest request = FilterValues.canonical(asked, current().labels());
    Query parsed = parse(request.query()).query();
    limits.check(parsed);
    List<JsonObject> filters = new ArrayList<>(filters(request).values());
    JsonObject aggs = new JsonObject();
    for (EntityType other : EntityType.values()) {
      aggs.add(other.facetName(), terms(other.facetName(), CooccurrenceCounter.CANDIDATES));
    }
    aggs.add(IndexSchema.YEAR, terms(IndexSchema.YEAR, ALL_YEARS));
    // Its own clause: the entity must be mentioned whatever else is ticked.
    JsonObject mentioning =
        search(
            counting(
                parsed,
                filters,
                LuceneQueryTranslator.facetValues(type.facetName(), List.of(value)),
                aggs));
    JsonObject counts = mentioning.getAsJsonObject("aggregations");
    Map<EntityType, List<FacetCount>> together = new EnumMap<>(EntityType.class);
    JsonObject candidates = new JsonObject();
    for (EntityType other : EntityType.values()) {
      List<FacetCount> values = buckets(counts.getAsJsonObject(other.facetName()));
      together.put(other, values);
      if (!values.isEmpty()) {
        JsonObject agg = terms(other.facetName(), values.size());
        JsonArray include = new JsonArray();
        values.forEach(v -> include.add(v.value()));
        agg.getAsJsonObject("terms").add("include", include);
        candidates.add(other.facetName(), agg);
      }
    }
    // The same values over all the results, the entity's or not: what chance would give.
    JsonObject all = search(counting(parsed, filters, null, candidates));
    Map<EntityType, Map<String, Long>> mentions = new EnumMap<>(EntityType.class);
    for (EntityType other : EntityType.values()) {
      Map<String, Long> found = new HashMap<>();
      JsonObject agg =
          all.has("aggregations")
              ? all.getAsJsonObject("aggregations").getAsJsonObject(other.facetName())
              : null;
      if (agg != null) {
        buckets(agg).forEach(v -> found.put(v.value(), v.count()));
      }
      mentions.put(other, found);
    }
    Histogram years = YearHistogram.of(buckets(counts.getAsJsonObject(IndexSchema.YEAR)));
    return CooccurrenceCounter.assemble(
        type,
        value,
        new CooccurrenceCounter.Tallies(total(mentioning), total(all), together, mentions),
        years,
        size);
  }

  /** Returns a body that counts the results of a query and filters (and one more, if given). */
  private JsonObject counting(
      Query parsed, List<JsonObject> filters, JsonObject extra, JsonObject aggs) {
    JsonObject bool = new JsonObject();
    JsonArray must = new JsonArray();
    must.add(translator.translate(parsed));
    bool.add("must", must);
    JsonArray filter = new JsonArray();
    filters.forEach(filter::add);
    if (extra != null) {
      filter.add(extra);
    }
    bool.add("filter", filter);
    JsonObject body = new JsonObject();
    body.add("query", single("bool", bool));
    body.addProperty("size", 0);
    body.addProperty("track_total_hits", true);
    body.add("aggs", aggs);
    return body;
  }

  @Override
  public Occurrences occurrences(SearchRequest asked, String by)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    long start = System.nanoTime();
    SearchRequest request = FilterValues.canonical(asked, current().labels());
    Query query = parse(request.query()).query();
    limits.check(query);
    JsonObject body = new JsonObject();
    body.add(
        "query", occurrences.query(query, OccurrenceClauses.of(query), filters(request).values()));
    body.addProperty("size", 0);
    body.add("aggs", OpenSearchOccurrences.aggregations(by));
    OccurrenceTally tally = new OccurrenceTally();
    OpenSearchOccurrences.read(search(body).getAsJsonObject("aggregations"), by, tally);
    return tally.result(request.query(), by, (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public void export(SearchRequest asked, int maxRows, ExportSink sink)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    SearchRequest request = FilterValues.canonical(asked, current().labels());
    ArticleQueryParser.Parsed parsed = parse(request.query());
    limits.check(parsed.query());
    JsonObject query = translator.translate(parsed.scoring());
    Map<String, JsonObject> filters = filters(request);
    List<Query> counted = OccurrenceClauses.of(parsed.query());
    JsonArray after = null;
    int sent = 0;
    boolean started = false;
    while (sent < maxRows) {
      int step = Math.min(BATCH, maxRows - sent);
      JsonObject body = new JsonObject();
      body.add("query", query);
      addPostFilter(body, filters);
      body.add("sort", OpenSearchSorts.of(request.sort().forQuery(parsed.ranked())));
      body.addProperty("size", step);
      body.addProperty("track_total_hits", !started);
      body.addProperty("track_scores", true);
      body.add("_source", strings(EXPORT_SOURCE));
      if (after != null) {
        body.add("search_after", after);
      }
      JsonObject answer = search(body);
      if (!started) {
        sink.start(total(answer));
        started = true;
      }
      JsonArray hits = answer.getAsJsonObject("hits").getAsJsonArray("hits");
      List<JsonObject> found = hits.asList().stream().map(JsonElement::getAsJsonObject).toList();
      Map<String, Long> matches = matches(found, counted);
      for (JsonObject element : found) {
        SearchHit hit = hit(element, parsed.query(), matches);
        Map<String, Object> row = OpenSearchSource.toMap(element.getAsJsonObject("_source"));
        sink.row(
            new ExportRow(
                hit.id(),
                hit.title(),
                hit.authors(),
                hit.date(),
                hit.publisher(),
                OpenSearchDocuments.string(row, IndexSchema.PATH),
                hit.score(),
                hit.matches(),
                SnippetText.plain(hit.snippet())));
        sent++;
      }
      if (hits.size() < step) {
        break;
      }
      after = hits.get(hits.size() - 1).getAsJsonObject().getAsJsonArray("sort");
    }
    if (!started) {
      sink.start(0);
    }
  }

  @Override
  public long count() throws IOException {
    return send("GET", "/" + index + "/_count", null).get("count").getAsLong();
  }

  private ArticleQueryParser.Parsed parse(String text) throws InvalidQueryException, IOException {
    return parser().parse(text);
  }

  private ArticleQueryParser parser() throws IOException {
    return new ArticleQueryParser(analyzer, facetsConfig, current().labels());
  }

  /**
   * Returns the current index version, checked at most once a second: the facet values a query's
   * {@code field:value} names are read again only after the index changed.
   */
  private Version current() throws IOException {
    Version v = version;
    long now = System.nanoTime();
    if (v != null && now - v.checkedAt() < VERSION_CHECK_NANOS) {
      return v;
    }
    String token = versionToken();
    if (v != null && v.token().equals(token)) {
      v = new Version(token, v.labels(), now);
    } else {
      v = new Version(token, FacetLabels.from(this::valueNames), now);
    }
    version = v;
    return v;
  }

  private List<String> valueNames(String dim) throws IOException {
    List<String> names = new ArrayList<>();
    allValues(dim).forEach(v -> names.add(v.value()));
    return names;
  }

  /** What changes whenever a document is indexed or deleted: the primaries' operation counts. */
  private String versionToken() throws IOException {
    JsonObject stats = send("GET", "/" + index + "/_stats/docs,indexing", null);
    JsonObject primaries = stats.getAsJsonObject("_all").getAsJsonObject("primaries");
    JsonObject indexing = primaries.getAsJsonObject("indexing");
    JsonObject docs = primaries.getAsJsonObject("docs");
    return docs.get("count")
        + "/"
        + docs.get("deleted")
        + "/"
        + indexing.get("index_total")
        + "/"
        + indexing.get("delete_total");
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  static JsonObject single(String key, Object value) {
    JsonObject o = new JsonObject();
    if (value instanceof JsonElement e) {
      o.add(key, e);
    } else {
      o.addProperty(key, value.toString());
    }
    return o;
  }

  @Override
  public void close() throws IOException {
    try {
      suggester.close();
    } finally {
      cluster.close();
    }
  }
}
