package org.articlesearch.opensearch;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What searchers of an OpenSearch index see, read back over HTTP for assertions. */
final class IndexedArticles {
  private IndexedArticles() {}

  /**
   * Returns every searchable article of an index or alias as one line each (the article and its
   * entities as recognized), sorted, the count first.
   */
  static String snapshot(OpenSearchConfig config) throws IOException {
    List<String> lines = new ArrayList<>();
    for (JsonElement hit : hits(config)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> source =
          new Gson().fromJson(hit.getAsJsonObject().get("_source"), LinkedHashMap.class);
      lines.add(
          OpenSearchDocuments.fromSource(source)
              + " recognized="
              + OpenSearchDocuments.recognizedEntitiesOf(source));
    }
    lines.sort(null);
    return lines.size() + "\n" + String.join("\n", lines);
  }

  /** Returns the ids searchers see, sorted. */
  static List<String> ids(OpenSearchConfig config) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : hits(config)) {
      ids.add(hit.getAsJsonObject().get("_id").getAsString());
    }
    ids.sort(null);
    return ids;
  }

  /** Returns how many articles searchers see. */
  static long count(OpenSearchConfig config) throws IOException {
    try (ClusterConnection cluster = ClusterConnection.open(config)) {
      return cluster
          .expect("GET", "/" + config.index() + "/_count", Map.of(), null, "count")
          .object()
          .get("count")
          .getAsLong();
    }
  }

  /** Returns the concrete indices whose names start with the configured one. */
  static List<String> concreteIndices(OpenSearchConfig config) throws IOException {
    try (ClusterConnection cluster = ClusterConnection.open(config)) {
      ClusterConnection.Answer answer =
          cluster.send("GET", "/" + config.index() + "*", Map.of(), null);
      List<String> names = new ArrayList<>(answer.object().keySet());
      names.sort(null);
      return names;
    }
  }

  private static JsonArray hits(OpenSearchConfig config) throws IOException {
    try (ClusterConnection cluster = ClusterConnection.open(config)) {
      JsonObject request =
          JsonParser.parseString("{\"size\": 10000, \"query\": {\"match_all\": {}}}")
              .getAsJsonObject();
      return cluster
          .expect("POST", "/" + config.index() + "/_search", Map.of(), request, "search")
          .object()
          .getAsJsonObject("hits")
          .getAsJsonArray("hits");
    }
  }
}
