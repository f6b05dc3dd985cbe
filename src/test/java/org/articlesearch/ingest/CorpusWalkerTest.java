package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder large enough to be stat'ed on every core, with sidecars, a subfolder, a hidden folder, a
 * broken link and a link back to the corpus: the walk finds what the tree walker would.
 */
class CorpusWalkerTest {
  @TempDir Path corpus;

  @Test
  void aLargeFolderIsListedWholeWithItsLinksAndFoldersAsOutcomes() throws Exception {
    Set<Path> articles = new TreeSet<>();
    for (int i = 0; i < 2_500; i++) {
      Path article = corpus.resolve("a-" + i + ".txt");
      Files.writeString(article, "Article " + i);
      articles.add(article);
      if (i % 2 == 0) {
        Files.writeString(corpus.resolve("a-" + i + ".meta.json"), "{\"title\": \"T " + i + "\"}");
      }
    }
    Path sub = Files.createDirectories(corpus.resolve("sub"));
    articles.add(Files.writeString(sub.resolve("deeper.html"), "<p>Deeper</p>"));
    Path hidden = Files.createDirectories(corpus.resolve(".git"));
    Files.writeString(hidden.resolve("config.txt"), "not an article");
    Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("missing.txt"));
    Files.createSymbolicLink(sub.resolve("back"), corpus);

    Files.writeString(corpus.resolve("a-1.txt.meta.json"), "{\"title\": \"By its full name\"}");

    CorpusWalker.Listing listing = CorpusWalker.walk(corpus);

    Map<Path, String> stamps = new HashMap<>();
    listing.files().forEach(f -> stamps.put(f.path(), f.stamp()));
    assertThat(new TreeSet<>(stamps.keySet())).isEqualTo(articles);
    assertThat(listing.files()).hasSize(articles.size());
    List<String> outcomes = new ArrayList<>();
    listing.unvisitable().forEach(o -> outcomes.add(o.path() + ": " + o.reason()));
    assertThat(outcomes)
        .containsExactlyInAnyOrder(
            "gone.txt: unreadable: broken symbolic link", "sub/back: symbolic link loop");
    // Each stamp is the file's size and time, then its two possible sidecars' ("-" when absent):
    // NAME.txt.meta.json, then NAME.meta.json.
    assertThat(stamps.get(corpus.resolve("a-2.txt")))
        .isEqualTo(part(corpus.resolve("a-2.txt")) + ";-;" + part(corpus.resolve("a-2.meta.json")));
    assertThat(stamps.get(corpus.resolve("a-1.txt")))
        .isEqualTo(
            part(corpus.resolve("a-1.txt"))
                + ";"
                + part(corpus.resolve("a-1.txt.meta.json"))
                + ";-");
    assertThat(stamps.get(corpus.resolve("a-3.txt"))).endsWith(";-;-");
  }

  @Test
  void aCorpusOfOneFileIsStampedWithItsSidecar() throws Exception {
    Path article = Files.writeString(corpus.resolve("only.txt"), "The only article");
    Files.writeString(corpus.resolve("only.meta.json"), "{\"title\": \"Only\"}");

    CorpusWalker.Listing listing = CorpusWalker.walk(article);

    assertThat(listing.files())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.stamp())
                    .isEqualTo(part(article) + ";-;" + part(corpus.resolve("only.meta.json"))));
  }

  private static String part(Path file) throws Exception {
    return FileStamp.sizeAndTime(Files.readAttributes(file, BasicFileAttributes.class));
  }
}
