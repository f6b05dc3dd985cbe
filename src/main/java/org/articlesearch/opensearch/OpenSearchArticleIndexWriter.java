package org.articlesearch.opensearch;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.articlesearch.article.Article;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.StoredArticle;

/**
 * Builds the articles' index on an OpenSearch cluster. The configured index name is an alias that
 * searchers use: a full rebuild (or a schema change) writes a new index and switches the alias to
 * it at commit, in one atomic step, then deletes the old one; an incremental run writes to the
 * aliased index with refreshing suspended, so searchers see its changes only at commit.
 */
public final class OpenSearchArticleIndexWriter implements ArticleIndexWriter {
  /** The key of this program's entry in the mapping's {@code _meta}. */
  private static final String META = "article_search";

  /** The refresh interval while a build writes: none, so nothing shows before commit. */
  private static final String SUSPENDED = "-1";

  /** After an alias switch, the old index stays this long at least, for searches in flight. */
  private static final Duration RETIRE_PAUSE = Duration.ofMillis(500);

  /** And at most this long while searches still run on it. */
  private static final Duration RETIRE_WAIT = Duration.ofSeconds(10);

  private static final int SCAN_PAGE = 1000;
  private static final String SCAN_KEEP_ALIVE = "2m";
  private static final DateTimeFormatter GENERATION =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final ClusterConnection cluster;
  private final OpenSearchConfig config;
  private final BulkIndexer.Limits limits;
  private final BulkRetryPolicy retry;
  private final Gson gson = new Gson();

  /** The index the alias names now: what searchers see; null before the first build. */
  private String committedIndex;

  /** Whether {@link #committedIndex} is a concrete index under the alias's name, not an alias. */
  private boolean committedIsConcrete;

  private Map<String, String> committedSettings;
  private String target;
  private boolean rebuilding;
  private boolean refreshSuspended;
  private JsonElement refreshBefore = JsonNull.INSTANCE;
  private BulkIndexer bulk;
  private Map<String, String> settings = Map.of();
  private final Map<String, String> rejected = new HashMap<>();

  private OpenSearchArticleIndexWriter(
      ClusterConnection cluster,
      OpenSearchConfig config,
      BulkIndexer.Limits limits,
      BulkRetryPolicy retry) {
    this.cluster = cluster;
    this.config = config;
    this.limits = limits;
    this.retry = retry;
  }

  /**
   * Opens a writer for the index a configuration names.
   *
   * @param full build a new index and switch to it at commit, instead of updating the current one
   * @throws IOException when the cluster cannot be reached or refuses, with a message saying so
   */
  public static OpenSearchArticleIndexWriter open(OpenSearchConfig config, boolean full)
      throws IOException {
    return open(config, full, BulkIndexer.Limits.DEFAULT, BulkRetryPolicy.DEFAULT);
  }

  static OpenSearchArticleIndexWriter open(
      OpenSearchConfig config, boolean full, BulkIndexer.Limits limits, BulkRetryPolicy retry)
      throws IOException {
    ClusterConnection cluster = ClusterConnection.open(config);
    OpenSearchArticleIndexWriter writer =
        new OpenSearchArticleIndexWriter(cluster, config, limits, retry);
    try {
      writer.start(full);
      return writer;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void start(boolean full) throws IOException {
    findCommittedIndex();
    JsonObject meta = committedIndex == null ? new JsonObject() : meta(committedIndex);
    String refresh = committedIndex == null ? null : refreshInterval(committedIndex);
    boolean sameSchema =
        meta.has("schema")
            && OpenSearchMapping.fingerprint().equals(meta.get("schema").getAsString());
    // Refreshing still suspended means a build stopped before its commit: its writes are in the
    // index, unseen, and only a rebuild is sure to drop those of files deleted since.
    boolean interrupted = SUSPENDED.equals(refresh);
    committedSettings = new TreeMap<>();
    if (meta.has("settings")) {
      meta.getAsJsonObject("settings")
          .entrySet()
          .forEach(e -> committedSettings.put(e.getKey(), e.getValue().getAsString()));
    }
    if (full || committedIndex == null || !sameSchema || interrupted) {
      rebuilding = true;
      committedSettings = Map.of();
      target = createIndex();
    } else {
      target = committedIndex;
      refreshBefore = refresh == null ? JsonNull.INSTANCE : new JsonPrimitive(refresh);
    }
    bulk = new BulkIndexer(cluster, target, limits, retry);
  }

  /** Finds the index behind the alias, or a concrete index of that name. */
  private void findCommittedIndex() throws IOException {
    String alias = config.index();
    ClusterConnection.Answer answer =
        cluster.send("GET", "/_alias/" + ClusterConnection.segment(alias), Map.of(), null);
    if (answer.ok()) {
      List<String> indices = List.copyOf(answer.object().keySet());
      if (indices.size() != 1) {
        throw new IOException(
            "the OpenSearch alias "
                + alias
                + " names "
                + indices.size()
                + " indices: "
                + indices
                + "; point it at one, or choose another --opensearch-index");
      }
      committedIndex = indices.get(0);
      return;
    }
    if (answer.status() != 404) {
      throw new ClusterConnection.ClusterException(
          "cannot look up the index "
              + alias
              + ": OpenSearch at "
              + cluster.where()
              + " answered "
              + answer.error(),
          answer.status());
    }
    ClusterConnection.Answer index =
        cluster.send("HEAD", "/" + ClusterConnection.segment(alias), Map.of(), null);
    if (index.ok()) {
      // Made by hand or by another tool: written to in place, replaced by an alias at a rebuild.
      committedIndex = alias;
      committedIsConcrete = true;
    }
  }

  private JsonObject meta(String index) throws IOException {
    JsonObject mappings = read(index, "_mapping", Map.of(), "mappings");
    JsonElement meta = mappings.get("_meta");
    if (meta == null || !meta.isJsonObject() || !meta.getAsJsonObject().has(META)) {
      return new JsonObject();
    }
    return meta.getAsJsonObject().getAsJsonObject(META);
  }

  private String refreshInterval(String index) throws IOException {
    JsonObject settings = read(index, "_settings", Map.of("flat_settings", "true"), "settings");
    JsonElement refresh = settings.get("index.refresh_interval");
    return refresh == null ? null : refresh.getAsString();
  }

  /** Reads one part of an index's description: its mappings or its settings. */
  private JsonObject read(String index, String endpoint, Map<String, String> query, String part)
      throws IOException {
    return cluster
        .expect(
            "GET",
            "/" + ClusterConnection.segment(index) + "/" + endpoint,
            query,
            null,
            "cannot read the " + part + " of " + index)
        .object()
        .getAsJsonObject(index)
        .getAsJsonObject(part);
  }

  /** Creates the next generation's index, refreshing suspended until commit. */
  private String createIndex() throws IOException {
    JsonObject body =
        JsonParser.parseString(OpenSearchMapping.createIndexJson(config)).getAsJsonObject();
    body.getAsJsonObject("settings")
        .getAsJsonObject("index")
        .addProperty("refresh_interval", SUSPENDED);
    body.getAsJsonObject("mappings").add("_meta", metaJson(Map.of()));
    for (int attempt = 0; ; attempt++) {
      String name =
          config.index()
              + "-"
              + GENERATION.format(ZonedDateTime.now())
              + (attempt == 0 ? "" : "-" + attempt);
      ClusterConnection.Answer answer =
          cluster.send("PUT", "/" + ClusterConnection.segment(name), Map.of(), body);
      if (answer.ok()) {
        return name;
      }
      boolean taken = answer.error().contains("resource_already_exists_exception");
      if (!taken || attempt >= 5) {
        throw new ClusterConnection.ClusterException(
            "cannot create the index "
                + name
                + ": OpenSearch at "
                + cluster.where()
                + " answered "
                + answer.error(),
            answer.status());
      }
    }
  }

  private JsonObject metaJson(Map<String, String> recorded) {
    JsonObject ours = new JsonObject();
    ours.addProperty("schema", OpenSearchMapping.fingerprint());
    ours.add("settings", gson.toJsonTree(new TreeMap<>(recorded)));
    JsonObject meta = new JsonObject();
    meta.add(META, ours);
    return meta;
  }

  /** The index this build writes: a new one for a rebuild, else the current one. */
  public String targetIndex() {
    return target;
  }

  @Override
  public void add(Article article, List<NamedEntity> recognized) throws IOException {
    suspendRefresh();
    bulk.index(article.id(), gson.toJson(OpenSearchDocuments.asSource(article, recognized)));
  }

  @Override
  public void delete(String id) throws IOException {
    suspendRefresh();
    bulk.delete(id);
  }

  /** Before the first write to the current index, so that no refresh shows part of a build. */
  private synchronized void suspendRefresh() throws IOException {
    if (rebuilding || refreshSuspended) {
      return;
    }
    putRefreshInterval(new JsonPrimitive(SUSPENDED));
    refreshSuspended = true;
  }

  private void putRefreshInterval(JsonElement interval) throws IOException {
    JsonObject index = new JsonObject();
    index.add("refresh_interval", interval);
    JsonObject body = new JsonObject();
    body.add("index", index);
    cluster.expect(
        "PUT",
        "/" + ClusterConnection.segment(target) + "/_settings",
        Map.of(),
        body,
        "cannot set the refresh interval of " + target);
  }

  @Override
  public Map<String, Committed> committed() throws IOException {
    Map<String, Committed> committed = new HashMap<>();
    JsonObject request = new JsonObject();
    // Doc values: the scan reads no document source.
    request.addProperty("_source", false);
    request.add(
        "docvalue_fields",
        gson.toJsonTree(List.of(IndexSchema.ID, IndexSchema.PATH, IndexSchema.CONTENT_HASH)));
    scanCommitted(
        request,
        hit -> {
          JsonObject fields = hit.getAsJsonObject("fields");
          committed.put(
              first(fields, IndexSchema.ID),
              new Committed(
                  first(fields, IndexSchema.PATH), first(fields, IndexSchema.CONTENT_HASH)));
        });
    return committed;
  }

  private static String first(JsonObject fields, String field) {
    JsonElement values = fields == null ? null : fields.get(field);
    return values == null || values.getAsJsonArray().isEmpty()
        ? null
        : values.getAsJsonArray().get(0).getAsString();
  }

  @Override
  public void forEachRecognized(BiConsumer<String, List<NamedEntity>> consumer) throws IOException {
    JsonObject request = new JsonObject();
    request.add(
        "_source", gson.toJsonTree(List.of(IndexSchema.ENTITIES, IndexSchema.ENTITIES_RECOGNIZED)));
    request.add("docvalue_fields", gson.toJsonTree(List.of(IndexSchema.ID)));
    scanCommitted(
        request,
        hit ->
            consumer.accept(
                first(hit.getAsJsonObject("fields"), IndexSchema.ID),
                OpenSearchDocuments.recognizedEntitiesOf(sourceOf(hit))));
  }

  private Map<String, Object> sourceOf(JsonObject hit) {
    JsonElement source = hit.get("_source");
    @SuppressWarnings("unchecked")
    Map<String, Object> map =
        source == null ? Map.of() : gson.fromJson(source, LinkedHashMap.class);
    return map;
  }

  /**
   * Visits every article searchers see, in id order, through a point in time: one consistent view
   * however long the visit takes, paged with {@code search_after}.
   */
  private void scanCommitted(JsonObject template, Consumer<JsonObject> visitor) throws IOException {
    if (committedIndex == null) {
      return;
    }
    String pit =
        cluster
            .expect(
                "POST",
                "/" + ClusterConnection.segment(committedIndex) + "/_search/point_in_time",
                Map.of("keep_alive", SCAN_KEEP_ALIVE),
                null,
                "cannot read the index " + committedIndex)
            .object()
            .get("pit_id")
            .getAsString();
    try {
      JsonElement after = null;
      while (true) {
        JsonObject request = template.deepCopy();
        JsonObject pitRef = new JsonObject();
        pitRef.addProperty("id", pit);
        pitRef.addProperty("keep_alive", SCAN_KEEP_ALIVE);
        request.add("pit", pitRef);
        request.addProperty("size", SCAN_PAGE);
        request.addProperty("track_total_hits", false);
        JsonObject sort = new JsonObject();
        sort.addProperty(IndexSchema.ID, "asc");
        JsonArray sorts = new JsonArray();
        sorts.add(sort);
        request.add("sort", sorts);
        if (after != null) {
          request.add("search_after", after);
        }
        JsonArray hits =
            cluster
                .expect(
                    "POST",
                    "/_search",
                    Map.of(),
                    request,
                    "cannot read the index " + committedIndex)
                .object()
                .getAsJsonObject("hits")
                .getAsJsonArray("hits");
        for (JsonElement hit : hits) {
          visitor.accept(hit.getAsJsonObject());
        }
        if (hits.size() < SCAN_PAGE) {
          return;
        }
        after = hits.get(hits.size() - 1).getAsJsonObject().get("sort");
      }
    } finally {
      JsonObject release = new JsonObject();
      release.add("pit_id", gson.toJsonTree(List.of(pit)));
      // Expires by itself in SCAN_KEEP_ALIVE if this fails.
      cluster.send("DELETE", "/_search/point_in_time", Map.of(), release);
    }
  }

  @Override
  public Map<String, String> committedSettings() {
    return Map.copyOf(committedSettings);
  }

  @Override
  public void recordSettings(Map<String, String> settings) {
    this.settings = Map.copyOf(settings);
  }

  @Override
  public Optional<StoredArticle> find(String id) throws IOException {
    // A realtime get sees every write the cluster acknowledged, refreshed or not.
    bulk.flush();
    ClusterConnection.Answer answer =
        cluster.send(
            "GET",
            "/" + ClusterConnection.segment(target) + "/_doc/" + ClusterConnection.segment(id),
            Map.of(),
            null);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    if (!answer.ok()) {
      throw new ClusterConnection.ClusterException(
          "cannot read the article " + id + ": " + answer.error(), answer.status());
    }
    Map<String, Object> source = sourceOf(answer.object());
    return Optional.of(
        new StoredArticle(
            OpenSearchDocuments.fromSource(source),
            OpenSearchDocuments.recognizedEntitiesOf(source)));
  }

  @Override
  public Map<String, String> rejected() {
    synchronized (rejected) {
      return Map.copyOf(rejected);
    }
  }

  /** How the bulk requests of this build went. */
  public BulkStats bulkStats() {
    return bulk.stats();
  }

  @Override
  public synchronized void commit() throws IOException {
    bulk.flush();
    // A document the cluster refused must not leave its previous version searchable, as a file
    // that fails to index leaves nothing in a full build.
    for (String id : bulk.rejectedAdds()) {
      bulk.delete(id);
    }
    bulk.flush();
    synchronized (rejected) {
      rejected.putAll(bulk.rejected());
    }
    boolean settingsChanged = !settings.equals(committedSettings);
    if (rebuilding || refreshSuspended || settingsChanged) {
      JsonObject mapping = new JsonObject();
      mapping.add("_meta", metaJson(settings));
      cluster.expect(
          "PUT",
          "/" + ClusterConnection.segment(target) + "/_mapping",
          Map.of(),
          mapping,
          "cannot record the build's settings in " + target);
    }
    if (rebuilding) {
      putRefreshInterval(JsonNull.INSTANCE);
      refresh();
      switchAlias();
      rebuilding = false;
    } else if (refreshSuspended) {
      refresh();
      putRefreshInterval(refreshBefore);
      refreshSuspended = false;
    }
    committedSettings = new TreeMap<>(settings);
  }

  private void refresh() throws IOException {
    cluster.expect(
        "POST",
        "/" + ClusterConnection.segment(target) + "/_refresh",
        Map.of(),
        null,
        "cannot refresh " + target);
  }

  /** Points the alias at the new index in one step, then drops the old one. */
  private void switchAlias() throws IOException {
    JsonArray actions = new JsonArray();
    if (committedIndex != null && !committedIsConcrete) {
      actions.add(aliasAction("remove", committedIndex));
    }
    if (committedIsConcrete) {
      // An index holding the alias's name goes in the same step as the alias arrives.
      JsonObject removeIndex = new JsonObject();
      JsonObject index = new JsonObject();
      index.addProperty("index", committedIndex);
      removeIndex.add("remove_index", index);
      actions.add(removeIndex);
    }
    actions.add(aliasAction("add", target));
    JsonObject body = new JsonObject();
    body.add("actions", actions);
    cluster.expect(
        "POST", "/_aliases", Map.of(), body, "cannot switch " + config.index() + " to " + target);
    String old = committedIndex;
    committedIndex = target;
    committedIsConcrete = false;
    if (old != null && !old.equals(config.index())) {
      awaitSearchesOn(old);
      cluster.expect(
          "DELETE",
          "/" + ClusterConnection.segment(old),
          Map.of(),
          null,
          "cannot delete the previous index " + old);
    }
  }

  /**
   * Gives searches that found the old index through the alias just before the switch time to
   * finish: a moment for those still on their way to its shards, then until none runs there.
   */
  private void awaitSearchesOn(String index) throws IOException {
    long deadline = System.nanoTime() + RETIRE_WAIT.toNanos();
    try {
      Thread.sleep(RETIRE_PAUSE.toMillis());
      while (System.nanoTime() < deadline) {
        JsonObject search =
            cluster
                .expect(
                    "GET",
                    "/" + ClusterConnection.segment(index) + "/_stats/search",
                    Map.of(),
                    null,
                    "cannot read the search statistics of " + index)
                .object()
                .getAsJsonObject("_all")
                .getAsJsonObject("total")
                .getAsJsonObject("search");
        if (search.get("query_current").getAsLong() + search.get("fetch_current").getAsLong()
            == 0) {
          return;
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted before deleting " + index);
    }
  }

  private JsonObject aliasAction(String kind, String index) {
    JsonObject target = new JsonObject();
    target.addProperty("index", index);
    target.addProperty("alias", config.index());
    JsonObject action = new JsonObject();
    action.add(kind, target);
    return action;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (bulk != null) {
        bulk.close();
      }
      if (rebuilding && target != null) {
        // Never committed: searchers never saw it.
        cluster.send("DELETE", "/" + ClusterConnection.segment(target), Map.of(), null);
      }
      // An incremental build that did not commit leaves refreshing suspended: its writes stay
      // unseen, and the next run, finding it so, rebuilds.
    } finally {
      cluster.close();
    }
  }
}
