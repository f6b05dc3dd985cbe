package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainContentExtractorTest {
  private static final String STORY =
      "<p>The council voted on Tuesday to keep the old ferry running, after a long"
          + " debate.</p><p>Residents had collected signatures for months, arguing that the"
          + " crossing is, for many, the only way to reach the hospital on the other"
          + " bank.</p><p>The operator said the boat would need new engines within two years, at a"
          + " cost the council has not yet found.</p>";

  private static String extract(String body) {
    return MainContentExtractor.extract(Jsoup.parse("<html><body>" + body + "</body></html>"));
  }

  @Test
  void keepsTheArticleParagraphsOnTheirOwnLines() {
    String text = extract("<article>" + STORY + "</article>");

    assertThat(text).startsWith("The council voted on Tuesday");
    assertThat(text.lines().filter(l -> !l.isBlank()).count()).isEqualTo(3);
  }

  @Test
  void leavesOutNavigationHeaderFooterAndAsides() {
    String text =
        extract(
            "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
                + "<header>Site banner</header><main>"
                + STORY
                + "</main>"
                + "<aside>Most read today</aside><footer>All rights reserved</footer>");

    assertThat(text)
        .contains("ferry running")
        .doesNotContain("Home", "Sport", "Site banner", "Most read", "rights");
  }

  @Test
  void leavesOutCommentsRelatedPostsNewslettersAndShareBars() {
    String text =
        extract(
            "<div class='story'>"
                + STORY
                + "</div><div class='share-bar'>Share on Facebook</div><div"
                + " class='related-posts'><p>Another story that is long enough to be a paragraph of"
                + " text.</p></div><div class='newsletter-signup'>Get our newsletter every morning,"
                + " straight to you.</div><div id='comments'><p>Great article, thank you so much"
                + " for writing it, really.</p></div>");

    assertThat(text)
        .contains("new engines")
        .doesNotContain("Share on Facebook", "Another story", "newsletter", "Great article");
  }

  @Test
  void picksTheBlockWithMostProseOverALinkList() {
    String links =
        "<ul>"
            + "<li><a href='/a'>A headline of another story in the list</a></li>".repeat(10)
            + "</ul>";
    String text =
        extract("<div class='col'>" + links + "</div><div class='col'>" + STORY + "</div>");

    assertThat(text).contains("ferry running").doesNotContain("another story in the list");
  }

  @Test
  void readsParagraphsWrittenAsDivsWithLineBreaks() {
    String text =
        extract(
            "<div class='post'><div>The harbour reopened today after a storm closed it, and the"
                + " first boats left at dawn.<br>Fishermen said the damage, though costly, was less"
                + " than they had feared.<br>Repairs to the pier will take the rest of the month,"
                + " the harbour master said.</div></div>");

    assertThat(text).contains("harbour reopened", "Repairs to the pier");
  }

  @Test
  void retriesWithoutClassRulesWhenAWrapperHasAFurnitureName() {
    // "page-ad-margins" wraps the whole page; dropping it by name would leave nothing.
    String text =
        extract("<div class='page-ad-margins'><div class='body-text'>" + STORY + "</div></div>");

    assertThat(text).contains("ferry running", "new engines");
  }

  @Test
  void readsTheNoscriptCopyOfAnArticleAScriptWouldRender() {
    String text =
        extract(
            "<div class='post-body'><script type='text/template'>"
                + STORY
                + "</script>"
                + "<noscript>"
                + STORY
                + "</noscript></div><div class='archive'><a href='/2020'>2020</a></div>");

    assertThat(text).contains("ferry running").doesNotContain("2020");
  }

  @Test
  void fallsBackToAllTextOnAPageWithoutParagraphs() {
    assertThat(extract("<div>Opening hours: 9 to 5</div>")).isEqualTo("Opening hours: 9 to 5");
  }
}
