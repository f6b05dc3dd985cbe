package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.Article;
import org.articlesearch.article.DatePrecision;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 64 concurrent connections of mixed queries for 60 s against a 100,000-article index served by a
 * separate JVM with a fixed heap: no errors, latency and throughput recorded. A long test: run it
 * with {@code mvn verify -Pload}; the figures go to target/load-report.json.
 */
class ServerLoadIT {
  static final int DOCUMENTS = Integer.getInteger("load.documents", 100_000);
  static final int CONNECTIONS = Integer.getInteger("load.connections", 64);
  static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));
  static final String SERVER_HEAP = System.getProperty("load.xmx", "512m");

  private static final String[] WORDS = {
    "council", "harbour", "budget", "strike", "ferry", "election", "minister", "river", "bridge",
        "school",
    "vote", "report", "inquiry", "market", "winter", "storm", "museum", "library", "transit",
        "court",
    "energy", "pipeline", "treaty", "border", "security", "trade", "tariff", "health", "hospital",
        "police",
  };
  private static final String[] PEOPLE = {
    "Ana Lima",
    "Omar Haddad",
    "Mei Chen",
    "John Okafor",
    "Sara Berg",
    "Ivan Petrov",
    "Lucia Rossi",
    "Amir Khan",
    "Nora Quinn",
    "Tomas Novak"
  };
  private static final String[] PLACES = {
    "Oslo", "Lagos", "Lima", "Seoul", "Quito", "Hanoi", "Tunis", "Perth", "Riga", "Accra"
  };
  private static final String[] ORGS = {
    "Harbour Board", "Transit Authority", "City Council", "Energy Agency", "Port Union"
  };

  // A Zipf-distributed vocabulary, as in real text: a few words everywhere, most words rare.
  private static final String[] VOCABULARY = vocabulary(5_000);
  private static final double[] ZIPF = zipf(VOCABULARY.length);

  @TempDir Path tmp;

  private static String[] vocabulary(int size) {
    String[] syllables = {
      "ka", "lo", "mi", "ten", "sar", "vel", "dor", "pi", "qua", "ru", "zen", "bo", "ell", "fin",
      "gra", "hu"
    };
    String[] words = new String[size];
    Random random = new Random(7);
    for (int i = 0; i < size; i++) {
      String w = i < WORDS.length ? WORDS[i] : "";
      while (w.length() < 4) {
        w +=
            syllables[random.nextInt(syllables.length)]
                + syllables[random.nextInt(syllables.length)];
      }
      words[i] = i < WORDS.length ? w : w + i;
    }
    return words;
  }

  private static double[] zipf(int size) {
    double[] cumulative = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < size; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  private static String word(Random random) {
    int i = Arrays.binarySearch(ZIPF, random.nextDouble());
    return VOCABULARY[Math.min(VOCABULARY.length - 1, i < 0 ? -i - 1 : i)];
  }

  @Test
  void sixtyFourConnectionsForAMinuteWithoutAnError() throws Exception {
    Path index = tmp.resolve("index");
    long buildStart = System.nanoTime();
    buildIndex(index);
    double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

    String java = ProcessHandle.current().info().command().orElse("java");
    Process server =
        new ProcessBuilder(
                java,
                "-Xmx" + SERVER_HEAP,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.articlesearch.cli.ArticleSearchCommand",
                "serve",
                "--index",
                index.toString(),
                "--no-auto-index",
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    try {
      int port = awaitPort(server);
      String base = "http://127.0.0.1:" + port;
      List<String> queries = queries();
      AtomicInteger errors = new AtomicInteger();
      AtomicLong requests = new AtomicLong();
      ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
      List<String> errorSamples = new java.util.concurrent.CopyOnWriteArrayList<>();
      long heapPeak = 0;
      long end = System.nanoTime() + DURATION.toNanos();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CONNECTIONS; c++) {
        int seed = c;
        Thread t =
            Thread.ofPlatform()
                .start(
                    () -> {
                      HttpClient http =
                          HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                      Random random = new Random(seed);
                      long[] mine = new long[4096];
                      int n = 0;
                      while (System.nanoTime() < end) {
                        String q = queries.get(random.nextInt(queries.size()));
                        long start = System.nanoTime();
                        try {
                          HttpResponse<String> r =
                              http.send(
                                  HttpRequest.newBuilder(URI.create(base + q))
                                      .timeout(Duration.ofSeconds(30))
                                      .build(),
                                  HttpResponse.BodyHandlers.ofString());
                          if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                              errorSamples.add(r.statusCode() + " " + q + " " + r.body());
                            }
                          }
                        } catch (Exception e) {
                          errors.incrementAndGet();
                          if (errorSamples.size() < 5) {
                            errorSamples.add(e + " " + q);
                          }
                        }
                        if (n == mine.length) {
                          latencies.add(mine);
                          mine = new long[4096];
                          n = 0;
                        }
                        mine[n++] = System.nanoTime() - start;
                        requests.incrementAndGet();
                      }
                      latencies.add(Arrays.copyOf(mine, n));
                    });
        clients.add(t);
      }
      HttpClient monitor = HttpClient.newHttpClient();
      while (System.nanoTime() < end) {
        Thread.sleep(1_000);
        JsonObject health =
            JsonParser.parseString(
                    monitor
                        .send(
                            HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString())
                        .body())
                .getAsJsonObject();
        heapPeak = Math.max(heapPeak, health.get("heapUsedMb").getAsLong());
      }
      for (Thread t : clients) {
        t.join();
      }
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      double seconds = DURATION.toNanos() / 1e9;
      Map<String, Object> report = new java.util.LinkedHashMap<>();
      report.put("documents", DOCUMENTS);
      report.put("indexBuildSeconds", Math.round(buildSeconds));
      report.put("connections", CONNECTIONS);
      report.put("seconds", seconds);
      report.put("requests", requests.get());
      report.put("errors", errors.get());
      report.put("throughputPerSecond", Math.round(requests.get() / seconds));
      report.put("p50Ms", millis(all, 0.50));
      report.put("p99Ms", millis(all, 0.99));
      report.put("maxMs", millis(all, 1.0));
      report.put("serverXmx", SERVER_HEAP);
      report.put("serverHeapPeakMb", heapPeak);
      String json = new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(report);
      Files.writeString(Path.of("target", "load-report.json"), json);
      System.out.println("load report: " + json);
      assertThat(errors.get()).as("errors, e.g. " + errorSamples).isZero();
      assertThat(server.isAlive()).isTrue();
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static double millis(long[] sorted, double quantile) {
    int i = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
    return Math.round(sorted[Math.max(0, i)] / 10_000.0) / 100.0;
  }

  /**
   * Mixed queries: mid-frequency keywords, phrases, deep pages, date order, filters, prefixes,
   * browsing.
   */
  private static List<String> queries() {
    List<String> q = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String w = VOCABULARY[30 + i * 7];
      String next = VOCABULARY[31 + i * 7];
      switch (i % 8) {
        case 0 -> q.add("/api/search?q=" + w);
        case 1 -> q.add("/api/search?q=" + enc("\"" + w + " " + next + "\"~3"));
        case 2 -> q.add("/api/search?q=" + w + "&page=3");
        case 3 -> q.add("/api/search?q=" + w + "&sort=date");
        case 4 -> q.add("/api/search?q=" + w + "&person=" + enc(PEOPLE[i % PEOPLE.length]));
        case 5 ->
            q.add(
                "/api/search?q="
                    + enc(w + " OR " + next)
                    + "&author="
                    + enc(PEOPLE[(i + 3) % PEOPLE.length]));
        case 6 ->
            q.add(
                "/api/search?q="
                    + w.substring(0, 4)
                    + "*&organization="
                    + enc(ORGS[i % ORGS.length]));
        default ->
            q.add(
                "/api/search?location="
                    + enc(PLACES[i % PLACES.length])
                    + "&year="
                    + (2010 + i % 15));
      }
    }
    q.add("/api/search?q=");
    q.add("/api/entities?type=person&prefix=a");
    return q;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static int awaitPort(Process server) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    Pattern serving = Pattern.compile("on http://[^:]+:(\\d+)/");
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = serving.matcher(line);
      if (m.find()) {
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    while (out.readLine() != null) {
                      // drain the server's log so it never blocks on a full pipe
                    }
                  } catch (java.io.IOException ignored) {
                    // the server stopped
                  }
                });
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IllegalStateException("the server did not start");
  }

  private static void buildIndex(Path index) throws Exception {
    Random random = new Random(42);
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      for (int i = 0; i < DOCUMENTS; i++) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 150; w++) {
          body.append(word(random)).append(w % 12 == 11 ? ". " : " ");
        }
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        String org = ORGS[random.nextInt(ORGS.length)];
        List<NamedEntity> entities =
            List.of(
                new NamedEntity(person, EntityType.PERSON, 2, List.of(person), List.of()),
                new NamedEntity(place, EntityType.LOCATION, 1, List.of(place), List.of()),
                new NamedEntity(org, EntityType.ORGANIZATION, 1, List.of(org), List.of()));
        PublicationDate date =
            random.nextInt(10) == 0
                ? null
                : new PublicationDate(
                    LocalDate.of(
                        2010 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    DatePrecision.DAY);
        String id = String.format(Locale.ROOT, "%016x", i);
        writer.add(
            new Article(
                id,
                "gen/" + id + ".txt",
                "Report on " + WORDS[i % WORDS.length] + " " + i,
                List.of(PEOPLE[random.nextInt(PEOPLE.length)]),
                date,
                "Gazette " + (i % 20),
                body.toString(),
                entities,
                "text/plain",
                id,
                Map.of(),
                "en",
                null));
      }
      writer.commit();
    }
  }
}
