package org.articlesearch.search;

import static org.articlesearch.search.SmallIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More like this and export on a hand-made index. */
class RelatedArticlesTest {
  @TempDir static Path dir;

  @BeforeAll
  static void build() throws Exception {
    SmallIndex.write(
        dir,
        true,
        article(
            "f1",
            "Ferry strike",
            "The ferry crews went on strike. Ferry services stopped and the harbour ferry"
                + " terminal closed during the strike.",
            "2019-01-01"),
        article(
            "f2",
            "Ferry strike over",
            "The ferry strike ended; ferry crews returned and the harbour reopened.",
            "2019-02-01"),
        article(
            "e1",
            "Election count",
            "The election count went on overnight. Election officials said the count was"
                + " close.",
            "2020-01-01"),
        article("e2", "Election result", "The election result surprised officials.", null));
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

  @Test
  void exportStopsAtItsCapButReportsEveryMatch() throws Exception {
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dir)) {
      List<String> rows = new ArrayList<>();
      long[] total = {-1};
      ExportSink sink =
          new ExportSink() {
            @Override
            public void start(long matched) {
              total[0] = matched;
            }

            @Override
            public void row(ExportRow row) {
              rows.add(row.id() + " " + row.date());
            }
          };
      searcher.export(new SearchRequest("", Map.of(), SortOrder.DATE, 1, 10), 3, sink);
      assertThat(total[0]).isEqualTo(4);
      assertThat(rows).containsExactly("e1 2020-01-01", "f2 2019-02-01", "f1 2019-01-01");
    }
  }
}
