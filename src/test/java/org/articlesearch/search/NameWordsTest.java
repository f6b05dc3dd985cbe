package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names written two ways ("Mc Kinley", "McKinley") are found either way. */
class NameWordsTest {
  @TempDir Path dir;

  @Test
  void wordsWrittenApartReadAsOne() {
    assertThat(NameWords.match("william mc kinley", "mckinley", false)).isTrue();
    assertThat(NameWords.match("william mckinley", "mc kinley", false)).isTrue();
    assertThat(NameWords.match("william mc kinley", "mckin", true)).isTrue();
    assertThat(NameWords.match("william mc kinley", "william mc", true)).isTrue();
    assertThat(NameWords.match("sarfraz ahmed rana", "ahmed rana", false)).isTrue();
    assertThat(NameWords.match("jean-luc picard", "luc", false)).isTrue();
  }

  @Test
  void aWholeWordIsNotTheStartOfOne() {
    assertThat(NameWords.match("william mc kinley", "mckin", false)).isFalse();
    assertThat(NameWords.match("william mc kinley", "illiam", true)).isFalse();
    assertThat(NameWords.match("willia mc", "williamc", true)).isTrue();
    assertThat(NameWords.match("william mc kinley", "williamc", true)).isFalse();
  }

  @Test
  void theFieldQueryTheFindBoxAndTheSuggestionsAllFindTheOtherSpelling() throws Exception {
    try (LuceneArticleSearcher searcher =
        SmallIndex.searcherOver(
            dir,
            SmallIndex.article(
                "a1",
                "Annual message",
                "The tariff bill passed.",
                "William Mc Kinley",
                "1897-12-06"),
            SmallIndex.article(
                "a2", "Annual message", "The war with Spain.", "Grover Cleveland", "1896-12-07"))) {
      assertThat(searcher.search(SearchRequest.of("author:mckinley")).hits())
          .extracting(SearchHit::id)
          .containsExactly("a1");
      assertThat(
              FacetValueSearch.top(
                  searcher.facetValues(SearchRequest.of(""), "author"), "mckin", 10))
          .extracting(FacetCount::value)
          .containsExactly("William Mc Kinley");
      List<Suggestion> suggestions = searcher.suggest("mckinl", 5);
      assertThat(suggestions).extracting(Suggestion::text).contains("William Mc Kinley");
    }
  }
}
