package org.articlesearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster the OpenSearch tests use: every node in it, and a node stopped and started. */
class OpenSearchClusterIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @Test
  void everyGivenNodeHasJoinedOneHealthyCluster() {
    OpenSearchCluster cluster = OpenSearchCluster.get();
    JsonObject health = cluster.waitForHealth("yellow", cluster.hosts().size(), TIMEOUT);
    assertEquals(
        cluster.hosts().size(), health.get("number_of_nodes").getAsInt(), health::toString);
    assertTrue(
        List.of("green", "yellow").contains(health.get("status").getAsString()), health::toString);
  }

  @Test
  void aStoppedNodeLeavesTheClusterAndRejoinsWhenStarted() {
    OpenSearchCluster cluster = OpenSearchCluster.get();
    cluster.requireNodesUnderControl(3);
    int nodes = cluster.hosts().size();
    String index = OpenSearchCluster.uniqueIndex("cluster-it");
    cluster.createIndex(index, 3, 1);
    try {
      // This index's health only: other tests' indexes without replicas may go red meanwhile.
      cluster.waitForIndexHealth(index, "green", nodes, TIMEOUT);

      cluster.stopNode(2);
      JsonObject without = cluster.waitForIndexHealth(index, "yellow", nodes - 1, TIMEOUT);
      assertEquals(nodes - 1, without.get("number_of_nodes").getAsInt(), without::toString);
      // Node 2's copies are gone, the other copy of each shard still serves: yellow, not red.
      assertEquals("yellow", without.get("status").getAsString(), without::toString);

      cluster.startNode(2);
      JsonObject back = cluster.waitForIndexHealth(index, "green", nodes, TIMEOUT);
      assertEquals(nodes, back.get("number_of_nodes").getAsInt(), back::toString);
    } finally {
      cluster.startNodesStopped();
      cluster.deleteIndex(index);
    }
  }
}
