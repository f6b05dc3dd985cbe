package org.articlesearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.Span;
import org.articlesearch.index.ArticleDocuments;
import org.articlesearch.index.IndexSchema;

/**
 * Searches the embedded Lucene index: BM25 over title and body, drill-sideways facet counts, and
 * escaped, highlighted snippets. Picks up a newly committed index without a restart.
 */
public final class LuceneArticleSearcher implements ArticleSearcher {
  /** How many values each facet returns; the page shows fewer and reveals the rest on demand. */
  public static final int FACET_VALUES = 50;

  private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;

  private final FSDirectory directory;
  private final SearcherManager manager;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final TextHighlighter textHighlighter = new TextHighlighter(analyzer);
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private volatile long lastRefresh = System.nanoTime();
  private volatile PerReader perReader;

  private final QueryLimits limits;
  private final LuceneSuggester suggester = new LuceneSuggester();

  private LuceneArticleSearcher(
      FSDirectory directory, SearcherManager manager, QueryLimits limits) {
    this.directory = directory;
    this.manager = manager;
    this.limits = limits;
  }

  /** Opens the index in a directory with the default query limits. */
  public static LuceneArticleSearcher open(Path indexDir) throws IOException {
    return open(indexDir, QueryLimits.DEFAULT);
  }

  /** Opens the index in a directory; fails with a clear message when there is none. */
  public static LuceneArticleSearcher open(Path indexDir, QueryLimits limits) throws IOException {
    FSDirectory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexNotFoundException(
            "no index in " + indexDir + "; run the index command first");
      }
      return new LuceneArticleSearcher(directory, new SearcherManager(directory, null), limits);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest request)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    return search(request, FACET_VALUES);
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
    SearchRequest canonical = FilterValues.canonical(request, labels());
    try {
      return relaxed(canonical, facetLimit);
    } catch (TooManyClauses e) {
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
                (query, typing) ->
                    withSearcher(
                        s ->
                            SpellingCorrector.correct(
                                s.getIndexReader(), analyzer, query, typing))),
        parser(),
        query -> withSearcher(s -> s.count(drillDown(query, canonical))),
        (relaxed, parsed) -> run(relaxed, parsed, facetLimit));
  }

  private SearchResult run(SearchRequest request, int facetLimit)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    return run(request, parse(TypedPrefix.of(request, limits.minPrefixChars())), facetLimit);
  }

  /** Returns the query within the request's date range and facet filters. */
  private DrillDownQuery drillDown(Query query, SearchRequest request) {
    DrillDownQuery drillDown =
        new DrillDownQuery(facetsConfig, DateRangeFilter.apply(query, request));
    request.filters().forEach((dim, values) -> values.forEach(v -> drillDown.add(dim, v)));
    return drillDown;
  }

  private SearchResult run(SearchRequest request, ArticleQueryParser.Parsed parsed, int facetLimit)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    long start = System.nanoTime();
    limits.check(parsed.query());
    Query base = DateRangeFilter.apply(parsed.scoring(), request);
    DrillDownQuery drillDown = drillDown(parsed.scoring(), request);
    Sort sort = LuceneSorts.of(request.sort().forQuery(parsed.ranked()));
    refreshIfDue();
    IndexSearcher shared = manager.acquire();
    try {
      // A searcher of its own, on the shared reader, so that this request alone has a deadline.
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setTimeout(new QueryTimeoutImpl(limits.timeout().toMillis()));
      if (!request.filters().isEmpty()) {
        // Lucene's drill-sideways scorer cannot run under a deadline, so a query that may expand
        // is tried alone under one first: whatever would run too long is stopped here. Any other
        // query costs in proportion to its matches; one that still overran is refused below.
        if (QueryLimits.mayExpand(parsed.query())) {
          searcher.search(base, 1);
          if (searcher.timedOut()) {
            throw timeout();
          }
        }
        searcher = new IndexSearcher(shared.getIndexReader());
      }
      // Lucene collects at least one hit; a request for none (size 0) shows none of it.
      int wanted = request.page() * request.size();
      int topN = Math.max(1, wanted);
      IndexReader reader = searcher.getIndexReader();
      FacetOrdinals ordinals = ordinals(reader);
      // An index without copies shows the same results either way, and counts no groups.
      CopyCollapse copies = perReader(reader).copies();
      boolean collapse = request.collapse() && copies.anyCopies();
      Collected collected;
      ScoreDoc[] shown;
      while (true) {
        collected = collect(searcher, ordinals, drillDown, sort, topN, facetLimit);
        ScoreDoc[] top = collected.top().scoreDocs;
        long matches = collected.top().totalHits.value();
        shown = collapse ? copies.firstOfEachGroup(top) : top;
        if (!collapse || shown.length >= wanted || top.length >= matches) {
          break;
        }
        // Copies took places on the page: look further down the results.
        topN = (int) Math.min(matches, (long) topN * 4);
      }
      long articles = collected.top().totalHits.value();
      long total = collapse ? copies.groups(searcher, drillDown) : articles;
      if (searcher.timedOut() || System.nanoTime() - start > limits.timeout().toNanos()) {
        throw timeout();
      }
      // Snippets mark what matched, not the proximity boost's spans.
      List<SearchHit> hits =
          hits(searcher, parsed.query(), OccurrenceClauses.of(parsed.query()), shown, request);
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
          collected.facets().values(),
          collected.facets().cut(),
          collected.histogram(),
          parsed.notice(),
          null,
          parsed.notRequired());
    } finally {
      manager.release(shared);
    }
  }

  /** The top hits of a search with the facet counts and histogram of all its matches. */
  private record Collected(TopDocs top, TopFacets facets, Histogram histogram) {}

  private Collected collect(
      IndexSearcher searcher,
      FacetOrdinals ordinals,
      DrillDownQuery drillDown,
      Sort sort,
      int topN,
      int facetLimit)
      throws IOException, InvalidQueryException {
    try {
      if (ordinals == null) {
        // An index without any facet values (empty corpus): nothing to count.
        return new Collected(
            searcher.search(drillDown, topN),
            TopFacets.of(emptyFacets(), facetLimit),
            Histogram.EMPTY);
      }
      DrillSideways sideways = drillSideways(searcher, ordinals);
      DrillSideways.DrillSidewaysResult result =
          sort != null
              ? sideways.search(drillDown, null, null, topN, sort, true)
              : sideways.search(drillDown, topN);
      return new Collected(
          result.hits,
          facetCounts(result.facets, ordinals, facetLimit),
          YearHistogram.of(result.facets));
    } catch (TooManyClauses e) {
      throw QueryLimits.tooManyTerms(e);
    }
  }

  @Override
  public Optional<Article> document(String id) throws IOException {
    refreshIfDue();
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(
          ArticleDocuments.fromDocument(
              ArticleDocuments.read(searcher.getIndexReader(), top.scoreDocs[0].doc)));
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public List<SearchHit> copies(String id) throws IOException {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            return List.of();
          }
          IndexReader reader = searcher.getIndexReader();
          CopyCollapse copies = perReader(reader).copies();
          int doc = top.scoreDocs[0].doc;
          int[] docs = copies.members(doc).stream().mapToInt(Integer::intValue).toArray();
          List<SearchHit> members = new ArrayList<>();
          for (HitFields.Values shown : HitFields.of(reader, docs)) {
            members.add(shown.hit("", 0f, 0));
          }
          return CopyList.ordered(members, copies.groupId(doc));
        });
  }

  public List<EntitySummary> entities() throws IOException {
    refreshIfDue();
    IndexSearcher searcher = manager.acquire();
    try {
      EntityTally tally = new EntityTally();
      IndexReader reader = searcher.getIndexReader();
      StoredFields stored = searcher.storedFields();
      Set<String> fields = Set.of(IndexSchema.ENTITIES);
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            tally.add(ArticleDocuments.entitiesOf(stored.document(leaf.docBase + doc, fields)));
          }
        }
      }
      return tally.summaries();
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, int size) throws IOException {
    return withSearcher(searcher -> suggester.suggest(searcher.getIndexReader(), prefix, size));
  }

  @Override
  public List<Span> matches(String id, String query) throws InvalidQueryException, IOException {
    if (query.isBlank()) {
      return List.of();
    }
    Query parsed = checked(query);
    return withSearcher(searcher -> QueryMatches.find(searcher, analyzer, parsed, id));
  }

  @Override
  public List<Span> matchesInText(String text, String language, String query)
      throws InvalidQueryException, IOException {
    return query.isBlank() ? List.of() : textHighlighter.matches(checked(query), text, language);
  }

  /** Returns a query parsed and within the limits, or refuses it. */
  private Query checked(String query) throws InvalidQueryException, IOException {
    Query parsed = parse(query).query();
    limits.check(parsed);
    return parsed;
  }

  @Override
  public List<SearchHit> related(String id, int size) throws IOException {
    return withSearcher(
        searcher -> {
          Query like = RelatedArticles.like(searcher, analyzer, id);
          if (like == null) {
            return List.of();
          }
          TopDocs top = searcher.search(like, size);
          // More like this matches by many words, none the reader asked for: nothing to count.
          return hits(
              searcher,
              like,
              List.of(),
              top.scoreDocs,
              new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, size));
        });
  }

  @Override
  public Cooccurrence cooccurrence(SearchRequest asked, EntityType type, String value, int size)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    SearchRequest request = FilterValues.canonical(asked, labels());
    Query base = parse(request.query()).query();
    limits.check(base);
    Query filtered = DateRangeFilter.apply(base, request);
    withinDeadline(filtered);
    return withSearcher(
        searcher ->
            CooccurrenceCounter.count(
                searcher,
                ordinals(searcher.getIndexReader()),
                facetsConfig,
                filtered,
                request,
                type,
                value,
                size));
  }

  @Override
  public Occurrences occurrences(SearchRequest asked, String by)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    long start = System.nanoTime();
    SearchRequest request = FilterValues.canonical(asked, labels());
    Query query = parse(request.query()).query();
    limits.check(query);
    Query matching = drillDown(query, request);
    withinDeadline(matching);
    List<Query> clauses = OccurrenceClauses.of(query);
    try {
      OccurrenceTally tally =
          withSearcher(
              s ->
                  OccurrenceCounter.count(
                      s.getIndexReader(), ordinals(s.getIndexReader()), matching, clauses, by));
      return tally.result(request.query(), by, (System.nanoTime() - start) / 1_000_000);
    } catch (TooManyClauses e) {
      throw QueryLimits.tooManyTerms(e);
    }
  }

  @Override
  public void export(SearchRequest asked, int maxRows, ExportSink sink)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    SearchRequest request = FilterValues.canonical(asked, labels());
    ArticleQueryParser.Parsed parsed = parse(request.query());
    limits.check(parsed.query());
    Query filtered = DateRangeFilter.apply(parsed.scoring(), request);
    withinDeadline(filtered);
    Sort sort = LuceneSorts.of(request.sort().forQuery(parsed.ranked()));
    withSearcher(
        searcher -> {
          ResultExporter.export(
              searcher,
              perReader(searcher.getIndexReader()).highlighter(),
              facetsConfig,
              filtered,
              parsed.query(),
              request,
              sort,
              maxRows,
              sink);
          return null;
        });
  }

  /** Runs a query under the deadline; throws when it would run longer. */
  private void withinDeadline(Query query) throws SearchTimeoutException, IOException {
    IndexSearcher shared = manager.acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setTimeout(new QueryTimeoutImpl(limits.timeout().toMillis()));
      searcher.search(query, 1);
      if (searcher.timedOut()) {
        throw timeout();
      }
    } finally {
      manager.release(shared);
    }
  }

  /** A piece of work on the current searcher. */
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /** Runs work on the current index version, released afterwards. */
  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    refreshIfDue();
    IndexSearcher searcher = manager.acquire();
    try {
      return work.run(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public long count() throws IOException {
    refreshIfDue();
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      manager.release(searcher);
    }
  }

  private SearchTimeoutException timeout() {
    return new SearchTimeoutException(
        "The search took longer than "
            + limits.timeout().toMillis()
            + " ms and was stopped; narrow it down.");
  }

  private ArticleQueryParser.Parsed parse(String text) throws InvalidQueryException, IOException {
    return parser().parse(text);
  }

  private ArticleQueryParser parser() throws IOException {
    return new ArticleQueryParser(analyzer, facetsConfig, labels());
  }

  /** Returns the facet values of the current index version. */
  private FacetLabels labels() throws IOException {
    return withSearcher(s -> FacetLabels.of(ordinals(s.getIndexReader())));
  }

  private List<SearchHit> hits(
      IndexSearcher searcher,
      Query base,
      List<Query> counted,
      ScoreDoc[] all,
      SearchRequest request)
      throws IOException {
    int from = (request.page() - 1) * request.size();
    int to = Math.min(all.length, from + request.size());
    if (from >= to) {
      return List.of();
    }
    int[] docIds = new int[to - from];
    for (int i = from; i < to; i++) {
      docIds[i - from] = all[i].doc;
    }
    String[] snippets = perReader(searcher.getIndexReader()).highlighter().snippets(base, docIds);
    HitFields.Values[] rows = HitFields.of(searcher.getIndexReader(), docIds);
    long[] matches = OccurrenceCounter.perArticle(searcher.getIndexReader(), counted, docIds);
    List<SearchHit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      HitFields.Values shown = rows[i];
      float score = all[from + i].score;
      hits.add(
          shown.hit(
              snippets[i] == null ? "" : snippets[i].strip(),
              Float.isNaN(score) ? 0f : score,
              matches[i]));
    }
    return hits;
  }

  private static TopFacets facetCounts(Facets facets, FacetOrdinals ordinals, int limit)
      throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    // Never more than the index has values, so that asking for all allocates no more than those.
    int counted = Math.min(TopFacets.counted(limit), Math.max(1, ordinals.size()));
    for (String dim : IndexSchema.FACETS) {
      List<FacetCount> values = new ArrayList<>();
      FacetResult result;
      try {
        result = facets.getTopChildren(counted, dim);
      } catch (IllegalArgumentException e) {
        result = null; // no article has a value in this dimension
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, values);
    }
    return TopFacets.of(out, limit);
  }

  private static Map<String, List<FacetCount>> emptyFacets() {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    IndexSchema.FACETS.forEach(dim -> out.put(dim, List.of()));
    return out;
  }

  /** Returns the facet ordinals for this reader, built once per index version. */
  private FacetOrdinals ordinals(IndexReader reader) throws IOException {
    return perReader(reader).facets();
  }

  /** Drill sideways with the counts and labels of {@link FacetTally}. */
  private DrillSideways drillSideways(IndexSearcher searcher, FacetOrdinals ordinals) {
    return new DrillSideways(searcher, facetsConfig, ordinals.state()) {
      @Override
      protected Facets buildFacetsResult(
          FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
          throws IOException {
        Facets drillDownFacets = drillDowns == null ? null : FacetTally.of(ordinals, drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
          return drillDownFacets;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
          sideways.put(dims[i], FacetTally.of(ordinals, drillSideways[i]));
        }
        return new MultiFacets(sideways, drillDownFacets);
      }
    };
  }

  /**
   * What is built once per index version and shared by every request on it: the facet ordinals
   * (null when the index has no facet field) and the highlighter, which caches the field infos.
   */
  private record PerReader(
      IndexReader reader,
      FacetOrdinals facets,
      SnippetHighlighter highlighter,
      CopyCollapse copies) {}

  private PerReader perReader(IndexReader reader) throws IOException {
    PerReader current = perReader;
    if (current != null && current.reader() == reader) {
      return current;
    }
    synchronized (this) {
      current = perReader;
      if (current == null || current.reader() != reader) {
        current =
            new PerReader(
                reader,
                FacetOrdinals.of(reader, facetsConfig),
                SnippetHighlighter.on(reader, analyzer),
                CopyCollapse.of(reader));
        perReader = current;
      }
      return current;
    }
  }

  private void refreshIfDue() throws IOException {
    long now = System.nanoTime();
    if (now - lastRefresh > REFRESH_INTERVAL_NANOS) {
      lastRefresh = now;
      manager.maybeRefresh();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      suggester.close();
      manager.close();
    } finally {
      directory.close();
    }
  }
}
