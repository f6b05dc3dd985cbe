package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.articlesearch.index.IndexSchema;

/**
 * Visits every searchable article of an index through a point in time: one consistent view however
 * long the visit takes, in id order, paged with {@code search_after}.
 */
final class PointInTimeScan {
  private static final int PAGE = 1000;
  private static final String KEEP_ALIVE = "2m";

  private PointInTimeScan() {}

  /**
   * Runs a search request (its {@code _source} and {@code docvalue_fields} say what each hit
   * carries) over every article of an index, calling the visitor with each hit.
   */
  static void scan(
      ClusterConnection cluster, String index, JsonObject template, Consumer<JsonObject> visitor)
      throws IOException {
    String doing = "cannot read the index " + index;
    String pit =
        cluster
            .expect(
                "POST",
                "/" + ClusterConnection.segment(index) + "/_search/point_in_time",
                Map.of("keep_alive", KEEP_ALIVE),
                null,
                doing)
            .object()
            .get("pit_id")
            .getAsString();
    try {
      JsonElement after = null;
      while (true) {
        JsonObject request = template.deepCopy();
        JsonObject pitRef = new JsonObject();
        pitRef.addProperty("id", pit);
        pitRef.addProperty("keep_alive", KEEP_ALIVE);
        request.add("pit", pitRef);
        request.addProperty("size", PAGE);
        request.addProperty("track_total_hits", false);
        request.add("sort", idOrder());
        if (after != null) {
          request.add("search_after", after);
        }
        JsonArray hits =
            cluster
                .expect("POST", "/_search", Map.of(), request, doing)
                .object()
                .getAsJsonObject("hits")
                .getAsJsonArray("hits");
        for (JsonElement hit : hits) {
          visitor.accept(hit.getAsJsonObject());
        }
        if (hits.size() < PAGE) {
          return;
        }
        after = hits.get(hits.size() - 1).getAsJsonObject().get("sort");
      }
    } finally {
      JsonObject release = new JsonObject();
      JsonArray ids = new JsonArray();
      ids.add(pit);
      release.add("pit_id", ids);
      // Expires by itself after KEEP_ALIVE if this fails.
      cluster.send("DELETE", "/_search/point_in_time", Map.of(), release);
    }
  }

  /** By id, unique per article; an index made by another tool may lack the field. */
  private static JsonArray idOrder() {
    JsonObject order = new JsonObject();
    order.addProperty("order", "asc");
    order.addProperty("unmapped_type", "keyword");
    JsonObject sort = new JsonObject();
    sort.add(IndexSchema.ID, order);
    JsonArray sorts = new JsonArray();
    sorts.add(sort);
    return sorts;
  }
}
