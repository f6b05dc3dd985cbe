package org.articlesearch.opensearch;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.articlesearch.article.Article;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.CopyGroups;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.StoredArticle;

/**
 * Builds the articles' index on an OpenSearch cluster. The configured index name is an alias that
 * searchers use: a full rebuild (or a schema change) writes a new index and switches the alias to
 * it at commit, in one atomic step, then deletes the old one; an incremental run writes to the
 * aliased index with refreshing suspended, so searchers see its changes only at commit.
 */
public final class OpenSearchArticleIndexWriter implements ArticleIndexWriter {
  private final ClusterConnection cluster;
  private final IndexGenerations generations;
  private final Gson gson = new Gson();

  /** What searchers see now; empty before the first build. */
  private Optional<IndexGenerations.Current> current;

  private Map<String, String> committedSettings;
  private final String target;
  private boolean rebuilding;
  private boolean refreshSuspended;
  private final BulkIndexer bulk;
  private Map<String, String> settings = Map.of();
  private final Map<String, String> rejected = new HashMap<>();
  // The articles this build added, as copy grouping sees them, and the ids it deleted.
  private final Map<String, CopyGroups.Member> runMembers = new ConcurrentHashMap<>();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();

  private OpenSearchArticleIndexWriter(
      ClusterConnection cluster,
      OpenSearchConfig config,
      boolean full,
      BulkIndexer.Limits limits,
      BulkRetryPolicy retry)
      throws IOException {
    this.cluster = cluster;
    this.generations = new IndexGenerations(cluster, config);
    current = generations.current();
    // Refreshing still suspended means a build stopped before its commit: its writes are in the
    // index, unseen, and only a rebuild is sure to drop those of files deleted since.
    rebuilding =
        full || current.isEmpty() || !current.get().sameSchema() || current.get().interrupted();
    committedSettings = rebuilding ? Map.of() : current.get().settings();
    if (rebuilding) {
      generations.discardAbandoned();
    }
    target = rebuilding ? generations.create() : current.get().index();
    bulk = new BulkIndexer(cluster, target, limits, retry);
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
    try {
      return new OpenSearchArticleIndexWriter(cluster, config, full, limits, retry);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The index this build writes: a new one for a rebuild, else the current one. */
  public String targetIndex() {
    return target;
  }

  @Override
  public void add(Article article, List<NamedEntity> recognized, String fileStamp)
      throws IOException {
    suspendRefresh();
    Map<String, Object> source = OpenSearchDocuments.asSource(article, recognized);
    source.put(IndexSchema.FILE_STAMP, fileStamp);
    bulk.index(article.id(), gson.toJson(source));
    runMembers.put(
        article.id(),
        new CopyGroups.Member(
            article.id(),
            OpenSearchDocuments.signatureOf(source.get(IndexSchema.COPY_SIGNATURE)),
            article.date() == null ? CopyGroups.UNDATED : article.date().date().toEpochDay()));
  }

  @Override
  public void restamp(String id, String fileStamp) throws IOException {
    suspendRefresh();
    JsonObject stamp = new JsonObject();
    stamp.addProperty(IndexSchema.FILE_STAMP, fileStamp);
    bulk.update(id, stamp.toString());
  }

  @Override
  public void delete(String id) throws IOException {
    suspendRefresh();
    bulk.delete(id);
    runMembers.remove(id);
    deleted.add(id);
  }

  @Override
  public void forEachCopyMember(BiConsumer<CopyGroups.Member, CopyGroups.Group> consumer)
      throws IOException {
    // The groups set next must follow the writes that made the articles.
    bulk.flush();
    if (!rebuilding) {
      // The committed articles, less those this build replaced or removed: the searchers' index
      // does not show this build's writes before commit.
      JsonObject request = new JsonObject();
      request.add(
          "_source",
          gson.toJsonTree(
              List.of(
                  IndexSchema.ID,
                  IndexSchema.DATE,
                  IndexSchema.COPY_SIGNATURE,
                  IndexSchema.COPY_GROUP,
                  IndexSchema.COPY_COUNT)));
      scanCommitted(
          request,
          hit -> {
            Map<String, Object> source = sourceOf(hit);
            String id = OpenSearchDocuments.string(source, IndexSchema.ID);
            if (id == null || runMembers.containsKey(id) || deleted.contains(id)) {
              return;
            }
            String date = OpenSearchDocuments.string(source, IndexSchema.DATE);
            Object count = source.get(IndexSchema.COPY_COUNT);
            String group = OpenSearchDocuments.string(source, IndexSchema.COPY_GROUP);
            consumer.accept(
                new CopyGroups.Member(
                    id,
                    OpenSearchDocuments.signatureOf(source.get(IndexSchema.COPY_SIGNATURE)),
                    date == null ? CopyGroups.UNDATED : LocalDate.parse(date).toEpochDay()),
                group == null || !(count instanceof Number n)
                    ? CopyGroups.Group.alone(id)
                    : new CopyGroups.Group(group, n.intValue()));
          });
    }
    runMembers.values().forEach(m -> consumer.accept(m, CopyGroups.Group.alone(m.id())));
  }

  @Override
  public void setCopyGroup(String id, CopyGroups.Group group) throws IOException {
    suspendRefresh();
    JsonObject update = new JsonObject();
    update.addProperty(IndexSchema.COPY_GROUP, group.id());
    update.addProperty(IndexSchema.COPY_COUNT, group.size());
    bulk.update(id, update.toString());
  }

  /** Before the first write to the current index, so that no refresh shows part of a build. */
  private synchronized void suspendRefresh() throws IOException {
    if (rebuilding || refreshSuspended) {
      return;
    }
    generations.setRefreshInterval(target, IndexGenerations.SUSPENDED);
    refreshSuspended = true;
  }

  @Override
  public Map<String, Committed> committed() throws IOException {
    Map<String, Committed> committed = new HashMap<>();
    JsonObject request = new JsonObject();
    // Doc values: the scan reads no document source.
    request.addProperty("_source", false);
    request.add(
        "docvalue_fields",
        gson.toJsonTree(
            List.of(
                IndexSchema.ID,
                IndexSchema.PATH,
                IndexSchema.CONTENT_HASH,
                IndexSchema.FILE_STAMP)));
    scanCommitted(
        request,
        hit -> {
          JsonObject fields = hit.getAsJsonObject("fields");
          String id = first(fields, IndexSchema.ID);
          if (id != null) {
            committed.put(
                id,
                new Committed(
                    first(fields, IndexSchema.PATH),
                    first(fields, IndexSchema.CONTENT_HASH),
                    Objects.requireNonNullElse(first(fields, IndexSchema.FILE_STAMP), "")));
          }
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
        hit -> {
          String id = first(hit.getAsJsonObject("fields"), IndexSchema.ID);
          if (id != null) {
            consumer.accept(id, OpenSearchDocuments.recognizedEntitiesOf(sourceOf(hit)));
          }
        });
  }

  /** What searchers see: the index behind the alias, not this build's unrefreshed writes. */
  private void scanCommitted(JsonObject request, Consumer<JsonObject> visitor) throws IOException {
    if (current.isPresent()) {
      PointInTimeScan.scan(cluster, current.get().index(), request, visitor);
    }
  }

  private Map<String, Object> sourceOf(JsonObject hit) {
    JsonElement source = hit.get("_source");
    @SuppressWarnings("unchecked")
    Map<String, Object> map =
        source == null ? Map.of() : gson.fromJson(source, LinkedHashMap.class);
    return map;
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
      throw cluster.refusal("cannot read the article " + id, answer);
    }
    Map<String, Object> source = sourceOf(answer.object());
    return Optional.of(
        new StoredArticle(
            OpenSearchDocuments.fromSource(source),
            OpenSearchDocuments.recognizedEntitiesOf(source),
            Objects.toString(source.get(IndexSchema.FILE_STAMP), "")));
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
    if (rebuilding || refreshSuspended || !settings.equals(committedSettings)) {
      generations.record(target, settings);
    }
    if (rebuilding) {
      generations.setRefreshInterval(target, JsonNull.INSTANCE);
      generations.refresh(target);
      generations.switchTo(target, current);
      rebuilding = false;
      current = generations.current();
    } else if (refreshSuspended) {
      generations.refresh(target);
      generations.setRefreshInterval(target, current.orElseThrow().refreshInterval());
      refreshSuspended = false;
    }
    committedSettings = new TreeMap<>(settings);
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      bulk.close();
      if (rebuilding) {
        // Never committed: searchers never saw it.
        generations.discard(target);
      }
      // An incremental build that did not commit leaves refreshing suspended: its writes stay
      // unseen, and the next run, finding it so, rebuilds.
    } finally {
      cluster.close();
    }
  }
}
