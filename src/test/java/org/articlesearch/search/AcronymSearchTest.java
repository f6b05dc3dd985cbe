package org.articlesearch.search;

import static org.articlesearch.search.SmallIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words in capitals are acronyms, never stemmed into other words. */
class AcronymSearchTest {
  @AutoClose private static LuceneArticleSearcher searcher;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    searcher =
        SmallIndex.searcherOver(
            dir,
            article("isi", "Spy chief", "The ISI chief resigned in Islamabad.", "2019"),
            article("isis", "Retreat", "ISIS fighters retreated from the town.", "2017"),
            article("river", "Oxford", "Rowers on the isis at dawn.", "2015"),
            article("running", "Marathon", "RUNNING in the rain, runners ran on.", "2014"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Capitals: the exact word only.
        "ISIS|isis",
        "ISI|isi river",
        // Lower case: the stem and the exact form.
        "isis|isi isis river",
        // A phrase: its words as indexed, capitals exact and the others stemmed.
        "\"ISIS fighters\"|isis",
        "\"isis fighters\"|''",
        "running|running",
        "run|''",
        "runners|running",
      })
  void capitalsMatchExactlyAndLowerCaseMatchesStemAndExactForm(String q, String expected)
      throws Exception {
    assertThat(
            searcher.search(SearchRequest.of(q)).hits().stream()
                .map(SearchHit::id)
                .sorted()
                .toList())
        .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
  }
}
