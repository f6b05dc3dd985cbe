import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark: builds the index of a prepared corpus with and without entity recognition, re-runs
 * it with nothing changed, then starts a real {@code serve} process and measures a fixed query set
 * over HTTP, sequentially and from 2, 8 and 32 clients. Writes a JSON report and prints a table of
 * medians. Run through {@code bench/run}, which prepares the corpus and the classpath. With {@code
 * --backend opensearch --opensearch URLS} the same runs index into and serve from an OpenSearch
 * cluster (indexes {@code bench-index-no-entities} and {@code bench-index-entities}, created with
 * {@code --shards} and {@code --replicas}).
 *
 * <pre>
 * java -cp "target/article-search.jar:target/lib/*" bench/Bench.java --corpus DIR --work DIR
 *     [--runs 3] [--ner-runs 3] [--seconds 5] [--clients 2,8,32] [--queries bench/queries.txt]
 *     [--warmup 15] [--view-requests 50] [--xmx 2g] [--java-opts OPTS] [--out report.json]
 *     [--serve-index DIR]
 *     [--backend lucene|opensearch] [--opensearch URL,URL...] [--shards 1] [--replicas 1]
 * </pre>
 */
public final class Bench {
  private static final Pattern SUMMARY =
      Pattern.compile(
          "Files seen: (\\d+), indexed: (\\d+), unchanged: (\\d+), skipped: (\\d+), failed: (\\d+),"
              + " removed: (\\d+), in ([0-9.]+) s");
  private static final Pattern GROUPING =
      Pattern.compile(
          "Copies: (\\d+) articles are copies of one seen before; grouped in ([0-9.]+) s,"
              + " ([0-9.]+) s of it reading the articles back");
  private static final Pattern SERVING =
      Pattern.compile("Serving (\\d+) articles on http://[^:]+:(\\d+)/");
  // Every loop below is bounded by time and by count, so a broken server cannot hang the run.
  private static final int MAX_REQUESTS_PER_LEVEL = 2_000_000;
  private static final long PROCESS_TIMEOUT_MINUTES = 120;

  private final Map<String, String> options;
  private final Path launcher;
  private final Path corpus;
  private final Path work;
  private final List<String> failures = new ArrayList<>();

  private Bench(Map<String, String> options) {
    this.options = options;
    this.launcher = Path.of(options.getOrDefault("launcher", "./article-search")).toAbsolutePath();
    this.corpus = Path.of(required(options, "corpus")).toAbsolutePath();
    this.work = Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        usage("unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      if (i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        usage("--" + name + " needs a value");
      }
    }
    System.exit(new Bench(options).run());
  }

  private static void usage(String problem) {
    System.err.println("bench: " + problem);
    System.err.println(
        "usage: Bench.java --corpus DIR [--work DIR] [--runs N] [--ner-runs N] [--seconds S]"
            + " [--clients 2,8,32] [--warmup S] [--view-requests N] [--queries FILE] [--xmx 2g] [--java-opts OPTS]"
            + " [--out FILE] [--serve-index DIR] [--backend lucene|opensearch]"
            + " [--opensearch URL,URL...] [--shards N] [--replicas N]");
    System.exit(2);
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      usage("--" + name + " is required");
    }
    return value;
  }

  private int integer(String name, int fallback) {
    String value = options.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      usage("--" + name + " must be a whole number, not " + value);
      return fallback;
    }
  }

  private int run() throws Exception {
    if (!Files.isDirectory(corpus)) {
      usage("no corpus folder " + corpus);
    }
    String backend = options.getOrDefault("backend", "lucene");
    if (!List.of("lucene", "opensearch").contains(backend)) {
      usage("--backend must be lucene or opensearch, not " + backend);
    }
    if (openSearch() != null) {
      integer("shards", 1);
      integer("replicas", 1);
    } else if (options.containsKey("opensearch")) {
      usage("--opensearch is given but --backend is not opensearch");
    } else if (backend.equals("opensearch")) {
      usage("--backend opensearch needs --opensearch URL,URL...");
    }
    int runs = integer("runs", 3);
    int nerRuns = integer("ner-runs", runs);
    int seconds = integer("seconds", 5);
    List<Integer> clients =
        Arrays.stream(options.getOrDefault("clients", "2,8,32").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .toList();
    List<String> queries =
        Files.readAllLines(Path.of(options.getOrDefault("queries", "bench/queries.txt"))).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    Files.createDirectories(work);
    CorpusSize size = CorpusSize.of(corpus);
    System.out.printf(
        Locale.ROOT,
        "Corpus %s: %,d files, %.1f MB, %,d characters of text%n",
        corpus,
        size.files(),
        size.bytes() / 1e6,
        size.chars());

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("corpus", corpus.toString());
    report.put("files", size.files());
    report.put("bytes", size.bytes());
    report.put("chars", size.chars());
    report.put("cores", Runtime.getRuntime().availableProcessors());
    report.put("xmx", options.getOrDefault("xmx", "launcher default"));
    report.put("backend", backend);
    if (openSearch() != null) {
      report.put("opensearch", openSearch());
      report.put("shards", integer("shards", 1));
      report.put("replicas", integer("replicas", 1));
    }

    Path served;
    if (options.containsKey("serve-index")) {
      // Measures the server alone, on an index built before.
      served = Path.of(options.get("serve-index")).toAbsolutePath();
    } else {
      Path plainIndex = work.resolve("index-no-entities");
      List<IndexRun> plain = new ArrayList<>();
      List<IndexRun> unchanged = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        plain.add(index(plainIndex, true, false, size));
        unchanged.add(index(plainIndex, false, false, size));
      }
      Path nerIndex = work.resolve("index-entities");
      List<IndexRun> ner = new ArrayList<>();
      for (int r = 0; r < nerRuns; r++) {
        deleteTree(nerIndex); // the recognition cache lives in the index folder: start cold
        ner.add(index(nerIndex, true, true, size));
      }
      report.put("indexWithoutEntities", summarize(plain, size));
      report.put("incrementalUnchanged", summarize(unchanged, size));
      if (!ner.isEmpty()) {
        report.put("indexWithEntities", summarize(ner, size));
      }
      report.put("indexBytes", indexBytes(plainIndex));
      served = ner.isEmpty() ? plainIndex : nerIndex;
    }
    report.put("servedIndex", served.toString());
    List<ServeRun> serveRuns = new ArrayList<>();
    for (int r = 0; r < Math.max(1, runs); r++) {
      serveRuns.add(serve(served, queries, seconds, clients));
    }
    report.put("http", summarizeHttp(serveRuns, clients));
    report.put("failures", failures);

    Path out = Path.of(options.getOrDefault("out", work.resolve("report.json").toString()));
    Files.writeString(
        out,
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(report) + "\n");
    printTable(report, clients);
    System.out.println("Report: " + out);
    if (!failures.isEmpty()) {
      failures.forEach(f -> System.err.println("bench: FAILED: " + f));
      return 1;
    }
    return 0;
  }

  // ---------------------------------------------------------------- indexing

  /** The corpus as the benchmark counts it: article files, their bytes and their characters. */
  record CorpusSize(long files, long bytes, long chars) {
    static CorpusSize of(Path corpus) throws IOException {
      long files = 0;
      long bytes = 0;
      long chars = 0;
      try (Stream<Path> walk = Files.walk(corpus)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String name = p.getFileName().toString();
          if (name.endsWith(".meta.json") || name.startsWith(".")) {
            continue; // sidecars belong to their article
          }
          files++;
          long n = Files.size(p);
          bytes += n;
          // Characters of text: exact for UTF-8 text, the byte count for everything else.
          chars +=
              name.endsWith(".txt")
                  ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8).length()
                  : n;
        }
      }
      return new CorpusSize(files, bytes, chars);
    }
  }

  /** One run of {@code index}: what it reported, its wall time and its peak resident memory. */
  record IndexRun(
      int seen, int indexed, int unchanged, int skipped, int failed, double seconds, double wall,
      double cpuSeconds, long peakRssKb, int copies, double groupingSeconds,
      double groupingReadSeconds) {}

  private IndexRun index(Path index, boolean full, boolean entities, CorpusSize size)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString(), "index"));
    command.addAll(List.of("--corpus", corpus.toString(), "--index", index.toString()));
    command.addAll(List.of("--aliases", work.resolve("no-aliases.tsv").toString()));
    command.addAll(backendOptions(index));
    if (full) {
      command.add("--full");
    }
    if (!entities) {
      command.add("--no-entities");
    }
    Path log = work.resolve("index.log");
    long start = System.nanoTime();
    Process process = processBuilder(command).redirectOutput(log.toFile()).start();
    PeakRss usage = PeakRss.watch(process);
    long peak = usage.peakKb();
    double wall = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log);
    Matcher m = SUMMARY.matcher(output);
    if (process.exitValue() != 0 || !m.find()) {
      fail("index " + String.join(" ", command.subList(1, command.size())) + " exited "
          + process.exitValue() + ":\n" + tail(output));
      return new IndexRun(0, 0, 0, 0, 0, wall, wall, usage.cpuSeconds(), peak, 0, 0, 0);
    }
    Matcher grouping = GROUPING.matcher(output);
    boolean grouped = grouping.find();
    IndexRun run =
        new IndexRun(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            Double.parseDouble(m.group(7)),
            wall,
            usage.cpuSeconds(),
            peak,
            grouped ? Integer.parseInt(grouping.group(1)) : 0,
            grouped ? Double.parseDouble(grouping.group(2)) : 0,
            grouped ? Double.parseDouble(grouping.group(3)) : 0);
    String what = (full ? "full" : "incremental") + (entities ? ", entities" : ", no entities");
    System.out.printf(
        Locale.ROOT,
        "index (%s): %d indexed, %d unchanged, %d skipped in %.2f s (%.2f s with JVM start,"
            + " %.1f s of CPU), peak RSS %d MB%n",
        what, run.indexed(), run.unchanged(), run.skipped(), run.seconds(), wall,
        run.cpuSeconds(), peak >> 10);
    if (run.failed() > 0) {
      fail("index (" + what + ") failed on " + run.failed() + " files");
    }
    long expected = full ? run.indexed() + run.skipped() : run.unchanged() + run.skipped();
    if (run.seen() != size.files() || expected != size.files()) {
      fail("index (" + what + ") saw " + run.seen() + " files and reported " + expected
          + " as expected, of " + size.files());
    }
    return run;
  }

  private Map<String, Object> summarize(List<IndexRun> runs, CorpusSize size) {
    Map<String, Object> s = new LinkedHashMap<>();
    double seconds = median(runs, IndexRun::seconds);
    s.put("runs", runs);
    s.put("seconds", seconds);
    s.put("wallSeconds", median(runs, IndexRun::wall));
    s.put("docsPerSecond", size.files() / seconds);
    s.put("mbPerSecond", size.bytes() / 1e6 / seconds);
    s.put("charsPerSecond", size.chars() / seconds);
    s.put("cpuSeconds", median(runs, IndexRun::cpuSeconds));
    s.put("peakRssMb", median(runs, r -> r.peakRssKb() / 1024.0));
    // Grouping copies runs after every article is in; the signatures it reads are made with each.
    double grouping = median(runs, IndexRun::groupingSeconds);
    s.put("copies", runs.isEmpty() ? 0 : runs.get(0).copies());
    s.put("groupingSeconds", grouping);
    s.put("groupingShare", grouping / seconds);
    // Reading the articles back writes out those still buffered, which the commit does otherwise.
    double reading = median(runs, IndexRun::groupingReadSeconds);
    s.put("groupingReadSeconds", reading);
    s.put("groupingShareWithoutReading", (grouping - reading) / seconds);
    return s;
  }

  /** Polls a process's high-water mark of resident memory and its CPU time until it ends. */
  record PeakRss(long peakKb, double cpuSeconds) {
    static PeakRss watch(Process process) throws InterruptedException {
      Path status = Path.of("/proc/" + process.pid() + "/status");
      long peak = 0;
      long cpuNanos = 0;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(PROCESS_TIMEOUT_MINUTES);
      while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, read(status));
        cpuNanos =
            Math.max(
                cpuNanos, process.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L));
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new IllegalStateException("process ran over " + PROCESS_TIMEOUT_MINUTES + " min");
        }
      }
      return new PeakRss(peak, cpuNanos / 1e9);
    }

    static long read(Path status) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (IOException | RuntimeException e) {
        // The process ended between two polls: its last reading stands.
      }
      return 0;
    }
  }

  // ---------------------------------------------------------------- serving

  /** One server's measurements: start to first answer, sequential and concurrent latencies. */
  record ServeRun(
      double startSeconds,
      Level sequential,
      Map<Integer, Level> concurrent,
      Map<String, Double> viewsP50Ms,
      long rssKb) {}

  /**
   * The researcher's views, each timed alone (not in the query mix): the term-over-time chart of a
   * common word split by author, of a phrase, and of a word in another form; the keyword-in-context
   * lines of a common word over its first 50 articles.
   */
  static final List<String> VIEWS =
      List.of(
          "/api/occurrences?q=war&by=author",
          "/api/occurrences?q=%22soviet+union%22&by=author",
          "/api/occurrences?q=tariffs",
          "/api/concordance?q=war");

  /** Times of each view: sequential requests after a warm-up, the median of them. */
  private Map<String, Double> views(int port) throws IOException {
    Map<String, Double> p50 = new LinkedHashMap<>();
    try (HttpConnection connection = new HttpConnection(port)) {
      for (String view : VIEWS) {
        long[] nanos = new long[integer("view-requests", 50)];
        for (int i = -10; i < nanos.length; i++) {
          long t0 = System.nanoTime();
          Response r = connection.get(view);
          check(r, view);
          if (i >= 0) {
            nanos[i] = System.nanoTime() - t0;
          }
        }
        Arrays.sort(nanos);
        p50.put(view, percentile(nanos, 0.50) / 1e6);
        System.out.printf(Locale.ROOT, "  view %s: p50 %.2f ms%n", view, p50.get(view));
      }
    }
    return p50;
  }

  /** The latencies of one load level. */
  record Level(int clients, long requests, long errors, double seconds, double p50Ms, double p99Ms,
      double maxMs, double perSecond, double serverCpuMsPerQuery) {
    static Level of(int clients, long[] nanos, long errors, double seconds, double cpuMs) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Level(
          clients,
          sorted.length,
          errors,
          seconds,
          percentile(sorted, 0.50) / 1e6,
          percentile(sorted, 0.99) / 1e6,
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
          sorted.length / seconds,
          sorted.length == 0 ? 0 : cpuMs / sorted.length);
    }
  }

  private ServeRun serve(Path index, List<String> queries, int seconds, List<Integer> clients)
      throws Exception {
    List<String> command =
        new ArrayList<>(List.of(launcher.toString(), "serve", "--no-auto-index", "--index",
            index.toString(), "--host", "127.0.0.1", "--port", "0"));
    command.addAll(backendOptions(index));
    long start = System.nanoTime();
    Process process = processBuilder(command).start();
    try {
      CompletableFuture<Integer> port = new CompletableFuture<>();
      StringBuilder output = new StringBuilder();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                      output.append(line).append('\n');
                    }
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                      port.complete(Integer.parseInt(m.group(2)));
                    }
                  }
                } catch (IOException e) {
                  port.completeExceptionally(e);
                }
                port.completeExceptionally(new IOException("the server ended:\n" + output));
              });
      reader.setDaemon(true);
      reader.start();
      int p = port.get(60, TimeUnit.SECONDS);
      try (HttpConnection first = new HttpConnection(p)) {
        Response r = first.get(queries.get(0));
        double startSeconds = (System.nanoTime() - start) / 1e9;
        check(r, queries.get(0));
        System.out.printf(Locale.ROOT, "serve: first answer %.2f s after start%n", startSeconds);
      }
      double startSeconds = (System.nanoTime() - start) / 1e9;
      verifyQueries(p, queries);
      // Warm-up: the JIT compiles the search path before anything is measured.
      load(process, p, queries, 2, integer("warmup", 15), 20_000);
      Level sequential = load(process, p, queries, 1, seconds, MAX_REQUESTS_PER_LEVEL);
      print("sequential", sequential);
      Map<Integer, Level> concurrent = new LinkedHashMap<>();
      for (int c : clients) {
        Level level = load(process, p, queries, c, seconds, MAX_REQUESTS_PER_LEVEL);
        concurrent.put(c, level);
        print(c + " clients", level);
      }
      Map<String, Double> views = views(p);
      long rss = PeakRss.read(Path.of("/proc/" + process.pid() + "/status"));
      return new ServeRun(startSeconds, sequential, concurrent, views, rss);
    } finally {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static void print(String label, Level l) {
    System.out.printf(
        Locale.ROOT,
        "  %-11s %,8d requests, %d errors, p50 %.2f ms, p99 %.2f ms, max %.1f ms, %,.0f/s,"
            + " server CPU %.2f ms a query%n",
        label, l.requests(), l.errors(), l.p50Ms(), l.p99Ms(), l.maxMs(), l.perSecond(),
        l.serverCpuMsPerQuery());
  }

  /** Every query answers 200 with hits, facets and highlighted snippets where it matches. */
  private void verifyQueries(int port, List<String> queries) throws IOException {
    long withHits = 0;
    boolean marked = false;
    try (HttpConnection connection = new HttpConnection(port)) {
      for (String q : queries) {
        Response r = connection.get(q);
        if (!check(r, q) || !q.startsWith("/api/search")) {
          continue;
        }
        JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
        if (body.get("total").getAsLong() > 0) {
          withHits++;
          // Gson may write the tag's brackets as \u003c escapes.
          marked |= r.body().contains("<mark>") || r.body().contains("\\u003cmark\\u003e");
        }
        int facets = org.articlesearch.index.IndexSchema.FACETS.size();
        if (!body.has("facets") || body.getAsJsonObject("facets").size() != facets) {
          fail(q + ": the answer has not the " + facets + " facets");
        }
      }
    }
    if (withHits < queries.size() / 2) {
      fail("only " + withHits + " of " + queries.size() + " queries found anything");
    }
    if (!marked) {
      fail("no snippet highlights a match");
    }
  }

  private boolean check(Response r, String q) {
    if (r.status() != 200) {
      fail(q + " answered " + r.status() + ": " + r.body());
      return false;
    }
    return true;
  }

  /** Runs clients, each on its own keep-alive connection, for a time and a number of requests. */
  private Level load(
      Process server, int port, List<String> queries, int clients, int seconds, int maxRequests)
      throws Exception {
    long cpuBefore = cpuNanos(server);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong errors = new AtomicLong();
    AtomicLong budget = new AtomicLong(maxRequests);
    List<CompletableFuture<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int offset = c * 7;
      CompletableFuture<long[]> f = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                long[] latencies = new long[1 << 12];
                int n = 0;
                try (HttpConnection connection = new HttpConnection(port)) {
                  for (int i = offset;
                      System.nanoTime() < deadline && budget.decrementAndGet() >= 0;
                      i++) {
                    long t0 = System.nanoTime();
                    Response r = connection.get(queries.get(i % queries.size()));
                    long took = System.nanoTime() - t0;
                    if (r.status() != 200) {
                      errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                      latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                  }
                  f.complete(Arrays.copyOf(latencies, n));
                } catch (IOException | RuntimeException e) {
                  errors.incrementAndGet();
                  f.complete(Arrays.copyOf(latencies, n));
                }
              });
      t.setDaemon(true);
      t.start();
      futures.add(f);
    }
    List<long[]> all = new ArrayList<>();
    for (CompletableFuture<long[]> f : futures) {
      all.add(f.get(seconds + 60L, TimeUnit.SECONDS));
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
    Level level =
        Level.of(clients, merged, errors.get(), elapsed, (cpuNanos(server) - cpuBefore) / 1e6);
    if (level.errors() > 0) {
      fail(clients + " clients: " + level.errors() + " failed requests");
    }
    return level;
  }

  private static long cpuNanos(Process process) {
    return process.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
  }

  private Map<String, Object> summarizeHttp(List<ServeRun> runs, List<Integer> clients) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("runs", runs);
    s.put("startToFirstAnswerSeconds", median(runs, ServeRun::startSeconds));
    s.put("sequentialP50Ms", median(runs, r -> r.sequential().p50Ms()));
    s.put("sequentialP99Ms", median(runs, r -> r.sequential().p99Ms()));
    s.put("sequentialPerSecond", median(runs, r -> r.sequential().perSecond()));
    s.put("serverCpuMsPerQuery", median(runs, r -> r.sequential().serverCpuMsPerQuery()));
    Map<String, Object> levels = new LinkedHashMap<>();
    for (int c : clients) {
      Map<String, Object> level = new LinkedHashMap<>();
      level.put("p50Ms", median(runs, r -> r.concurrent().get(c).p50Ms()));
      level.put("p99Ms", median(runs, r -> r.concurrent().get(c).p99Ms()));
      level.put("perSecond", median(runs, r -> r.concurrent().get(c).perSecond()));
      levels.put(Integer.toString(c), level);
    }
    s.put("concurrent", levels);
    Map<String, Object> views = new LinkedHashMap<>();
    for (String view : VIEWS) {
      views.put(view, median(runs, r -> r.viewsP50Ms().get(view)));
    }
    s.put("viewsP50Ms", views);
    s.put("serverRssMb", median(runs, r -> r.rssKb() / 1024.0));
    return s;
  }

  /** One HTTP/1.1 keep-alive connection on loopback; small enough not to be what is measured. */
  static final class HttpConnection implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    HttpConnection(int port) throws IOException {
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    Response get(String pathAndQuery) throws IOException {
      out.write(
          ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine = line();
      if (statusLine == null) {
        throw new IOException("connection closed");
      }
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      long length = -1;
      boolean chunked = false;
      for (String h; !(h = line()).isEmpty(); ) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if (chunked) {
        for (long n; (n = Long.parseLong(line().strip(), 16)) > 0; ) {
          body.write(in.readNBytes((int) n));
          line();
        }
        line();
      } else if (length >= 0) {
        body.write(in.readNBytes((int) length));
      } else {
        throw new IOException("an answer without a length on a keep-alive connection");
      }
      return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder();
      for (int c; (c = in.read()) != -1; ) {
        if (c == '\n') {
          int len = b.length();
          return len > 0 && b.charAt(len - 1) == '\r' ? b.substring(0, len - 1) : b.toString();
        }
        b.append((char) c);
      }
      return b.isEmpty() ? null : b.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  record Response(int status, String body) {}

  // ---------------------------------------------------------------- backend

  /** Returns the OpenSearch cluster's URLs with {@code --backend opensearch}, else null. */
  private String openSearch() {
    return options.getOrDefault("backend", "lucene").equals("opensearch")
        ? options.get("opensearch")
        : null;
  }

  /**
   * Returns the options that put the index of this folder in the cluster: one OpenSearch index per
   * folder name, so the runs with and without entities do not share one.
   */
  private List<String> backendOptions(Path index) {
    if (openSearch() == null) {
      return List.of();
    }
    return List.of("--backend", "opensearch", "--opensearch", openSearch(), "--opensearch-index",
        openSearchIndex(index), "--shards", Integer.toString(integer("shards", 1)), "--replicas",
        Integer.toString(integer("replicas", 1)));
  }

  private static String openSearchIndex(Path index) {
    return "bench-" + index.getFileName();
  }

  /** Returns the index's size on disk: the folder, or the cluster's primary copies. */
  private long indexBytes(Path index) throws IOException, InterruptedException {
    if (openSearch() == null) {
      return treeSize(index);
    }
    String first = openSearch().split(",")[0].strip();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(first + "/" + openSearchIndex(index) + "/_stats/store"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      fail("index size: " + first + " answered " + response.statusCode() + ": " + response.body());
      return 0;
    }
    return JsonParser.parseString(response.body())
        .getAsJsonObject()
        .getAsJsonObject("_all")
        .getAsJsonObject("primaries")
        .getAsJsonObject("store")
        .get("size_in_bytes")
        .getAsLong();
  }

  // ---------------------------------------------------------------- helpers

  /** A launcher process, with {@code --xmx} as its heap limit when given. */
  private ProcessBuilder processBuilder(List<String> command) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    if (options.containsKey("xmx") || options.containsKey("java-opts")) {
      String opts = options.containsKey("xmx") ? "-Xmx" + options.get("xmx") : "-Xmx3g";
      builder
          .environment()
          .put("ARTICLE_SEARCH_JAVA_OPTS", opts + " " + options.getOrDefault("java-opts", ""));
    }
    return builder;
  }

  private void fail(String problem) {
    failures.add(problem);
    System.err.println("bench: " + problem);
  }

  private static String tail(String output) {
    String[] lines = output.split("\n");
    int from = Math.max(0, lines.length - 15);
    return String.join("\n", Arrays.copyOfRange(lines, from, lines.length));
  }

  private static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
    double[] v = runs.stream().mapToDouble(value).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  }

  private static long treeSize(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void printTable(Map<String, Object> report, List<Integer> clients) {
    System.out.println();
    System.out.println("Backend: " + report.get("backend")
        + (report.containsKey("opensearch")
            ? " (" + report.get("opensearch") + ", " + report.get("shards") + " shards, "
                + report.get("replicas") + " replicas)"
            : ""));
    System.out.println("| measure | median |");
    System.out.println("|---|---|");
    for (String key : List.of("indexWithoutEntities", "indexWithEntities")) {
      Map<String, Object> s = (Map<String, Object>) report.get(key);
      if (s == null) {
        continue;
      }
      String label = key.equals("indexWithEntities") ? "with entities" : "without entities";
      row("index build, " + label,
          "%,.0f docs/s, %.2f MB/s, %,.0f chars/s (%.2f s; %.2f s with JVM start; %.1f s CPU)",
          s.get("docsPerSecond"), s.get("mbPerSecond"), s.get("charsPerSecond"), s.get("seconds"),
          s.get("wallSeconds"), s.get("cpuSeconds"));
      row("peak RSS, index " + label, "%.0f MB", s.get("peakRssMb"));
      row("grouping copies, index " + label,
          "%.2f s, %.1f %% of the build; without reading the articles back (%.2f s) %.1f %%"
              + " (%,d copies)",
          s.get("groupingSeconds"), 100 * (double) s.get("groupingShare"),
          s.get("groupingReadSeconds"), 100 * (double) s.get("groupingShareWithoutReading"),
          s.get("copies"));
    }
    Map<String, Object> inc = (Map<String, Object>) report.get("incrementalUnchanged");
    Map<String, Object> full = (Map<String, Object>) report.get("indexWithoutEntities");
    if (inc != null) {
      row("incremental re-run, nothing changed",
          "%.2f s (%.2f s with JVM start), %.1f %% of a full build",
        inc.get("seconds"), inc.get("wallSeconds"),
          100 * (double) inc.get("seconds") / (double) full.get("seconds"));
      row("index size (without entities" + (report.containsKey("opensearch") ? ", primaries" : "")
          + ")", "%.1f MB", ((Long) report.get("indexBytes")) / 1e6);
    }
    Map<String, Object> http = (Map<String, Object>) report.get("http");
    row("server start to first answer", "%.2f s", http.get("startToFirstAnswerSeconds"));
    row("sequential", "p50 %.2f ms, p99 %.2f ms, %,.0f queries/s", http.get("sequentialP50Ms"),
        http.get("sequentialP99Ms"), http.get("sequentialPerSecond"));
    row("server CPU per query (sequential)", "%.2f ms", http.get("serverCpuMsPerQuery"));
    Map<String, Object> levels = (Map<String, Object>) http.get("concurrent");
    for (int c : clients) {
      Map<String, Object> l = (Map<String, Object>) levels.get(Integer.toString(c));
      row(c + " clients", "p50 %.2f ms, p99 %.2f ms, %,.0f queries/s", l.get("p50Ms"),
          l.get("p99Ms"), l.get("perSecond"));
    }
    Map<String, Object> views = (Map<String, Object>) http.get("viewsP50Ms");
    for (String view : VIEWS) {
      row("view " + view.replace("|", "\\|"), "p50 %.2f ms", views.get(view));
    }
    row("server RSS after the load", "%.0f MB", http.get("serverRssMb"));
    System.out.println();
  }

  private static void row(String label, String format, Object... values) {
    System.out.println("| " + label + " | " + String.format(Locale.ROOT, format, values) + " |");
  }
}
