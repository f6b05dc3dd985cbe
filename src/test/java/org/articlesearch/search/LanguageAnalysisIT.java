package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.Span;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.testing.LanguageCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A German, a French, an Urdu and an English article read by the real pipeline: each is analysed in
 * its detected language, found by the forms of its words, and its snippet marks them.
 */
class LanguageAnalysisIT {
  private static LuceneArticleSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    Path dir = Files.createTempDirectory("languages");
    Path corpus = LanguageCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    Path index = dir.resolve("index");
    try (ArticlePipeline pipeline = ArticlePipeline.withoutRecognition();
        LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
    }
    searcher = LuceneArticleSearcher.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static String id(String name) {
    return ArticlePipeline.idFor(name + ".txt");
  }

  private static SearchResult search(String query) throws Exception {
    return searcher.search(SearchRequest.of(query));
  }

  @Test
  void eachArticleIsCountedUnderItsDetectedLanguage() throws Exception {
    assertThat(search("").facets().get("language"))
        .containsExactlyInAnyOrder(
            new FacetCount("de", 1),
            new FacetCount("en", 1),
            new FacetCount("fr", 1),
            new FacetCount("ur", 1));
  }

  @Test
  void wahlenFindsTheGermanArticleThatSaysWahlAndMarksIt() throws Exception {
    SearchResult result = search("Wahlen");
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly(id(LanguageCorpus.GERMAN));
    assertThat(result.hits().getFirst().snippet()).contains("<mark>Wahl</mark>");
  }

  @Test
  void aFrenchWordFindsItsElidedAndPluralForms() throws Exception {
    SearchResult hospital = search("hôpital");
    assertThat(hospital.hits())
        .extracting(SearchHit::id)
        .containsExactly(id(LanguageCorpus.FRENCH));
    // The elided article stays inside the word's offsets.
    assertThat(hospital.hits().getFirst().snippet()).contains("<mark>l&#x27;hôpital</mark>");
    assertThat(search("cheval").hits())
        .extracting(SearchHit::id)
        .containsExactly(id(LanguageCorpus.FRENCH));
  }

  @Test
  void anUrduArticleIsFoundByItsWordsAndTheyAreMarked() throws Exception {
    SearchResult result = search("انتخابات لاہور");
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly(id(LanguageCorpus.URDU));
    assertThat(result.hits().getFirst().snippet())
        .contains("<mark>لاہور</mark>")
        .contains("<mark>انتخابات</mark>");
  }

  @Test
  void aLanguageFilterKeepsThatLanguagesArticlesOnly() throws Exception {
    SearchResult french =
        searcher.search(SearchRequest.of("").withFilters(Map.of("language", List.of("fr"))));
    assertThat(french.hits()).extracting(SearchHit::id).containsExactly(id(LanguageCorpus.FRENCH));
  }

  @Test
  void theDocumentViewStepsThroughTheMatchesOfTheArticlesLanguage() throws Exception {
    List<Span> matches = searcher.matches(id(LanguageCorpus.GERMAN), "Wahlen");
    assertThat(matches).hasSize(1); // "Bei der Wahl am Sonntag"; the headline is not body
  }

  @Test
  void englishQueriesRankTheEnglishArticleAsBefore() throws Exception {
    assertThat(search("hospital").hits())
        .extracting(SearchHit::id)
        .containsExactly(id(LanguageCorpus.ENGLISH));
  }
}
