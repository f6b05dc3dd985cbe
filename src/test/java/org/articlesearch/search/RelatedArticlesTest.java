package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More like this on a hand-made index: the article on the same subject comes first. */
class RelatedArticlesTest {
  @TempDir static Path dir;

  private static Article article(String id, String title, String body) {
    return new Article(
        id,
        id + ".txt",
        title,
        List.of("Ana Lima"),
        null,
        "Herald",
        body,
        List.of(),
        "text/plain",
        id,
        Map.of(),
        "en");
  }

  @BeforeAll
  static void build() throws Exception {
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(dir)) {
      writer.add(
          article(
              "f1",
              "Ferry strike",
              "The ferry crews went on strike. Ferry services stopped and the harbour ferry"
                  + " terminal closed during the strike."));
      writer.add(
          article(
              "f2",
              "Ferry strike over",
              "The ferry strike ended; ferry crews returned and the harbour reopened."));
      writer.add(
          article(
              "e1",
              "Election count",
              "The election count went on overnight. Election officials said the count was"
                  + " close."));
      writer.add(article("e2", "Election result", "The election result surprised officials."));
      writer.commit();
    }
  }

  @Test
  void theArticleOnTheSameSubjectComesFirstAndTheArticleItselfNever() throws Exception {
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dir)) {
      List<String> ferry = searcher.related("f1", 5).stream().map(SearchHit::id).toList();
      assertThat(ferry).startsWith("f2").doesNotContain("f1");
      List<String> election = searcher.related("e1", 5).stream().map(SearchHit::id).toList();
      assertThat(election).startsWith("e2").doesNotContain("e1");
      assertThat(searcher.related("e1", 1)).hasSize(1);
      assertThat(searcher.related("nosuch", 5)).isEmpty();
    }
  }
}
