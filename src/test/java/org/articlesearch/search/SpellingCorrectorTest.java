package org.articlesearch.search;

import static org.articlesearch.search.SmallIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typo tolerance on a hand-made index: corrections come from the index's own words. */
class SpellingCorrectorTest {
  @TempDir static Path dir;
  private static LuceneArticleSearcher searcher;

  @BeforeAll
  static void build() throws Exception {
    SmallIndex.write(
        dir,
        true,
        article(
            "m1",
            "General Musharraf",
            "Pervez Musharraf led the government. Musharraf's government fell in 2008.",
            "2008"),
        article("m2", "Coup", "The army under Musharraf took over the government.", "1999"),
        article("f1", "Ferry strike", "The ferry crews went on strike.", "2019"),
        article(
            "e1",
            "Proclamation",
            "The president signed the emancipation proclamation in a presidential order.",
            "1863"));
    searcher = LuceneArticleSearcher.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static SearchResult search(String q) throws Exception {
    return searcher.search(new SearchRequest(q, Map.of(), SortOrder.DATE, 1, 10));
  }

  @Test
  void aMisspeltWordWithNoHitsIsCorrectedAndTheCorrectionApplied() throws Exception {
    SearchResult result = search("musharaf");
    assertThat(result.didYouMean()).isEqualTo(new DidYouMean("musharraf", true));
    assertThat(result.query()).isEqualTo("musharaf");
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly("m1", "m2");
  }

  @Test
  void theCorrectionIsAWordAsWrittenNotAStem() throws Exception {
    assertThat(search("goverment").didYouMean()).isEqualTo(new DidYouMean("government", true));
  }

  @Test
  void aTypoInAWordTheStemmerShortensIsCorrectedToTheClosestWrittenWord() throws Exception {
    // "emancipation" is indexed as "emancip", three letters short of the typed "emancipaton".
    assertThat(search("emancipaton").didYouMean()).isEqualTo(new DidYouMean("emancipation", true));
    // Both "president" and "presidential" are near; the closer spelling wins.
    assertThat(search("presidnet").didYouMean()).isEqualTo(new DidYouMean("president", true));
    // Two letters swapped count as one edit.
    assertThat(search("musahrraf").didYouMean()).isEqualTo(new DidYouMean("musharraf", true));
  }

  @Test
  void onlyTheMisspeltWordChangesAndTheRestOfTheQueryStays() throws Exception {
    SearchResult result = search("strike OR musharaf");
    assertThat(result.didYouMean()).isEqualTo(new DidYouMean("strike OR musharraf", false));
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly("f1");
    // Corrected, it would still find nothing: offered, not applied, and the unknown word relaxed.
    SearchResult none = search("ferry musharaf");
    assertThat(none.didYouMean()).isEqualTo(new DidYouMean("ferry musharraf", false));
    assertThat(none.notRequired()).containsExactly("musharaf");
  }

  @Test
  void nothingIsOfferedForKnownWordsFieldValuesOrWordsWithNothingClose() throws Exception {
    assertThat(search("musharraf").didYouMean()).isNull();
    assertThat(search("person:musharaf").didYouMean()).isNull();
    assertThat(search("qqqzzzxxx").didYouMean()).isNull();
    assertThat(search("").didYouMean()).isNull();
  }
}
