package org.articlesearch.opensearch;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Index names for one test class on the shared cluster, each test's indices (and the generations
 * built behind them) deleted after it: {@code @RegisterExtension final TestIndices indices}.
 */
final class TestIndices implements AfterEachCallback {
  private final String prefix;
  private final List<String> names = new ArrayList<>();

  TestIndices(String prefix) {
    this.prefix = prefix;
  }

  /** Returns a name no other test uses, deleted with its generations after the test. */
  String name() {
    String name = OpenSearchCluster.uniqueIndex(prefix);
    names.add(name);
    return name;
  }

  /** Returns the configuration of a new one-shard index without replicas. */
  OpenSearchConfig config() {
    return OpenSearchCluster.get().config(name(), 1, 0);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    OpenSearchCluster cluster = OpenSearchCluster.get();
    try (ClusterConnection connection = ClusterConnection.open(cluster.config("any", 1, 0))) {
      for (String name : names) {
        // Every index of the name or its generations, aliased or not (names are fixed width, so
        // name* is this test's alone), each deleted by its exact name.
        for (JsonElement index :
            connection
                .expect(
                    "GET",
                    "/_cat/indices/" + name + "*",
                    Map.of("h", "index", "format", "json"),
                    null,
                    "list " + name)
                .body()
                .getAsJsonArray()) {
          String concrete = index.getAsJsonObject().get("index").getAsString();
          connection.expect("DELETE", "/" + concrete, Map.of(), null, "delete " + concrete);
        }
      }
    }
    names.clear();
  }
}
