package org.articlesearch.opensearch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the OpenSearch backend keeps the articles.
 *
 * @param hosts the cluster's HTTP addresses; requests go to any of them, so one node down is no
 *     outage
 * @param index the index name
 * @param shards primary shards of a new index
 * @param replicas copies of each shard; 1 or more survives losing a node
 */
public record OpenSearchConfig(List<URI> hosts, String index, int shards, int replicas) {
  public static final String DEFAULT_INDEX = "articles";

  public OpenSearchConfig {
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("no OpenSearch address given");
    }
    Objects.requireNonNull(index, "index");
    if (!index.matches("[a-z0-9][a-z0-9_.-]*")) {
      // OpenSearch's own rule for index names, checked here to fail before any request.
      throw new IllegalArgumentException(
          "invalid OpenSearch index name '" + index + "': use lower-case letters, digits, - _ .");
    }
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("shards must be at least 1 and replicas at least 0");
    }
  }

  /**
   * Parses a comma-separated list of addresses such as {@code
   * http://127.0.0.1:9200,http://127.0.0.1:9201}.
   *
   * @throws IllegalArgumentException naming the address that is not an http(s) URL
   */
  public static List<URI> parseHosts(String urls) {
    List<URI> hosts = new ArrayList<>();
    for (String part : urls.split(",")) {
      String url = part.strip();
      if (url.isEmpty()) {
        continue;
      }
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL: '" + url + "'");
      }
      if (uri.getHost() == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException(
            "not an http(s) URL with a host: '" + url + "' (e.g. http://127.0.0.1:9200)");
      }
      hosts.add(uri);
    }
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("no OpenSearch address given");
    }
    return hosts;
  }
}
