import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SortOrder;

/**
 * The search path alone, without HTTP: the CPU time of one thread per query of the benchmark's
 * query set, after a warm-up, so that a loaded machine changes the figure little.
 *
 * <pre>
 * ./article-search java -cp "target/article-search.jar:target/lib/*" bench/SearchBench.java \
 *     target/bench/passages/index-entities bench/queries.txt
 * </pre>
 */
public final class SearchBench {
  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 8_000;

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SearchBench.java INDEX_DIR QUERIES_FILE");
      System.exit(2);
    }
    List<SearchRequest> requests = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        requests.add(request(line.substring(line.indexOf('?') + 1)));
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(Path.of(args[0]))) {
      for (int i = 0; i < WARM_UP; i++) {
        searcher.search(requests.get(i % requests.size()));
      }
      for (int round = 0; round < 3; round++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
          searcher.search(requests.get(i % requests.size()));
        }
        System.out.printf(
            "%.3f ms of CPU a query, %.3f ms of wall time%n",
            (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / MEASURED,
            (System.nanoTime() - wall) / 1e6 / MEASURED);
      }
    }
  }

  /** Reads a query string of {@code /api/search} into a request: q, sort, page, size, filters. */
  private static SearchRequest request(String query) {
    String q = "";
    SortOrder sort = SortOrder.RELEVANCE;
    int page = 1;
    int size = 10;
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      String value = URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
      switch (kv[0]) {
        case "q" -> q = value;
        case "sort" -> sort = value.equals("date") ? SortOrder.DATE : SortOrder.RELEVANCE;
        case "page" -> page = Integer.parseInt(value);
        case "size" -> size = Integer.parseInt(value);
        default -> filters.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(value);
      }
    }
    return new SearchRequest(q, filters, sort, page, size);
  }
}
