package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.html;
import static org.articlesearch.enrich.EnrichmentFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateAndPublisherResolverTest {
  private final DateResolver dates = new DateResolver();
  private final PublisherResolver publishers = new PublisherResolver();

  @Test
  void readsThePublishedTimeMetaTag() {
    var resolved =
        dates.resolve(
            html("Body", Map.of("article:published_time", List.of("2019-07-24T10:00:00+02:00"))));
    assertThat(resolved.orElseThrow().value().iso()).isEqualTo("2019-07-24");
    assertThat(resolved.orElseThrow().source()).isEqualTo("meta:article:published_time");
  }

  @Test
  void readsADatelineAtTheTop() {
    assertThat(
            dates
                .resolve(plain("| Welcome to Site\nThursday, March 28, 2024\nHeadline\nBody."))
                .orElseThrow()
                .value()
                .iso())
        .isEqualTo("2024-03-28");
  }

  @Test
  void readsAPublishedFooter() {
    var resolved =
        dates.resolve(plain("Headline\nBody.\nPublished in Daily Times, September 11th 2018."));
    assertThat(resolved.orElseThrow().value().iso()).isEqualTo("2018-09-11");
  }

  @Test
  void neverTakesAYearMentionedInTheBody() {
    assertThat(
            dates.resolve(
                plain(
                    "Headline\nIn 2017 the drills were held, and on May 1 talks began.\nIn March 2015 a deal was signed.")))
        .isEmpty();
  }

  @Test
  void findsThePublisherInFootersAndHeaders() {
    assertThat(
            publishers
                .resolve(plain("Body.\nPublished in Daily Times, September 11th 2018."))
                .orElseThrow()
                .value())
        .isEqualTo("Daily Times");
    assertThat(
            publishers
                .resolve(plain("| Welcome to Global Village Space\nHeadline\nBody."))
                .orElseThrow()
                .value())
        .isEqualTo("Global Village Space");
    assertThat(
            publishers
                .resolve(
                    plain(
                        "Body.\nThe views are the author’s own and do not necessarily reflect the editorial position of Paradigm Shift."))
                .orElseThrow()
                .value())
        .isEqualTo("Paradigm Shift");
    assertThat(
            publishers
                .resolve(html("Body", Map.of("og:site_name", List.of("The Coastal Herald"))))
                .orElseThrow()
                .value())
        .isEqualTo("The Coastal Herald");
  }

  @Test
  void readsPublicationFootersOnLinesOfTheirOwn() {
    assertThat(
            publishers
                .resolve(plain("Body.\nThis article was originally published in The Conversation."))
                .orElseThrow()
                .value())
        .isEqualTo("The Conversation");
    assertThat(
            publishers
                .resolve(
                    plain(
                        "Body.\nA version of this story first appeared in Coastal Review, May 3."))
                .orElseThrow()
                .value())
        .isEqualTo("Coastal Review");
  }

  @Test
  void aSentenceOfTheArticleNamesNoPublisher() {
    assertThat(
            publishers.resolve(
                plain(
                    "Address.\nThe newspapers are published in this city, and the reports of the"
                        + " departments are published in full for every citizen who asks for them.")))
        .isEmpty();
    assertThat(
            publishers.resolve(
                plain(
                    "Address.\nThe treaty was published in Paris, and ratified by the Senate in the"
                        + " following session after a long debate on its terms and the tariffs it set"
                        + " for the trade of the ports on the Atlantic coast.")))
        .isEmpty();
    assertThat(
            publishers.resolve(
                plain(
                    "Address.\nWe have heard, in this chamber and across the country, many views of"
                        + " the great questions before us, and the views of the Senate.")))
        .isEmpty();
  }

  @Test
  void fallsBackToTheSourceHost() {
    var resolved =
        publishers.resolve(plain("Body.\nSource: https://www.example-news.com/2018/a-story/"));
    assertThat(resolved.orElseThrow().value()).isEqualTo("example-news.com");
  }
}
