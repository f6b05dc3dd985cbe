import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.articlesearch.extract.ExtractedText;
import org.articlesearch.extract.OcrSettings;
import org.articlesearch.extract.ScanFixtures;
import org.articlesearch.extract.TikaTextExtractor;

/**
 * Measures OCR: scanned pages read per second, one file per worker and one worker per core as
 * {@code index} runs them, against the same pages with a text layer in the same run (the ratio is
 * what to compare across machines), and the share of the printed words OCR gave back.
 *
 * <p>Usage (after a build; ScanFixtures comes from the test classes): {@code ./article-search java
 * -cp "target/article-search.jar:target/lib/*:target/test-classes" bench/OcrBench.java [pages]
 * [runs]}
 */
public class OcrBench {
  private static final String[] WORDS =
      ("the council approved a new budget for the harbour after a long debate on fares ferries"
              + " pilots and the lighthouse while the mayor said that the island needs better"
              + " roads schools and a clinic before winter returns to the northern coast")
          .split(" ");

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir = Files.createTempDirectory("ocr-bench");
    List<Path> scans = new ArrayList<>();
    List<Path> layers = new ArrayList<>();
    Set<String> printed = new HashSet<>();
    for (int p = 0; p < pages; p++) {
      String[] lines = page(p);
      printed.addAll(Arrays.asList(String.join(" ", lines).split(" ")));
      scans.add(ScanFixtures.png(dir.resolve("scan-" + p + ".png"), lines));
      layers.add(
          ScanFixtures.pdf(dir.resolve("layer-" + p + ".pdf"), new String[] {"text:" + lines[0]}));
    }
    int threads = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "%d scanned pages, %d threads, %d runs%n", pages, threads, runs);
    List<Double> ocrRates = new ArrayList<>();
    List<Double> layerRates = new ArrayList<>();
    double recall = 0;
    try (TikaTextExtractor extractor =
        new TikaTextExtractor(TikaTextExtractor.Limits.DEFAULT, OcrSettings.DEFAULT)) {
      for (int run = 0; run <= runs; run++) { // run 0 warms up
        Timed ocr = extractAll(extractor, scans, threads);
        Timed layer = extractAll(extractor, layers, threads);
        if (run > 0) {
          ocrRates.add(pages / ocr.seconds());
          layerRates.add(pages / layer.seconds());
        }
        Set<String> read = new HashSet<>(Arrays.asList(ocr.text().split("\\s+")));
        recall = printed.stream().filter(read::contains).count() / (double) printed.size();
      }
    }
    double ocrMedian = median(ocrRates);
    double layerMedian = median(layerRates);
    System.out.printf(
        Locale.ROOT,
        "OCR: %.2f pages/s (median of %d); text layer: %.1f pages/s; OCR costs %.0fx a text"
            + " page; %.1f%% of the printed words read back%n",
        ocrMedian,
        runs,
        layerMedian,
        layerMedian / ocrMedian,
        100 * recall);
  }

  private record Timed(double seconds, String text) {}

  private static Timed extractAll(TikaTextExtractor extractor, List<Path> files, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<ExtractedText>> futures = new ArrayList<>();
    for (Path file : files) {
      futures.add(pool.submit(() -> extractor.extract(file)));
    }
    StringBuilder text = new StringBuilder();
    for (Future<ExtractedText> f : futures) {
      text.append(f.get().text().toLowerCase(Locale.ROOT)).append('\n');
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Timed(seconds, text.toString());
  }

  /** A page of twenty lines of seven words, different on every page. */
  private static String[] page(int p) {
    String[] lines = new String[20];
    for (int l = 0; l < lines.length; l++) {
      StringBuilder line = new StringBuilder();
      for (int w = 0; w < 7; w++) {
        line.append(w == 0 ? "" : " ").append(WORDS[(p * 31 + l * 7 + w * 3) % WORDS.length]);
      }
      lines[l] = line.toString();
    }
    return lines;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
