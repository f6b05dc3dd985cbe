package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.FacetCount;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchHit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Text read by OCR is a facet value on both backends, counted and filtered alike. */
class TextSourceFacetIT {
  @TempDir Path tmp;
  @RegisterExtension final TestIndices indices = new TestIndices("w-source");

  private static Article article(String id, Map<String, String> provenance) {
    return new Article(
        id,
        id + ".txt",
        "Harbour " + id,
        List.of(),
        null,
        null,
        "The harbour timetable changes in " + id + ".",
        List.of(),
        "text/plain",
        "hash-" + id,
        provenance,
        "en",
        null);
  }

  private static final List<Article> ARTICLES =
      List.of(
          article("scan", Map.of(Article.TEXT_SOURCE, Article.OCR_SOURCE + "2 pages")),
          article("typed", Map.of("title", "first-line")),
          article("partly", Map.of(Article.TEXT_SOURCE, Article.OCR_SOURCE + "1 page")));

  @Test
  void bothBackendsCountAndFilterTextFromOcr() throws Exception {
    Path index = tmp.resolve("index");
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      for (Article article : ARTICLES) {
        writer.add(article);
      }
      writer.commit();
    }
    OpenSearchConfig config = indices.config();
    try (OpenSearchArticleIndexWriter writer = OpenSearchArticleIndexWriter.open(config, true)) {
      for (Article article : ARTICLES) {
        writer.add(article);
      }
      writer.commit();
    }
    try (LuceneArticleSearcher local = LuceneArticleSearcher.open(index);
        OpenSearchArticleSearcher remote = OpenSearchArticleSearcher.open(config)) {
      for (ArticleSearcher searcher : List.<ArticleSearcher>of(local, remote)) {
        SearchResult all =
            searcher.search(new SearchRequest("harbour", Map.of(), SortOrder.RELEVANCE, 1, 10));
        assertThat(all.facets().get(IndexSchema.SOURCE))
            .containsExactly(new FacetCount(IndexSchema.TEXT_FROM_OCR, 2));

        SearchResult scans =
            searcher.search(
                new SearchRequest(
                    "harbour",
                    Map.of(IndexSchema.SOURCE, List.of("text from ocr")),
                    SortOrder.RELEVANCE,
                    1,
                    10));
        assertThat(scans.hits().stream().map(SearchHit::id))
            .containsExactlyInAnyOrder("scan", "partly");
      }
    }
  }
}
