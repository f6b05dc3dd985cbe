package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.Span;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search stage on a small hand-made index: no Tika, no NER. */
class LuceneArticleSearcherTest {
  @TempDir static Path dir;

  private static Article article(
      String id, String title, String body, String author, String date, String person) {
    return SmallIndex.article(
        id,
        title,
        body,
        author,
        date,
        new NamedEntity(person, EntityType.PERSON, 1, List.of(person), List.of()));
  }

  @BeforeAll
  static void build() throws Exception {
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(dir)) {
      writer.add(
          article(
              "a1",
              "Ferry strike ends",
              "The ferry strike ended <b>today</b> & talks resume.",
              "Ana Lima",
              "2018-09-11",
              "Omar Haddad"));
      writer.add(
          article(
              "a2",
              "Harbour plan",
              "The harbour plan includes a new ferry terminal.",
              "Ana Lima",
              "2020-01-02",
              "Mei Chen"));
      writer.add(
          article(
              "a3",
              "Détente in the port",
              "Unions and owners reach détente over ferry schedules.",
              "Sara Berg",
              null,
              "Omar Haddad"));
      writer.commit();
    }
  }

  private static SearchResult search(String q, Map<String, List<String>> filters, SortOrder sort)
      throws Exception {
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dir)) {
      return searcher.search(new SearchRequest(q, filters, sort, 1, 10));
    }
  }

  @Test
  void facetCountsStayMultiSelectWithinADimension() throws Exception {
    SearchResult result =
        search("ferry", Map.of("author", List.of("Sara Berg")), SortOrder.RELEVANCE);
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.facets().get("author"))
        .containsExactly(new FacetCount("Ana Lima", 2), new FacetCount("Sara Berg", 1));
    assertThat(result.facets().get("year")).containsExactlyInAnyOrder(new FacetCount("Unknown", 1));
  }

  @Test
  void dateOrderPutsTheNewestFirstAndTheUndatedLast() throws Exception {
    assertThat(search("ferry", Map.of(), SortOrder.DATE).hits())
        .extracting(SearchHit::id)
        .containsExactly("a2", "a1", "a3");
  }

  @Test
  void oldestOrderPutsTheOldestFirstAndTheUndatedLast() throws Exception {
    assertThat(search("ferry", Map.of(), SortOrder.OLDEST).hits())
        .extracting(SearchHit::id)
        .containsExactly("a1", "a2", "a3");
    assertThat(search("", Map.of(), SortOrder.OLDEST).hits().get(0).id()).isEqualTo("a1");
  }

  @Test
  void snippetsEscapeTheTextAndMarkTheMatches() throws Exception {
    String snippet = search("today", Map.of(), SortOrder.RELEVANCE).hits().get(0).snippet();
    assertThat(snippet)
        .contains("&lt;b&gt;<mark>today</mark>&lt;&#x2F;b&gt; &amp; talks")
        .doesNotContain("<b>");
  }

  @Test
  void accentsFoldAndTitlesCount() throws Exception {
    assertThat(search("detente", Map.of(), SortOrder.RELEVANCE).hits())
        .extracting(SearchHit::id)
        .containsExactly("a3");
    assertThat(search("harbour", Map.of(), SortOrder.RELEVANCE).hits().get(0).id()).isEqualTo("a2");
  }

  @Test
  void malformedQueriesFallBackToTheirWordsWithANotice() throws Exception {
    SearchResult open = search("\"open ferry", Map.of(), SortOrder.RELEVANCE);
    assertThat(open.notice()).contains("closing quote is missing").contains("open ferry");
    assertThat(open.total()).isZero(); // no article has both words
    SearchResult strike = search("ferry strike)", Map.of(), SortOrder.RELEVANCE);
    assertThat(strike.hits()).extracting(SearchHit::id).containsExactly("a1");
    assertThat(strike.notice()).isNotNull();
    assertThat(search("*harbour", Map.of(), SortOrder.RELEVANCE).hits())
        .extracting(SearchHit::id)
        .containsExactly("a2");
    SearchResult nothing = search("((( ", Map.of(), SortOrder.RELEVANCE);
    assertThat(nothing.total()).isZero();
    assertThat(nothing.notice()).endsWith("and no word is left to search.");
    assertThat(search("ferry", Map.of(), SortOrder.RELEVANCE).notice()).isNull();
  }

  @Test
  void limitsAreStillErrors() {
    assertThatThrownBy(() -> search("fe*", Map.of(), SortOrder.RELEVANCE))
        .isInstanceOfSatisfying(
            InvalidQueryException.class, e -> assertThat(e.code()).isEqualTo("query_too_broad"));
  }

  @Test
  void facetValuesMatchTheStartOfAnyWord() throws Exception {
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dir)) {
      List<FacetCount> all = searcher.facetValues(SearchRequest.of(""), "person");
      assertThat(FacetValueSearch.top(all, "had", 10))
          .containsExactly(new FacetCount("Omar Haddad", 2));
      assertThat(FacetValueSearch.top(all, "", 1))
          .containsExactly(new FacetCount("Omar Haddad", 2));
    }
  }

  @Test
  void aBodyLongerThanItsDocValueIsShownAndSteppedThroughWhole(@TempDir Path longDir)
      throws Exception {
    String start = "The ferry strike ended today. ";
    String filler = "Talks went on. ".repeat(IndexSchema.SNIPPET_SOURCE_CHARS / 15);
    String body = start + filler + "The lighthouse reopened.";
    assertThat(body.indexOf("lighthouse")).isGreaterThan(IndexSchema.SNIPPET_SOURCE_CHARS);
    SmallIndex.write(longDir, true, SmallIndex.article("long", "Long", body, "2019-01-01"));
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(longDir)) {
      assertThat(searcher.document("long").orElseThrow().body()).isEqualTo(body);
      int at = body.indexOf("lighthouse");
      assertThat(searcher.matches("long", "lighthouse")).containsExactly(new Span(at, at + 10));
      SearchHit hit =
          searcher
              .search(new SearchRequest("ferry", Map.of(), SortOrder.RELEVANCE, 1, 10))
              .hits()
              .get(0);
      assertThat(hit.snippet()).contains("<mark>ferry</mark>");
    }
  }
}
