package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataExtractorTest {
  private static Map<String, List<String>> extract(String html) {
    return HtmlMetadataExtractor.extract(Jsoup.parse(html));
  }

  @Test
  void readsHeadlineAuthorsDateAndPublisherOfAJsonLdNewsArticle() {
    var metadata =
        extract(
            """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Dam Opens",
             "datePublished": "2024-02-01T09:00:00+01:00",
             "author": [{"@type": "Person", "name": "Ines Duarte"}, "Tomas Berg"],
             "publisher": {"@type": "Organization", "name": "Valley Courier"}}
            </script>\
            """);

    assertThat(metadata.get("jsonld:headline")).containsExactly("Dam Opens");
    assertThat(metadata.get("jsonld:author")).containsExactly("Ines Duarte", "Tomas Berg");
    assertThat(metadata.get("jsonld:datePublished")).containsExactly("2024-02-01T09:00:00+01:00");
    assertThat(metadata.get("jsonld:publisher")).containsExactly("Valley Courier");
  }

  @Test
  void followsGraphReferencesAndKeepsOrganisationAuthorsApart() {
    var metadata =
        extract(
            """
            <script type="application/ld+json">
            {"@graph": [
              {"@type": ["BlogPosting"], "headline": "Notes", "author": {"@id": "#org"}},
              {"@type": "Organization", "@id": "#org", "name": "Field Notes Team"}]}
            </script>\
            """);

    assertThat(metadata.get("jsonld:author-organization")).containsExactly("Field Notes Team");
    assertThat(metadata).doesNotContainKey("jsonld:author");
  }

  @Test
  void keepsWebPageFieldsUnderTheirOwnPrefix() {
    var metadata =
        extract(
            """
            <script type="application/ld+json">
            {"@type": "WebPage", "datePublished": "2021-05-05", "author": {"name": "Kai Moreno"}}
            </script>\
            """);

    assertThat(metadata.get("jsonld-page:datePublished")).containsExactly("2021-05-05");
    assertThat(metadata.get("jsonld-page:author")).containsExactly("Kai Moreno");
  }

  @Test
  void aBrokenJsonLdBlockNamesNothingAndDoesNotThrow() {
    var metadata =
        extract(
            "<script type='application/ld+json'>{\"@type\": \"Article\", </script><h1>Still"
                + " Here</h1>");

    assertThat(metadata).doesNotContainKey("jsonld:headline");
    assertThat(metadata.get("html:h1")).containsExactly("Still Here");
  }

  @Test
  void readsMetaTagsByNameOrPropertyInLowerCaseWithContentOrValue() {
    var metadata =
        extract(
            """
            <meta name="Author" content="Ola Nordmann">
            <meta property="og:title" content="Storm Warning">
            <meta name="DC.date.issued" content="2020-03-04">
            <meta name="article:published_time" value="2020-03-04T10:00:00Z">\
            """);

    assertThat(metadata.get("author")).containsExactly("Ola Nordmann");
    assertThat(metadata.get("dc:creator")).containsExactly("Ola Nordmann");
    assertThat(metadata.get("og:title")).containsExactly("Storm Warning");
    assertThat(metadata.get("dc:date.issued")).containsExactly("2020-03-04");
    assertThat(metadata.get("article:published_time")).containsExactly("2020-03-04T10:00:00Z");
  }

  @Test
  void readsMicrodataAuthorAndPublicationDate() {
    var metadata =
        extract(
            """
            <article itemscope itemtype="https://schema.org/Article">
              <span itemprop="author" itemscope><span itemprop="name">Lea Vogel</span></span>
              <time itemprop="datePublished" datetime="2019-11-02">2 Nov</time>
              <meta itemprop="dateModified" content="2019-11-05">
            </article>\
            """);

    assertThat(metadata.get("itemprop:author")).containsExactly("Lea Vogel");
    assertThat(metadata.get("itemprop:datePublished")).containsExactly("2019-11-02");
    assertThat(metadata.get("itemprop:dateModified")).containsExactly("2019-11-05");
  }

  @Test
  void readsRelAuthorLinksAndBylineElementsButNotAuthorBios() {
    var metadata =
        extract(
            """
            <div class="post-byline">By <a rel="author" href="/u/sam">Sam Okoro</a></div>
            <div class="author-bio">Sam Okoro writes about trains and has done so for a long time.</div>\
            """);

    assertThat(metadata.get("rel:author")).containsExactly("Sam Okoro");
    assertThat(metadata.get("html:byline")).containsExactly("By Sam Okoro");
  }

  @Test
  void aByLineUnderTheHeadlineCountsWhateverItsClassButNotOneInTheBody() {
    String paragraph = "<p>" + "Words of the story go on here. ".repeat(8) + "</p>";
    var metadata =
        extract(
            "<h1>Harbour Reopens</h1><div class='x1'>By <span>Mia Lund</span></div>"
                + paragraph
                + paragraph
                + "<p>By Quoted Person</p>");

    assertThat(metadata.get("html:byline-text")).containsExactly("By Mia Lund");
  }

  @Test
  void putsTheBylineUnderTheHeadlineBeforeOnesAboveItAndTeasersLast() {
    var metadata =
        extract(
            "<div class='teaser'><span class='author'>Teaser Writer</span></div>"
                + "<div><span class='author'>Top Writer</span></div>"
                + "<h1>Harbour Reopens</h1><span class='author'>Mia Lund</span>");

    assertThat(metadata.get("html:byline")).containsExactly("Mia Lund", "Top Writer");
    assertThat(metadata.get("html:byline-aside")).containsExactly("Teaser Writer");
  }

  @Test
  void tellsATimeBesideTheHeadlineFromOneElsewhere() {
    var metadata =
        extract(
            """
            <aside><time datetime="2018-01-01">old teaser</time></aside>
            <header><h1>Bridge Vote</h1><div><time datetime="2022-06-30T08:00:00Z">30 June</time></div></header>\
            """);

    assertThat(metadata.get("html:time-headline")).containsExactly("2022-06-30T08:00:00Z");
    assertThat(metadata.get("html:time")).isNull(); // the aside's time is another story's
  }

  @Test
  void readsVisibleDateElementsButNotUpdateStamps() {
    var metadata =
        extract(
            "<span class='entry-date'>March 3, 2021</span><span class='updated'>March 9,"
                + " 2021</span>");

    assertThat(metadata.get("html:date-element")).containsExactly("March 3, 2021");
  }

  @Test
  void findsThePublicationDateInAJsonDataIsland() {
    var metadata =
        extract(
            "<script type='application/json'>{\"review\": {\"publishedDate\":"
                + " \"2016-11-04T20:37:27Z\"}}</script>");

    assertThat(metadata.get("html:json-date")).containsExactly("2016-11-04T20:37:27Z");
  }

  @Test
  void keepsTheCanonicalAddressAndTitleElement() {
    var metadata =
        extract(
            "<title>Rail Strike | Daily Post</title><link rel='canonical'"
                + " href='https://news.example/2020/05/17/rail'>");

    assertThat(metadata.get("dc:title")).containsExactly("Rail Strike | Daily Post");
    assertThat(metadata.get("html:canonical"))
        .containsExactly("https://news.example/2020/05/17/rail");
  }
}
