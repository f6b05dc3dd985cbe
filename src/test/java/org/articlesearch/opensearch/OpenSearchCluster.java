package org.articlesearch.opensearch;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;

/**
 * The OpenSearch cluster the integration tests run against: the one {@code -Dopensearch.url} names
 * (comma-separated node URLs; CI starts three nodes with {@code opensearch/cluster}), or else a
 * cluster this test JVM starts with the same script and stops when it exits.
 *
 * <p>Without {@code -Dopensearch.url} a developer machine starts {@code -Dopensearch.nodes} nodes
 * (default 1) in {@code target/opensearch-it} on ports from {@code -Dopensearch.port} (default
 * 19401); if that fails (no network for the first download, no JDK 21), the tests are skipped with
 * the script's message. Under CI ({@code CI} set) a missing URL is a failure: CI must test the
 * backend for real.
 */
public final class OpenSearchCluster {
  private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
  private static final Path SCRIPT = PROJECT.resolve("opensearch").resolve("cluster");
  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);
  private static final AtomicLong INDEX_COUNTER = new AtomicLong();

  private static OpenSearchCluster shared;
  private static String unavailable;

  private final List<URI> hosts;
  private final Path clusterDir;
  private final Set<Integer> stopped = new TreeSet<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private OpenSearchCluster(List<URI> hosts, Path clusterDir) {
    this.hosts = List.copyOf(hosts);
    this.clusterDir = clusterDir;
  }

  /**
   * Returns the cluster, starting it on first use when no URL was given; aborts the calling test
   * when none can be had outside CI.
   */
  public static synchronized OpenSearchCluster get() {
    if (shared == null && unavailable == null) {
      String urls = System.getProperty("opensearch.url", "").strip();
      if (!urls.isEmpty()) {
        // Started by opensearch/cluster in its default folder, unless told otherwise.
        String given = System.getProperty("opensearch.cluster.dir", "").strip();
        Path dir = Path.of(given.isEmpty() ? "target/opensearch" : given).toAbsolutePath();
        shared = new OpenSearchCluster(OpenSearchConfig.parseHosts(urls), dir);
      } else if (onCi()) {
        throw new IllegalStateException(
            "CI must run the OpenSearch tests: pass -Dopensearch.url=URLS (.ci/run starts the"
                + " cluster with opensearch/cluster start)");
      } else {
        startLocal();
      }
    }
    if (shared == null) {
      System.err.println("SKIPPING OpenSearch tests: " + unavailable);
      Assumptions.abort(unavailable);
    }
    return shared;
  }

  private static void startLocal() {
    Path dir = PROJECT.resolve("target").resolve("opensearch-it");
    String nodes = System.getProperty("opensearch.nodes", "1");
    String port = System.getProperty("opensearch.port", "19401");
    // Nodes left behind by an earlier test JVM that was killed would hold the ports.
    runScript("stop", "--dir", dir.toString());
    ScriptResult started =
        runScript(
            "start",
            "--dir",
            dir.toString(),
            "--nodes",
            nodes,
            "--base-port",
            port,
            // A backstop: the nodes end by themselves even if this JVM is killed.
            "--lifetime",
            "60m");
    if (started.exitCode() != 0) {
      unavailable =
          "no -Dopensearch.url given and opensearch/cluster could not start one:\n"
              + started.output();
      return;
    }
    List<String> lines = started.output().lines().toList();
    shared = new OpenSearchCluster(OpenSearchConfig.parseHosts(lines.getLast()), dir);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> runScript("stop", "--dir", dir.toString())));
  }

  private static boolean onCi() {
    return System.getenv("CI") != null;
  }

  /** Returns the nodes' HTTP addresses. */
  public List<URI> hosts() {
    return hosts;
  }

  /** Returns the nodes' HTTP addresses comma-separated, as {@code --opensearch} takes them. */
  public String urls() {
    return String.join(",", hosts.stream().map(URI::toString).toList());
  }

  /**
   * Returns the command-line options that put an index of this name on this cluster, without
   * replicas: {@code --backend opensearch --opensearch URLS --opensearch-index NAME --replicas 0}.
   */
  public List<String> backendArgs(String index) {
    return List.of(
        "--backend",
        "opensearch",
        "--opensearch",
        urls(),
        "--opensearch-index",
        index,
        "--replicas",
        "0");
  }

  /** Returns the backend configuration of a new index on this cluster. */
  public OpenSearchConfig config(String index, int shards, int replicas) {
    return new OpenSearchConfig(hosts, index, shards, replicas);
  }

  /** Returns an index name no other test of this run uses. */
  public static String uniqueIndex(String prefix) {
    // Fixed width, so that the pattern name* of one never matches another's generations.
    return String.format(
        Locale.ROOT,
        "%s-%d-%05d",
        prefix.toLowerCase(Locale.ROOT),
        ProcessHandle.current().pid(),
        INDEX_COUNTER.incrementAndGet());
  }

  /**
   * Aborts the calling test unless the cluster has at least this many nodes and can stop and start
   * them (under CI, fails instead).
   */
  public void requireNodesUnderControl(int nodes) {
    int count = health().get("number_of_nodes").getAsInt();
    String missing = null;
    if (count < nodes) {
      missing =
          "needs a cluster of at least "
              + nodes
              + " nodes and this one has "
              + count
              + "; start one with opensearch/cluster start and pass -Dopensearch.url=URLS, or set"
              + " -Dopensearch.nodes="
              + nodes;
    } else if (!Files.isRegularFile(clusterDir.resolve("cluster.conf"))) {
      missing =
          "needs to stop and start nodes, but "
              + clusterDir
              + " holds no cluster started by opensearch/cluster; set -Dopensearch.cluster.dir";
    }
    if (missing != null) {
      if (onCi()) {
        throw new IllegalStateException(missing);
      }
      Assumptions.abort(missing);
    }
  }

  /** Stops node {@code n} (1-based) by its PID and waits until it has exited. */
  public synchronized void stopNode(int n) {
    stopped.add(n);
    runScriptOrFail("stop-node", Integer.toString(n), "--dir", clusterDir.toString());
  }

  /** Starts node {@code n} again and waits until it has rejoined the cluster. */
  public synchronized void startNode(int n) {
    runScriptOrFail("start-node", Integer.toString(n), "--dir", clusterDir.toString());
    stopped.remove(n);
  }

  /** Starts every node a test stopped, so the next test finds the whole cluster. */
  public synchronized void startNodesStopped() {
    for (int n : List.copyOf(stopped)) {
      startNode(n);
    }
  }

  /** Creates an empty index with these shard and replica counts. */
  public void createIndex(String index, int shards, int replicas) {
    String settings =
        "{\"settings\": {\"number_of_shards\": %d, \"number_of_replicas\": %d}}"
            .formatted(shards, replicas);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder()
                .PUT(HttpRequest.BodyPublishers.ofString(settings))
                .header("Content-Type", "application/json"),
            "/" + index,
            Duration.ofSeconds(60));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "creating index "
              + index
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  /**
   * Waits until the cluster reports at least this status ({@code green} or {@code yellow}) with
   * this many nodes, and returns the health; throws if it does not within the timeout.
   */
  public JsonObject waitForHealth(String status, int nodes, Duration timeout) {
    return waitForHealth("", status, nodes, timeout);
  }

  /**
   * Waits until the indexes matching a pattern (such as {@code articles*}) have at least this
   * status, and the cluster this many nodes; indexes of other tests do not count.
   */
  public JsonObject waitForIndexHealth(
      String indexPattern, String status, int nodes, Duration timeout) {
    return waitForHealth("/" + indexPattern, status, nodes, timeout);
  }

  private JsonObject waitForHealth(String indexes, String status, int nodes, Duration timeout) {
    JsonObject health =
        get(
            "/_cluster/health"
                + indexes
                + "?wait_for_status="
                + status
                + "&wait_for_nodes="
                + nodes
                + "&timeout="
                + timeout.toSeconds()
                + "s",
            timeout.plusSeconds(10));
    if (health.get("timed_out").getAsBoolean()) {
      throw new IllegalStateException(
          "cluster not " + status + " with " + nodes + " nodes within " + timeout + ": " + health);
    }
    return health;
  }

  /** Returns the cluster's health as OpenSearch reports it. */
  public JsonObject health() {
    return get("/_cluster/health", Duration.ofSeconds(10));
  }

  /**
   * Deletes an index, or the indexes an alias of that name points to (the backend's name is an
   * alias); a missing one is no error.
   */
  public void deleteIndex(String index) {
    List<String> concrete = new ArrayList<>();
    HttpResponse<String> aliases =
        send(HttpRequest.newBuilder().GET(), "/_alias/" + index, Duration.ofSeconds(30));
    if (aliases.statusCode() == 200) {
      concrete.addAll(JsonParser.parseString(aliases.body()).getAsJsonObject().keySet());
    } else {
      concrete.add(index);
    }
    for (String name : concrete) {
      send(HttpRequest.newBuilder().DELETE(), "/" + name, Duration.ofSeconds(30));
    }
  }

  /** Returns how many documents an index (or alias) holds, as its searchers see them. */
  public long count(String index) {
    return get("/" + index + "/_count", Duration.ofSeconds(30)).get("count").getAsLong();
  }

  private JsonObject get(String path, Duration timeout) {
    HttpResponse<String> response = send(HttpRequest.newBuilder().GET(), path, timeout);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  /** Sends to the first node that answers: during fault tests some are down. */
  private HttpResponse<String> send(HttpRequest.Builder request, String path, Duration timeout) {
    IOException last = null;
    for (URI host : hosts) {
      try {
        return http.send(
            request.copy().uri(host.resolve(path)).timeout(timeout).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(new InterruptedIOException("interrupted: " + path));
      } catch (IOException e) {
        last = e;
      }
    }
    throw new UncheckedIOException("no OpenSearch node of " + urls() + " answered " + path, last);
  }

  private static void runScriptOrFail(String... args) {
    ScriptResult result = runScript(args);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          "opensearch/cluster " + String.join(" ", args) + " failed:\n" + result.output());
    }
  }

  private record ScriptResult(int exitCode, String output) {}

  /** Runs opensearch/cluster; stdout and stderr together, so a failure explains itself. */
  private static ScriptResult runScript(String... args) {
    List<String> command = new ArrayList<>();
    command.add(SCRIPT.toString());
    command.addAll(List.of(args));
    try {
      Path log = Files.createTempFile("opensearch-cluster", ".log");
      try {
        Process process =
            new ProcessBuilder(command)
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return new ScriptResult(
              -1, "timed out after " + SCRIPT_TIMEOUT + ":\n" + Files.readString(log));
        }
        return new ScriptResult(process.exitValue(), Files.readString(log).strip());
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ScriptResult(-1, "interrupted");
    } catch (IOException e) {
      return new ScriptResult(-1, "could not run " + SCRIPT + ": " + e.getMessage());
    }
  }
}
