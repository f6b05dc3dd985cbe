package org.articlesearch.search;

import static org.articlesearch.search.SmallIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typo tolerance on a hand-made index: corrections come from the index's own words; while the user
 * is typing, the last word is a prefix and only clear corrections are made.
 */
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
            "1863"),
        article("t1", "Steel", "A tariff on steel.", "2018"),
        article("t2", "Cars", "The tariff on cars rose.", "2019"),
        article("t3", "Trade", "Every tariff was cut.", "2020"),
        article("t4", "Port", "The ship tarries in port.", "2021"),
        article("k1", "Kremlin", "The Kremlin talks with the Taliban went on.", "2018"),
        article("k2", "Power", "Power-sharing was agreed in Moscow.", "2019"),
        article("g2", "Vote", "A new government was formed in Moscow.", "2021"));
    searcher = LuceneArticleSearcher.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static SearchResult search(String q) throws Exception {
    return searcher.search(new SearchRequest(q, Map.of(), SortOrder.DATE, 1, 10));
  }

  /** Searches a query the user is still typing. */
  private static SearchResult typing(String q) throws Exception {
    return searcher.search(new SearchRequest(q, Map.of(), SortOrder.DATE, 1, 10, null, null, true));
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
  void amongEquallyCloseCorrectionsTheMoreFrequentWordWins() throws Exception {
    // Both are two edits from "tarrif"; "tariff" is in three articles, "tarries" in one.
    assertThat(search("tarrif").didYouMean()).isEqualTo(new DidYouMean("tariff", true));
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

  @Test
  void theLastWordTypedFindsTheWordsItStarts() throws Exception {
    assertThat(typing("Krem").hits()).extracting(SearchHit::id).containsExactly("k1");
    assertThat(typing("Tali").hits()).extracting(SearchHit::id).containsExactly("k1");
    assertThat(typing("Tali").didYouMean()).isNull();
    assertThat(typing("mosc").hits()).extracting(SearchHit::id).containsExactly("g2", "k2");
    assertThat(typing("mosc").didYouMean()).isNull();
    // Only the last word: the others are finished.
    assertThat(typing("government mosc").hits()).extracting(SearchHit::id).containsExactly("g2");
    // "mosc" finished is no word: no article has both, so only "government" is required.
    assertThat(typing("mosc government").notRequired()).containsExactly("mosc");
    // A finished word still matches though its stem is shorter than it ("govern").
    assertThat(typing("government").hits())
        .extracting(SearchHit::id)
        .containsExactly("g2", "m1", "m2");
    assertThat(typing("Krem").hits().getFirst().snippet()).contains("<mark>Kremlin</mark>");
  }

  @Test
  void aSubmittedSearchIsExact() throws Exception {
    assertThat(search("Krem").total()).isZero();
    assertThat(search("mosc").total()).isZero();
  }

  @Test
  void whileTypingOnlyAClearCorrectionIsApplied() throws Exception {
    // One edit from a word in two articles: applied.
    SearchResult corrected = typing("goverment");
    assertThat(corrected.didYouMean()).isEqualTo(new DidYouMean("government", true));
    assertThat(corrected.hits()).extracting(SearchHit::id).containsExactly("g2", "m1", "m2");
    // One edit from a word in one article only: left alone while typing, applied when submitted.
    assertThat(typing("strika").didYouMean()).isNull();
    assertThat(search("strika").didYouMean()).isEqualTo(new DidYouMean("strike", true));
    // Two edits away: left alone while typing.
    assertThat(typing("Shang").total()).isZero();
    assertThat(typing("Shang").didYouMean()).isNull();
  }
}
