package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.DatePrecision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules that read the metadata keys of an HTML page, field by field. */
class HtmlMetadataRulesTest {
  /** Builds page metadata from key, value pairs; a key may repeat. */
  private static ArticleText page(String... keysAndValues) {
    Map<String, List<String>> metadata = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      metadata
          .computeIfAbsent(keysAndValues[i], k -> new java.util.ArrayList<>())
          .add(keysAndValues[i + 1]);
    }
    return html("Body text of the article.", metadata);
  }

  @Nested
  class Authors {
    private final AuthorResolver resolver = new AuthorResolver();

    @Test
    void jsonLdComesBeforeMetaTagsAndBylines() {
      var resolved =
          resolver.resolve(
              page(
                  "html:byline",
                  "By Someone Else",
                  "author",
                  "Meta Name",
                  "jsonld:author",
                  "Ines Duarte",
                  "jsonld:author",
                  "Tomas Berg"));

      assertThat(resolved.orElseThrow().value()).containsExactly("Ines Duarte", "Tomas Berg");
      assertThat(resolved.orElseThrow().source()).isEqualTo("jsonld:author");
    }

    @Test
    void skipsProfileLinksAndHandlesInMetaTags() {
      var resolved =
          resolver.resolve(
              page(
                  "article:author",
                  "https://example.com/staff/ana-ruiz",
                  "twitter:creator",
                  "@anaruiz",
                  "rel:author",
                  "Ana Ruiz"));

      assertThat(resolved.orElseThrow().value()).containsExactly("Ana Ruiz");
      assertThat(resolved.orElseThrow().source()).isEqualTo("rel:author");
    }

    @Test
    void aDeskSignsAnArticleButAnOrganisationNamedAsAPersonDoesNot() {
      assertThat(
              resolver.resolve(
                  page("jsonld:author", "Betty Test Kitchens", "html:byline", "By TMZ Staff")))
          .map(Resolved::value)
          .contains(List.of("TMZ Staff"));
      assertThat(resolver.resolve(page("jsonld:author", "Betty Test Kitchens"))).isEmpty();
    }

    @Test
    void aStructuredNameInLowerCaseIsCapitalised() {
      assertThat(resolver.resolve(page("author", "mobasir hassan")).orElseThrow().value())
          .containsExactly("Mobasir Hassan");
    }

    @Test
    void readsABylinePastedIntoAMetaTag() {
      assertThat(
              resolver
                  .resolve(page("author", "By Jane Doe | The Daily Example"))
                  .orElseThrow()
                  .value())
          .containsExactly("Jane Doe");
    }

    @Test
    void stripsDegreesAndHonorificsFromStructuredNames() {
      assertThat(
              resolver
                  .resolve(page("article:author", "Dr. Grant Tinley, PhD"))
                  .orElseThrow()
                  .value())
          .containsExactly("Grant Tinley");
    }

    @Test
    void readsABylineAfterADateAndSplitsItsCoAuthors() {
      var resolved =
          resolver.resolve(
              page(
                  "html:byline",
                  "Posted on September 21, 2020 by Ada Lin, Bo Chen and Kiran C Nair - Safety"
                      + " team"));

      assertThat(resolved.orElseThrow().value())
          .containsExactly("Ada Lin", "Bo Chen", "Kiran C Nair");
      assertThat(resolved.orElseThrow().source()).isEqualTo("html:byline");
    }

    @Test
    void cutsABylineAtItsEmailOrTime() {
      assertThat(
              resolver
                  .resolve(page("html:byline", "By Grace Holm | gholm@example.com"))
                  .orElseThrow()
                  .value())
          .containsExactly("Grace Holm");
      assertThat(
              resolver
                  .resolve(page("html:byline", "by April Lee@aprillee Dec 15, 2016, 1:55pm EST"))
                  .orElseThrow()
                  .value())
          .containsExactly("April Lee");
    }

    @Test
    void takesTheFirstBylineThatNamesSomeoneAndIgnoresLaterTeasers() {
      var resolved =
          resolver.resolve(
              page(
                  "html:byline",
                  "Published by",
                  "html:byline",
                  "Dana Roe",
                  "html:byline",
                  "By Other Writer"));

      assertThat(resolved.orElseThrow().value()).containsExactly("Dana Roe");
    }

    @Test
    void keepsThePeopleAndTheNewsDeskOfAMixedByline() {
      assertThat(
              resolver
                  .resolve(page("html:byline", "By Jessica Holm, Gail Levy, 7 News WSVN"))
                  .orElseThrow()
                  .value())
          .containsExactly("Jessica Holm", "Gail Levy", "7 News WSVN");
    }
  }

  @Nested
  class Dates {
    private final DateResolver resolver = new DateResolver();

    @Test
    void jsonLdPublicationDateComesFirstAndKeepsThePublishersLocalDay() {
      var resolved =
          resolver.resolve(
              page("html:time", "2020-01-01", "jsonld:datePublished", "2020-02-05T23:30:00-05:00"));

      assertThat(resolved.orElseThrow().value().iso()).isEqualTo("2020-02-05");
      assertThat(resolved.orElseThrow().source()).isEqualTo("jsonld:datePublished");
    }

    @Test
    void readsAnOffsetWithoutAColon() {
      assertThat(
              resolver
                  .resolve(page("html:time-headline", "2016-12-22T05:00:00-0800"))
                  .orElseThrow()
                  .value()
                  .iso())
          .isEqualTo("2016-12-22");
    }

    @Test
    void readsTheDateOfAVisibleByline() {
      var resolved =
          resolver.resolve(page("html:byline", "January 17, 2017 at 6:08 PM ET by Kim Shaw"));

      assertThat(resolved.orElseThrow().value().iso()).isEqualTo("2017-01-17");
      assertThat(resolved.orElseThrow().source()).isEqualTo("html:byline");
    }

    @Test
    void aVisibleDateComesBeforeACreationDate() {
      var resolved =
          resolver.resolve(
              page(
                  "itemprop:dateCreated",
                  "01/01/2004",
                  "html:date-element",
                  "Updated June 13, 2019"));

      assertThat(resolved.orElseThrow().value().iso()).isEqualTo("2019-06-13");
    }

    @Test
    void takesTheDateOfTheUrlWithItsPrecision() {
      assertThat(
              resolver
                  .resolve(page("html:canonical", "https://news.example/2016/11/28/story/"))
                  .orElseThrow()
                  .value()
                  .iso())
          .isEqualTo("2016-11-28");
      var month =
          resolver
              .resolve(page("og:url", "https://blog.example/2020/05/protection.html"))
              .orElseThrow();
      assertThat(month.value().precision()).isEqualTo(DatePrecision.MONTH);
      assertThat(month.source()).isEqualTo("url:og:url");
    }

    @Test
    void aModificationDateIsOnlyTheLastResort() {
      var resolved = resolver.resolve(page("article:modified_time", "2021-09-20T16:45:26+00:00"));

      assertThat(resolved.orElseThrow().value().iso()).isEqualTo("2021-09-20");
      assertThat(resolved.orElseThrow().source()).isEqualTo("meta:article:modified_time");
    }
  }

  @Nested
  class Titles {
    private final TitleResolver resolver = new TitleResolver();

    @Test
    void theVisibleHeadlineWinsWhenTheMetadataAgreesWithIt() {
      var resolved =
          resolver.resolve(
              page(
                  "og:title",
                  "Stephen Jones follows his father",
                  "html:h1",
                  "A Fresh Heir: Stephen Jones follows in the shadow of his father"));

      assertThat(resolved.orElseThrow().value())
          .isEqualTo("A Fresh Heir: Stephen Jones follows in the shadow of his father");
      assertThat(resolved.orElseThrow().source()).isEqualTo("html:h1");
    }

    @Test
    void aHeadlineThatIsTheSiteNameIsTheLogo() {
      var resolved =
          resolver.resolve(
              page(
                  "og:site_name",
                  "Strange Engines",
                  "html:h1",
                  "Strange Engines",
                  "html:h1",
                  "Fast Python",
                  "og:title",
                  "Fast Python"));

      assertThat(resolved.orElseThrow().value()).isEqualTo("Fast Python");
    }

    @Test
    void aShortHeadlineIsConfirmedByTheSegmentOfTheTitle() {
      assertThat(
              resolver
                  .resolve(page("dc:title", "Penny - Valley Wiki", "html:h1", "Penny"))
                  .orElseThrow()
                  .value())
          .isEqualTo("Penny");
    }

    @Test
    void dropsASectionLabelFromTheHeadlineAndKeepsASeriesName() {
      assertThat(
              resolver
                  .resolve(
                      page(
                          "og:title",
                          "Brothel busted in Boston",
                          "html:h1",
                          "Local News | Brothel busted in Boston"))
                  .orElseThrow()
                  .value())
          .isEqualTo("Brothel busted in Boston");
      assertThat(
              resolver
                  .resolve(
                      page(
                          "og:title",
                          "Silver Society – The young old",
                          "html:h1",
                          "Silver Society – The young old"))
                  .orElseThrow()
                  .value())
          .isEqualTo("Silver Society – The young old");
    }

    @Test
    void anUnconfirmedShortHeadlineGivesWayToTheMetadata() {
      assertThat(
              resolver
                  .resolve(page("og:title", "Council backs tram", "html:h1", "Comments"))
                  .orElseThrow()
                  .value())
          .isEqualTo("Council backs tram");
    }

    @Test
    void dropsASiteNameAfterASpacedColon() {
      assertThat(TitleResolver.withoutSiteName("Items We Never Knew We Wanted : The Perspective"))
          .isEqualTo("Items We Never Knew We Wanted");
    }
  }

  @Nested
  class Publishers {
    private final PublisherResolver resolver = new PublisherResolver();

    @Test
    void jsonLdPublisherComesFirstWithoutItsDotCom() {
      var resolved =
          resolver.resolve(page("og:site_name", "U.S.", "jsonld:publisher", "Salon.com"));

      assertThat(resolved.orElseThrow().value()).isEqualTo("Salon");
      assertThat(resolved.orElseThrow().source()).isEqualTo("jsonld:publisher");
    }

    @Test
    void anOrganisationThatSignedTheArticleIsThePublisher() {
      assertThat(resolver.resolve(page("html:byline", "By TMZ Staff")).orElseThrow().value())
          .isEqualTo("TMZ Staff");
      assertThat(
              resolver
                  .resolve(page("jsonld:author-organization", "BBC News"))
                  .orElseThrow()
                  .value())
          .isEqualTo("BBC News");
    }

    @Test
    void fallsBackToTheSiteOfTheUrl() {
      var resolved =
          resolver.resolve(page("og:url", "https://www.pluralsight.com/tech-blog/managing/"));

      assertThat(resolved.orElseThrow().value()).isEqualTo("Pluralsight");
      assertThat(PublisherResolver.siteFromHost("https://www.nationalgeographic.co.uk/x"))
          .isEqualTo("Nationalgeographic");
    }
  }
}
