import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.articlesearch.index.CopyGroups;
import org.articlesearch.index.CopySignature;

/**
 * Scores copy grouping on a labelled set made from the State of the Union passages: some passages
 * get one to three copies with the edits syndication makes (another headline, a byline line, a
 * footer, a trimmed sentence, a few words changed), and every other passage, many of them on the
 * same topic as a copied one, is a hard negative. Prints pairwise precision and recall per
 * threshold.
 *
 * <p>Usage: {@code java -cp "target/article-search.jar:target/lib/*" bench/CopyBench.java
 * PASSAGES_DIR [copied passages, default 400]}, where PASSAGES_DIR is what {@code bench/Corpora.java
 * passages} wrote.
 */
public class CopyBench {
  private static final String[] HEADLINES = {
    "President lays out agenda in annual address",
    "WASHINGTON — Highlights from the State of the Union",
    "Full text: the President's message to Congress",
    "What the President told Congress",
  };
  private static final String[] BYLINES = {
    "By Jane Hollis, Associated Press", "By Staff Reporter", "From our Washington bureau",
    "By Mark Ellery and Ruth Dane | Reuters",
  };
  private static final String[] FOOTERS = {
    "Copyright 2024 The Daily Ledger. All rights reserved. This material may not be published,"
        + " broadcast, rewritten or redistributed.",
    "Distributed by Tribune Content Agency.",
    "Read more of our coverage of Congress at our website. Sign up for the morning newsletter.",
  };
  private static final String[] WORDS = {
    "nation", "country", "people", "Americans", "government", "today", "now", "must", "will",
  };

  /** One text of the labelled set and the passage it is a copy of (itself for an original). */
  record Item(String id, String story, String text) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int copied = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    List<Item> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString().replace(".txt", "");
        items.add(new Item(name, name, Files.readString(f, StandardCharsets.UTF_8).strip()));
      }
    }
    Random random = new Random(21);
    List<Item> originals = List.copyOf(items);
    for (int n = 0; n < copied; n++) {
      Item original = originals.get(random.nextInt(originals.size()));
      int copies = 1 + random.nextInt(3);
      for (int c = 0; c < copies; c++) {
        items.add(
            new Item(
                original.id() + "_copy" + n + "_" + c,
                original.story(),
                edited(original.text(), random)));
      }
    }
    for (Item item : items) {
      CopySignature.of(item.text()); // warms the JIT up
    }
    long start = System.nanoTime();
    List<CopyGroups.Member> members = new ArrayList<>();
    for (Item item : items) {
      members.add(new CopyGroups.Member(item.id(), CopySignature.of(item.text()), 0));
    }
    long signed = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%d texts (%d passages, the rest copies); signatures %.1f µs a text%n",
        items.size(),
        originals.size(),
        (signed - start) / 1e3 / items.size());
    System.out.println("threshold  precision  recall  grouping ms");
    for (double threshold : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
      long t0 = System.nanoTime();
      Map<String, CopyGroups.Group> groups = CopyGroups.of(members, threshold);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long[] counts = pairCounts(items, groups);
      if (System.getenv("COPY_BENCH_SHOW") != null && threshold == 0.5) {
        showWrong(items, groups);
      }
      System.out.printf(
          Locale.ROOT,
          "%9.2f  %9.4f  %6.4f  %d%n",
          threshold,
          counts[1] == 0 ? 1.0 : (double) counts[0] / counts[1],
          (double) counts[0] / counts[2],
          ms);
    }
  }

  private static void showWrong(List<Item> items, Map<String, CopyGroups.Group> groups) {
    Map<String, List<Item>> byGroup = new HashMap<>();
    for (Item item : items) {
      byGroup.computeIfAbsent(groups.get(item.id()).id(), k -> new ArrayList<>()).add(item);
    }
    for (List<Item> group : byGroup.values()) {
      if (group.stream().map(Item::story).distinct().count() > 1) {
        System.out.println("--- mixed group:");
        group.forEach(i -> System.out.println(i.id() + ": " + i.text().substring(0, Math.min(150, i.text().length())).replace("\n", " ")));
      }
    }
  }

  /** Returns the pairs found and right, the pairs found, and the true pairs. */
  private static long[] pairCounts(List<Item> items, Map<String, CopyGroups.Group> groups) {
    Map<String, Integer> predicted = new HashMap<>();
    Map<String, Integer> truth = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Item item : items) {
      String group = groups.get(item.id()).id();
      predicted.merge(group, 1, Integer::sum);
      truth.merge(item.story(), 1, Integer::sum);
      both.merge(group + "\n" + item.story(), 1, Integer::sum);
    }
    return new long[] {pairs(both), pairs(predicted), pairs(truth)};
  }

  private static long pairs(Map<String, Integer> sizes) {
    long pairs = 0;
    for (int n : sizes.values()) {
      pairs += (long) n * (n - 1) / 2;
    }
    return pairs;
  }

  /** Returns a copy with one to four of the edits a syndicating outlet makes. */
  static String edited(String text, Random random) {
    List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
    int edits = 1 + random.nextInt(4);
    StringBuilder head = new StringBuilder();
    StringBuilder foot = new StringBuilder();
    for (int e = 0; e < edits; e++) {
      switch (random.nextInt(5)) {
        case 0 -> head.insert(0, HEADLINES[random.nextInt(HEADLINES.length)] + "\n\n");
        case 1 -> head.append(BYLINES[random.nextInt(BYLINES.length)]).append("\n\n");
        case 2 -> foot.append("\n\n").append(FOOTERS[random.nextInt(FOOTERS.length)]);
        case 3 -> {
          if (sentences.size() > 2) {
            sentences.remove(random.nextBoolean() ? 0 : sentences.size() - 1);
          }
        }
        default -> {
          for (int w = 0; w < 3; w++) {
            int s = random.nextInt(sentences.size());
            String[] words = sentences.get(s).split(" ");
            words[random.nextInt(words.length)] = WORDS[random.nextInt(WORDS.length)];
            sentences.set(s, String.join(" ", words));
          }
        }
      }
    }
    return head + String.join(" ", sentences) + foot;
  }
}
