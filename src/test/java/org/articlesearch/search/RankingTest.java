package org.articlesearch.search;

import static org.articlesearch.search.SmallIndex.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking on a hand-made index: proximity of the query's words, words a prefix stands for, and
 * recency among equals.
 */
class RankingTest {
  @TempDir static Path dir;
  private static LuceneArticleSearcher searcher;

  @BeforeAll
  static void build() throws Exception {
    String filler = " The weather was mild and the markets were quiet all week long.";
    SmallIndex.write(
        dir,
        true,
        // Both words in each, as often, and the same length: only their distance differs.
        article(
            "far",
            "Weekly notes",
            "The trade talks began." + filler + filler + " A new pipeline was discussed.",
            "2012"),
        article(
            "near",
            "Weekly notes",
            "The pipeline talks began." + filler + filler + " A new trade was discussed.",
            "2010"),
        article("old", "Harbour", "The harbour opened.", "1999"),
        article("new", "Harbour", "The harbour opened.", "2021"),
        article("undated", "Harbour", "The harbour opened.", (String) null),
        article(
            "immigration",
            "Ports",
            "Immigration rose. Immigration laws changed, and immigration slowed.",
            "2001"),
        article("immigrant", "Ports", "One immigrant arrived in a quiet week of trade.", "2005"),
        article("inventory", "Stock", inventory(), "2006"));
    searcher = LuceneArticleSearcher.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<String> ids(String q, SortOrder sort) throws Exception {
    return searcher.search(new SearchRequest(q, Map.of(), sort, 1, 10)).hits().stream()
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void wordsCloseTogetherRankFirst() throws Exception {
    assertThat(ids("pipeline talks", SortOrder.RELEVANCE)).containsExactly("near", "far");
    assertThat(ids("talks pipeline", SortOrder.RELEVANCE)).containsExactly("near", "far");
  }

  @Test
  void wordsAPrefixStandsForScoreAsThoseWords() throws Exception {
    List<SearchHit> hits =
        searcher.search(new SearchRequest("immigr*", Map.of(), SortOrder.RELEVANCE, 1, 10)).hits();
    assertThat(hits).extracting(SearchHit::id).containsExactly("immigration", "immigrant");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(ids("immi?r*", SortOrder.RELEVANCE)).containsExactly("immigration", "immigrant");
  }

  /** More words starting "zor" than a query may stand for: zorab, zorac, ... */
  private static String inventory() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 1_400; i++) {
      words
          .append("zor")
          .append((char) ('a' + i / 26 / 26 % 26))
          .append((char) ('a' + i / 26 % 26));
      words.append((char) ('a' + i % 26)).append(' ');
    }
    return words.toString();
  }

  @Test
  void aPrefixStandingForTooManyWordsIsRefused() {
    assertThatThrownBy(() -> ids("zor*", SortOrder.RELEVANCE))
        .isInstanceOfSatisfying(
            InvalidQueryException.class, e -> assertThat(e.code()).isEqualTo("too_many_terms"));
  }

  @Test
  void recencyBreaksTiesOfRelevanceNewestFirst() throws Exception {
    assertThat(ids("harbour", SortOrder.RECENCY)).containsExactly("new", "old", "undated");
    assertThat(ids("harbour", SortOrder.DATE)).containsExactly("new", "old", "undated");
    // Recency never overrides relevance: the nearer article is older but stays first.
    assertThat(ids("pipeline talks", SortOrder.RECENCY)).containsExactly("near", "far");
    assertThat(ids("pipeline talks", SortOrder.DATE)).containsExactly("far", "near");
  }
}
