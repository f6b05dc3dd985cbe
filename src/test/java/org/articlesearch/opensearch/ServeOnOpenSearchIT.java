package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.SeedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --backend opensearch} as a user runs it: a real server process on an ephemeral port
 * that indexes the seed corpus into the cluster first, then answers the API. Its answers are those
 * of the server on the local index, request for request.
 */
class ServeOnOpenSearchIT {
  private static final Pattern SERVING =
      Pattern.compile("Serving (\\d+) articles on (http://\\S+/)");

  private static Process server;
  private static String index;
  private static ApiClient remote;
  private static final ApiClient LOCAL = ApiClient.seeds();

  @BeforeAll
  static void serveTheSeedsFromOpenSearch() throws Exception {
    OpenSearchCluster cluster = OpenSearchCluster.get();
    index = OpenSearchCluster.uniqueIndex("s-serve");
    Path dir = Files.createTempDirectory("serve-opensearch");
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    String java = ProcessHandle.current().info().command().orElse("java");
    server =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.articlesearch.cli.ArticleSearchCommand",
                "serve",
                "--backend",
                "opensearch",
                "--opensearch",
                cluster.urls(),
                "--opensearch-index",
                index,
                "--replicas",
                "0",
                "--corpus",
                corpus.toString(),
                "--index",
                dir.resolve("index").toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> url =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  System.out.println("serve: " + line);
                  Matcher m = SERVING.matcher(line);
                  if (m.find()) {
                    return m.group(2);
                  }
                }
                return null;
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    String base = url.get(5, TimeUnit.MINUTES);
    assertThat(base).as("the server's address").isNotNull();
    remote = new ApiClient(base.replaceAll("/$", ""));
    // Keep draining the output so that the server never blocks on a full pipe.
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // discarded
                }
              } catch (java.io.IOException e) {
                // the process ended
              }
            });
    drain.setDaemon(true);
    drain.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
    if (index != null) {
      OpenSearchCluster.get().deleteIndex(index + "*");
    }
  }

  @Test
  void searchesAnswerAsOnTheLocalIndex() throws Exception {
    for (String path :
        List.of(
            "/api/search?q=Taliban",
            "/api/search?q=",
            "/api/search?year=2018",
            "/api/search?q=pakistan&sort=date",
            "/api/search?q=%22united%20states%22&sort=recency",
            "/api/search?q=person:putin",
            "/api/search?q=goverment",
            "/api/search?q=Tali&typing=true",
            "/api/search?q=pakistan%20Krem&typing=true",
            "/api/search?author=sarfraz%20ahmed%20rana&size=0",
            "/api/search?year=unknown")) {
      assertThat(withoutTiming(remote.getJson(path, 200)))
          .as(path)
          .isEqualTo(withoutTiming(LOCAL.getJson(path, 200)));
    }
  }

  @Test
  void facetsAreMultiSelectAsOnTheLocalIndex() throws Exception {
    JsonObject all = LOCAL.getJson("/api/search?q=", 200);
    String author =
        all.getAsJsonObject("facets")
            .getAsJsonArray("author")
            .get(0)
            .getAsJsonObject()
            .get("value")
            .getAsString();
    String path = "/api/search?author=" + ApiClient.enc(author);
    JsonObject answer = remote.getJson(path, 200);
    assertThat(answer.getAsJsonObject("facets").getAsJsonArray("author").size())
        .as("the other authors keep their counts")
        .isGreaterThan(1);
    assertThat(withoutTiming(answer)).isEqualTo(withoutTiming(LOCAL.getJson(path, 200)));
  }

  @Test
  void documentsSuggestionsAndExportsAnswerAsOnTheLocalIndex() throws Exception {
    JsonObject all = LOCAL.getJson("/api/search?q=", 200);
    List<String> paths = new ArrayList<>();
    for (JsonElement hit : all.getAsJsonArray("hits")) {
      String id = hit.getAsJsonObject().get("id").getAsString();
      paths.add("/api/documents/" + id + "?q=taliban");
    }
    paths.addAll(
        List.of(
            "/api/suggest?q=mus",
            "/api/suggest?q=pak",
            "/api/entities?type=person&prefix=",
            "/api/cooccurrence?type=location&value=Pakistan",
            "/api/documents/no-such-id"));
    for (String path : paths) {
      HttpResponse<String> here = LOCAL.get(path);
      HttpResponse<String> there = remote.get(path);
      assertThat(there.statusCode()).as(path).isEqualTo(here.statusCode());
      JsonElement expected = JsonParser.parseString(here.body());
      JsonElement actual = JsonParser.parseString(there.body());
      if (expected.isJsonObject() && actual.isJsonObject()) {
        assertThat(withoutTiming(actual)).as(path).isEqualTo(withoutTiming(expected));
      } else {
        assertThat(actual).as(path).isEqualTo(expected);
      }
    }
    for (String path : List.of("/api/export?format=csv&q=", "/api/export?format=jsonl&q=taliban")) {
      HttpResponse<String> here = LOCAL.get(path);
      HttpResponse<String> there = remote.get(path);
      assertThat(there.headers().firstValue("X-Total-Count"))
          .isEqualTo(here.headers().firstValue("X-Total-Count"));
      assertThat(sortedLines(withoutScores(there.body())))
          .as(path)
          .isEqualTo(sortedLines(withoutScores(here.body())));
    }
  }

  @Test
  void relatedArticlesAnswerFromTheCluster() throws Exception {
    JsonObject all = LOCAL.getJson("/api/search?q=", 200);
    String id = all.getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString();
    JsonObject related = remote.getJson("/api/documents/" + id + "/related?size=3", 200);
    // Which articles, and how many pass the word limits, depends on term statistics, which count
    // replaced articles until they are merged away; OpenSearchParityIT compares merged indexes.
    assertThat(related.getAsJsonArray("hits")).isNotEmpty();
    for (JsonElement hit : related.getAsJsonArray("hits")) {
      assertThat(hit.getAsJsonObject().get("id").getAsString()).isNotEqualTo(id);
    }
  }

  /**
   * Export rows without their score, which differs between the engines here for the reason {@link
   * #withoutTiming} gives: a CSV row's score column, a JSON line's score field.
   */
  private static String withoutScores(String body) throws IOException {
    StringBuilder out = new StringBuilder();
    if (body.startsWith("{")) {
      for (String line : body.split("\\r?\\n")) {
        JsonObject row = JsonParser.parseString(line).getAsJsonObject();
        row.remove("score");
        out.append(row).append('\n');
      }
      return out.toString();
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser rows = CSVParser.parse(body, format)) {
      for (CSVRecord row : rows) {
        Map<String, String> values = new java.util.LinkedHashMap<>(row.toMap());
        values.remove("score");
        out.append(values).append('\n');
      }
    }
    return out.toString();
  }

  /** Rows in a set: ties in score may come in another order. */
  private static List<String> sortedLines(String body) {
    List<String> lines = new ArrayList<>(List.of(body.split("\r?\n")));
    lines.sort(null);
    return lines;
  }

  /**
   * Returns an answer without its timing, its hits in id order and without scores: each engine
   * counts replaced articles in its term statistics until it merges them away, so scores and the
   * order they give differ slightly until then (OpenSearchParityIT compares them on merged
   * indexes).
   */
  private static JsonObject withoutTiming(JsonElement answer) {
    JsonObject copy = answer.getAsJsonObject().deepCopy();
    copy.remove("tookMs");
    if (copy.has("hits")
        && !copy.getAsJsonArray("hits").isEmpty()
        && copy.getAsJsonArray("hits").get(0).isJsonObject()) {
      List<JsonObject> hits = new ArrayList<>();
      for (JsonElement hit : copy.getAsJsonArray("hits")) {
        JsonObject h = hit.getAsJsonObject();
        h.remove("score");
        hits.add(h);
      }
      hits.sort(java.util.Comparator.comparing(h -> h.get("id").getAsString()));
      com.google.gson.JsonArray sorted = new com.google.gson.JsonArray();
      hits.forEach(sorted::add);
      copy.add("hits", sorted);
    }
    return copy;
  }
}
