package org.articlesearch.search;

import static org.articlesearch.search.SmallIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.article.Article;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries of plain words that only a few of several hundred articles have all of: those come first,
 * then the articles with all the words but one, where a word stemmed otherwise hides the best one.
 */
class WidenedSearchTest {
  @TempDir static Path dir;
  @AutoClose private static LuceneArticleSearcher searcher;

  @BeforeAll
  static void build() throws Exception {
    List<Article> articles = new ArrayList<>();
    articles.add(
        article("found", "Divers", "The divers discovered a wreck in the harbour.", "2001-05-01"));
    articles.add(
        article(
            "discovery",
            "The wreck",
            "The discovery of the wreck in the harbour, the oldest in the harbour, surprised the"
                + " divers. The wreck is a galleon.",
            "2002-05-01"));
    articles.add(article("other", "Harbour", "The harbour fees rose again.", "2003-05-01"));
    for (int i = 0; i < 300; i++) {
      articles.add(
          article("market" + i, "Market " + i, "Prices at the market rose by " + i + ".", null));
    }
    searcher = SmallIndex.searcherOver(dir, articles.toArray(Article[]::new));
  }

  @Test
  void aFewHitsAreFollowedByTheArticlesWithAllTheWordsButOne() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("wreck discovered harbour"));

    assertThat(result.hits()).extracting(SearchHit::id).containsExactly("found", "discovery");
    assertThat(result.notice())
        .isEqualTo(
            "Only 1 article has all the words, so articles with all but one of them follow.");
    assertThat(result.notRequired()).containsExactly("wreck", "discovered", "harbour");
  }

  @Test
  void enoughHitsOrNoArticleWithAllButOneLeaveTheQueryStrict() throws Exception {
    // "prices rose" is in 300 articles; "divers wreck galleon" has no article with two of them
    // beyond the one with all three.
    assertThat(searcher.search(SearchRequest.of("prices rose")).notice()).isNull();
    SearchResult galleon = searcher.search(SearchRequest.of("galleon wreck discovery"));
    assertThat(galleon.hits()).extracting(SearchHit::id).containsExactly("discovery");
    assertThat(galleon.notice()).isNull();
  }
}
