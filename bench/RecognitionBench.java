import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.articlesearch.enrich.CoreNlpEntityRecognizer;
import org.articlesearch.enrich.EntityRecognizer;

/**
 * Measures entity recognition throughput in characters per second over a folder of .txt files,
 * with one worker per core. Usage: java -cp ... RecognitionBench.java DIR [runs]
 */
public class RecognitionBench {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    int threads = Runtime.getRuntime().availableProcessors();
    EntityRecognizer recognizer = CoreNlpEntityRecognizer.load();
    System.out.printf("%d texts, %.1f MB, %d threads%n", texts.size(), chars / 1e6, threads);
    List<Double> rates = new ArrayList<>();
    for (int run = 0; run <= runs; run++) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long start = System.nanoTime();
      List<Future<Integer>> futures = new ArrayList<>();
      for (String t : texts) {
        futures.add(pool.submit(() -> recognizer.recognize(t).size()));
      }
      long mentions = 0;
      for (Future<Integer> f : futures) {
        mentions += f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      double rate = chars / seconds;
      System.out.printf("%s run: %.1f s, %.0f chars/s, %d mentions%n", run == 0 ? "warm-up" : "timed", seconds, rate, mentions);
      if (run > 0) {
        rates.add(rate);
      }
    }
    rates.sort(null);
    System.out.printf("median: %.0f chars/s%n", rates.get(rates.size() / 2));
  }
}
