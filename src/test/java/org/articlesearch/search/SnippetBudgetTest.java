package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets keep to a budget of characters however long the article's sentences are. */
class SnippetBudgetTest {
  @TempDir Path dir;

  /** One sentence of some 3,000 characters, as old addresses have, with the match far inside. */
  private static String longSentence() {
    StringBuilder text = new StringBuilder("The treaty with the nations of the west");
    for (int i = 0; i < 60; i++) {
      text.append(", and the duties levied upon the commerce of the several states");
      if (i == 30) {
        text.append(", and the canal across the isthmus of Panama & its <locks>");
      }
    }
    return text.append(".").toString();
  }

  @Test
  void aSentenceOfThousandsOfCharactersGivesAShortSnippetAroundTheMatch() throws Exception {
    String body = longSentence() + " " + longSentence().replace("Panama", "Darien");
    try (LuceneArticleSearcher searcher =
        SmallIndex.searcherOver(
            dir, SmallIndex.article("a1", "Annual message", body, "1901-12-03"))) {
      String snippet = searcher.search(SearchRequest.of("panama")).hits().get(0).snippet();
      String shown = snippet.replaceAll("</?mark>", "");

      assertThat(body.length()).isGreaterThan(6000);
      assertThat(shown.length())
          .isLessThanOrEqualTo(2 * BudgetPassageFormatter.MAX_PASSAGE_CHARS + 10);
      assertThat(snippet).contains("<mark>Panama</mark>").contains("&amp; its &lt;locks&gt;");
      assertThat(shown).startsWith("… ").contains(" …");
      // Cut at word boundaries: the words at each end are whole words of the text.
      String[] words = shown.replace("…", "").strip().split("\\s+");
      assertThat(body).contains(" " + words[0].replaceAll("[,.]", ""));
    }
  }

  @Test
  void shortSentencesAreShownWhole() throws Exception {
    String body =
        "Harbour fees rose in May. The ferry to the island now leaves at nine. Nobody was told.";
    try (LuceneArticleSearcher searcher =
        SmallIndex.searcherOver(dir, SmallIndex.article("a1", "Fees", body, "2019-05-02"))) {
      String snippet = searcher.search(SearchRequest.of("ferry")).hits().get(0).snippet();

      assertThat(snippet).contains("The <mark>ferry</mark> to the island now leaves at nine.");
      assertThat(snippet).doesNotStartWith("…");
    }
  }
}
