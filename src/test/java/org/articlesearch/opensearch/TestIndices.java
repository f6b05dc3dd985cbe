package org.articlesearch.opensearch;

import java.util.ArrayList;
import java.util.List;
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
  public void afterEach(ExtensionContext context) {
    names.forEach(name -> OpenSearchCluster.get().deleteIndex(name + "*"));
    names.clear();
  }
}
