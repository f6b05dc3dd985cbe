package org.articlesearch.search;

import static org.articlesearch.search.SmallIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries of plain words that no article has all of, on a hand-made index. */
class RelaxedSearchTest {
  @TempDir static Path dir;
  @AutoClose private static LuceneArticleSearcher searcher;

  @BeforeAll
  static void build() throws Exception {
    searcher =
        SmallIndex.searcherOver(
            dir,
            article(
                "vienna",
                "Kennedy in Vienna",
                "Kennedy met the premier in Berlin and Vienna.",
                "1961"),
            article(
                "speech",
                "Kennedy Kennedy",
                "Kennedy spoke. Kennedy left. Kennedy returned.",
                "1962"),
            article("moon1", "Moon", "The moon landing.", "1969"),
            article("moon2", "Moon", "A moon rock.", "1970"),
            article("moon3", "Moon", "The moon again.", "1971"),
            article("berlin1", "Berlin", "Berlin wall.", "1989"),
            article("berlin2", "Berlin", "Berlin airlift.", "1948"),
            article("berlin3", "Berlin", "Berlin film festival.", "1990"));
  }

  private static SearchResult search(String q) throws Exception {
    return searcher.search(SearchRequest.of(q));
  }

  @Test
  void theCommonestWordsGoFirstAndHitsWithMoreOfTheWordsRankFirst() throws Exception {
    // kennedy is in 2 articles, moon in 3, berlin in 4; none has kennedy with moon.
    SearchResult result = search("kennedy moon berlin");
    assertThat(result.notRequired()).containsExactly("moon", "berlin");
    assertThat(result.notice())
        .isEqualTo(
            "No article has all the words, so \u201cmoon\u201d and \u201cberlin\u201d were not"
                + " required; articles with more of the words come first.");
    // The speech says Kennedy three times, but Vienna has Berlin too.
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly("vienna", "speech");
  }

  @Test
  void aWordNoArticleHasIsNeverRequired() throws Exception {
    SearchResult result = search("berlin lockdown wall");
    assertThat(result.notRequired()).containsExactly("lockdown");
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly("berlin1");
  }

  @Test
  void queriesThatFindSomethingPhrasesOperatorsAndExclusionsStayStrict() throws Exception {
    for (String q :
        List.of(
            "kennedy vienna",
            "\"kennedy moon\"",
            "kennedy AND moon",
            "kennedy moon -wall",
            "title:kennedy moon")) {
      SearchResult result = search(q);
      assertThat(result.notRequired()).as(q).isEmpty();
    }
    assertThat(search("kennedy AND moon").total()).isZero();
    assertThat(search("kennedy vienna").hits()).extracting(SearchHit::id).containsExactly("vienna");
  }
}
