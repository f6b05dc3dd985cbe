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
            article("vienna", "Kennedy in Vienna", "Kennedy met the premier in Berlin.", "1961"),
            article("apollo", "Apollo", "Kennedy promised the moon.", "1962"),
            article(
                "speech",
                "Kennedy Kennedy",
                "Kennedy spoke. Kennedy left. Kennedy returned.",
                "1963"),
            article("moon1", "Moon", "The moon landing.", "1969"),
            article("moon2", "Moon", "A moon rock.", "1970"),
            article("berlin1", "Berlin", "Berlin wall.", "1989"),
            article("berlin2", "Berlin", "Berlin airlift.", "1948"));
  }

  private static SearchResult search(String q) throws Exception {
    return searcher.search(SearchRequest.of(q));
  }

  @Test
  void articlesWithAsManyOfTheWordsAsAnyHasAreFound() throws Exception {
    // No article has all three; two have two of them.
    SearchResult result = search("kennedy moon berlin");
    assertThat(result.notRequired()).containsExactly("kennedy", "moon", "berlin");
    assertThat(result.notice())
        .isEqualTo("No article has all the words, so articles with 2 of them are shown.");
    assertThat(result.hits())
        .extracting(SearchHit::id)
        .containsExactlyInAnyOrder("vienna", "apollo");
  }

  @Test
  void aWordNoArticleHasIsNeverRequired() throws Exception {
    SearchResult result = search("berlin lockdown wall");
    assertThat(result.notRequired()).containsExactly("lockdown");
    assertThat(result.notice())
        .isEqualTo("No article has \u201clockdown\u201d, so it was not required.");
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly("berlin1");
    SearchResult both = search("kennedy lockdown moon berlin");
    assertThat(both.notRequired()).containsExactly("kennedy", "lockdown", "moon", "berlin");
    assertThat(both.notice())
        .isEqualTo(
            "No article has \u201clockdown\u201d, so it was not required; no article has all the"
                + " others, so articles with 2 of them are shown.");
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
      assertThat(search(q).notRequired()).as(q).isEmpty();
    }
    assertThat(search("kennedy AND moon berlin").total()).isZero();
    assertThat(search("kennedy vienna").hits()).extracting(SearchHit::id).containsExactly("vienna");
  }
}
