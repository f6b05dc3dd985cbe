package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    CorpusWalker.Listing listing = CorpusWalker.walk(corpus);

    assertThat(new TreeSet<>(listing.files())).isEqualTo(articles);
    assertThat(listing.files()).hasSize(articles.size());
    List<String> outcomes = new ArrayList<>();
    listing.unvisitable().forEach(o -> outcomes.add(o.path() + ": " + o.reason()));
    assertThat(outcomes)
        .containsExactlyInAnyOrder(
            "gone.txt: unreadable: broken symbolic link", "sub/back: symbolic link loop");
    // Every regular file's size and time, sidecars included, and nothing from the hidden folder.
    assertThat(listing.sizesAndTimes()).hasSize(2_500 + 1_250 + 1);
    Path withSidecar = corpus.resolve("a-2.txt");
    String stamp = listing.stamp(withSidecar);
    assertThat(stamp)
        .startsWith(Files.size(withSidecar) + ":")
        .contains(";" + Files.size(corpus.resolve("a-2.meta.json")) + ":");
    assertThat(listing.stamp(corpus.resolve("a-1.txt"))).endsWith(";-;-");
  }
}
