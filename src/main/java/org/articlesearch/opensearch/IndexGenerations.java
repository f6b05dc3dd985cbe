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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The concrete indices behind the alias searchers use, the configured index name: each full build
 * writes a new one, named after the alias and the time, and the alias moves to it in one atomic
 * step. Each index records in its mapping's {@code _meta} the schema it was made with and the
 * settings of the build that last committed to it.
 */
final class IndexGenerations {
  /** The key of this program's entry in the mapping's {@code _meta}. */
  private static final String META = "article_search";

  /** The refresh interval while a build writes: none, so nothing shows before commit. */
  static final JsonPrimitive SUSPENDED = new JsonPrimitive("-1");

  /** After an alias switch, the old index stays this long at least, for searches in flight. */
  private static final Duration RETIRE_PAUSE = Duration.ofMillis(500);

  /** And at most this long while searches still run on it. */
  private static final Duration RETIRE_WAIT = Duration.ofSeconds(10);

  private static final DateTimeFormatter GENERATION =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final ClusterConnection cluster;
  private final OpenSearchConfig config;
  private final Gson gson = new Gson();

  IndexGenerations(ClusterConnection cluster, OpenSearchConfig config) {
    this.cluster = cluster;
    this.config = config;
  }

  /**
   * The index searchers see now.
   *
   * @param index its name
   * @param concrete whether it is an index under the alias's own name, not behind an alias
   * @param ours whether this program made it: its mapping's {@code _meta} says so
   * @param sameSchema whether it was made from this program's current mapping
   * @param settings the settings its last build recorded
   * @param refreshInterval its refresh interval, {@link JsonNull} for the default
   */
  record Current(
      String index,
      boolean concrete,
      boolean ours,
      boolean sameSchema,
      Map<String, String> settings,
      JsonElement refreshInterval) {
    /** Refreshing still suspended: a build stopped before its commit. */
    boolean interrupted() {
      return SUSPENDED.equals(refreshInterval);
    }
  }

  /**
   * Returns the index the alias names, or a concrete index of that name; empty if neither.
   *
   * @throws IOException when that index was not made by this program: a rebuild would delete it
   */
  Optional<Current> current() throws IOException {
    Optional<Current> current = lookUp();
    if (current.isPresent() && !current.get().ours()) {
      throw new IOException(
          "the OpenSearch index "
              + current.get().index()
              + " was not made by article-search (its mapping's _meta has no "
              + META
              + " entry), so it is left alone; delete it or choose another --opensearch-index");
    }
    return current;
  }

  private Optional<Current> lookUp() throws IOException {
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
      return Optional.of(describe(indices.get(0), false));
    }
    if (answer.status() != 404) {
      throw cluster.refusal("cannot look up the index " + alias, answer);
    }
    if (cluster.send("HEAD", "/" + ClusterConnection.segment(alias), Map.of(), null).ok()) {
      // Restored from a snapshot under the alias's name, say: replaced by an alias at a rebuild.
      return Optional.of(describe(alias, true));
    }
    return Optional.empty();
  }

  private Current describe(String index, boolean concrete) throws IOException {
    JsonElement meta = read(index, "_mapping", Map.of(), "mappings").get("_meta");
    boolean made = meta != null && meta.isJsonObject() && meta.getAsJsonObject().has(META);
    JsonObject ours = made ? meta.getAsJsonObject().getAsJsonObject(META) : new JsonObject();
    boolean sameSchema =
        ours.has("schema")
            && OpenSearchMapping.fingerprint().equals(ours.get("schema").getAsString());
    Map<String, String> settings = new TreeMap<>();
    if (ours.has("settings")) {
      ours.getAsJsonObject("settings")
          .entrySet()
          .forEach(e -> settings.put(e.getKey(), e.getValue().getAsString()));
    }
    JsonElement refresh =
        read(index, "_settings", Map.of("flat_settings", "true"), "settings")
            .get("index.refresh_interval");
    return new Current(
        index, concrete, made, sameSchema, settings, refresh == null ? JsonNull.INSTANCE : refresh);
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

  /** Creates the next generation's index from the mapping, refreshing suspended until commit. */
  String create() throws IOException {
    JsonObject body =
        JsonParser.parseString(OpenSearchMapping.createIndexJson(config)).getAsJsonObject();
    body.getAsJsonObject("settings").getAsJsonObject("index").add("refresh_interval", SUSPENDED);
    body.getAsJsonObject("mappings").add("_meta", meta(Map.of()));
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
      if (!answer.error().contains("resource_already_exists_exception") || attempt >= 5) {
        throw cluster.refusal("cannot create the index " + name, answer);
      }
    }
  }

  /**
   * Deletes the indices of earlier builds that never committed, left by a process killed midway:
   * named as this alias's generations, made by this program, not behind the alias, refreshing still
   * suspended. One build at a time per index, so none of them is still being written.
   */
  void discardAbandoned() throws IOException {
    String alias = config.index();
    Pattern generation = Pattern.compile(Pattern.quote(alias) + "-\\d{8}-\\d{6}-\\d{3}(-\\d+)?");
    JsonObject indices =
        cluster
            .expect(
                "GET",
                "/" + ClusterConnection.segment(alias) + "-*",
                Map.of("flat_settings", "true"),
                null,
                "cannot list the indices of " + alias)
            .object();
    for (Map.Entry<String, JsonElement> entry : indices.entrySet()) {
      JsonObject index = entry.getValue().getAsJsonObject();
      JsonElement meta = index.getAsJsonObject("mappings").get("_meta");
      boolean abandoned =
          generation.matcher(entry.getKey()).matches()
              && index.getAsJsonObject("aliases").isEmpty()
              && meta != null
              && meta.getAsJsonObject().has(META)
              && SUSPENDED.equals(index.getAsJsonObject("settings").get("index.refresh_interval"));
      if (abandoned) {
        discard(entry.getKey());
      }
    }
  }

  /** Records a build's settings, and the schema, in an index's mapping. */
  void record(String index, Map<String, String> settings) throws IOException {
    JsonObject mapping = new JsonObject();
    mapping.add("_meta", meta(settings));
    cluster.expect(
        "PUT",
        "/" + ClusterConnection.segment(index) + "/_mapping",
        Map.of(),
        mapping,
        "cannot record the build's settings in " + index);
  }

  private JsonObject meta(Map<String, String> settings) {
    JsonObject ours = new JsonObject();
    ours.addProperty("schema", OpenSearchMapping.fingerprint());
    ours.add("settings", gson.toJsonTree(new TreeMap<>(settings)));
    JsonObject meta = new JsonObject();
    meta.add(META, ours);
    return meta;
  }

  /** Sets an index's refresh interval; {@link JsonNull} restores the default. */
  void setRefreshInterval(String index, JsonElement interval) throws IOException {
    JsonObject settings = new JsonObject();
    settings.add("refresh_interval", interval);
    JsonObject body = new JsonObject();
    body.add("index", settings);
    cluster.expect(
        "PUT",
        "/" + ClusterConnection.segment(index) + "/_settings",
        Map.of(),
        body,
        "cannot set the refresh interval of " + index);
  }

  /** Makes everything written to an index searchable. */
  void refresh(String index) throws IOException {
    cluster.expect(
        "POST",
        "/" + ClusterConnection.segment(index) + "/_refresh",
        Map.of(),
        null,
        "cannot refresh " + index);
  }

  /** Points the alias at a new index in one step, then deletes the one it named before. */
  void switchTo(String next, Optional<Current> previous) throws IOException {
    JsonArray actions = new JsonArray();
    if (previous.isPresent() && previous.get().concrete()) {
      // An index holding the alias's name goes in the same step as the alias arrives.
      JsonObject index = new JsonObject();
      index.addProperty("index", previous.get().index());
      JsonObject removeIndex = new JsonObject();
      removeIndex.add("remove_index", index);
      actions.add(removeIndex);
    } else if (previous.isPresent()) {
      actions.add(aliasAction("remove", previous.get().index()));
    }
    actions.add(aliasAction("add", next));
    JsonObject body = new JsonObject();
    body.add("actions", actions);
    cluster.expect(
        "POST", "/_aliases", Map.of(), body, "cannot switch " + config.index() + " to " + next);
    if (previous.isPresent() && !previous.get().concrete()) {
      String old = previous.get().index();
      awaitSearchesOn(old);
      cluster.expect(
          "DELETE",
          "/" + ClusterConnection.segment(old),
          Map.of(),
          null,
          "cannot delete the previous index " + old);
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

  /** Deletes an index a build made and never committed; best effort, searchers never saw it. */
  void discard(String index) throws IOException {
    cluster.send("DELETE", "/" + ClusterConnection.segment(index), Map.of(), null);
  }
}
