package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.html;
import static org.articlesearch.enrich.EnrichmentFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleResolverTest {
  private final TitleResolver resolver = new TitleResolver();

  @Test
  void dropsTheSiteNameFromAnHtmlTitle() {
    assertThat(TitleResolver.withoutSiteName("Council approves harbour plan | The Coastal Herald"))
        .isEqualTo("Council approves harbour plan");
    assertThat(
            TitleResolver.withoutSiteName("Coastal Herald - Council approves the new harbour plan"))
        .isEqualTo("Council approves the new harbour plan");
  }

  @Test
  void knowingTheSiteCutsOnlyItsNameAndKeepsTheHeadlinesSubtitle() {
    var sites = SiteNames.called("Große Fragen", "wetterblog.de");
    assertThat(
            TitleResolver.withoutSiteName("Würde des Lebens – ein Projekt | Große Fragen", sites))
        .isEqualTo("Würde des Lebens – ein Projekt");
    assertThat(
            TitleResolver.withoutSiteName("Wetterblog.de - Sturm über Kiel – ein Rückblick", sites))
        .isEqualTo("Sturm über Kiel – ein Rückblick");
    assertThat(TitleResolver.withoutSiteName("Flächen für Fleisch • Wetterblog", sites))
        .isEqualTo("Flächen für Fleisch");
    assertThat(TitleResolver.withoutSiteName("Politik | Neue Regeln für Radwege", sites))
        .isEqualTo("Neue Regeln für Radwege");
  }

  @Test
  void aTitleThatIsTheSiteNameOrASectionLabelGivesWayToTheHeadline() {
    var bareSite =
        resolver.resolve(
            html(
                "text",
                Map.of(
                    "og:title", List.of("wetterblog.de"),
                    "og:url", List.of("https://www.wetterblog.de/sturm"),
                    "dc:title", List.of("Sturm über Kiel | Wetterblog"))));
    assertThat(bareSite.orElseThrow().value()).isEqualTo("Sturm über Kiel");
    var section =
        resolver.resolve(
            html(
                "text",
                Map.of(
                    "html:h1", List.of("News", "Auf das erste Elektron kommt es an"),
                    "dc:title", List.of("News - Forschungsanstalt"),
                    "og:title", List.of("Auf das erste Elektron kommt es an"))));
    assertThat(section.orElseThrow().value()).isEqualTo("Auf das erste Elektron kommt es an");
  }

  @Test
  void keepsADashInsideALongHeadline() {
    String title =
        "Russia and Pakistan hold talks on trade - and on the future of regional security";
    assertThat(TitleResolver.withoutSiteName(title)).isEqualTo(title);
  }

  @Test
  void prefersOpenGraphTitle() {
    var resolved =
        resolver.resolve(
            html(
                "text",
                Map.of(
                    "og:title", List.of("The real headline"), "dc:title", List.of("Page | Site"))));
    assertThat(resolved.orElseThrow().value()).isEqualTo("The real headline");
  }

  @Test
  void takesTheHeadlineAfterSiteHeaderAndDateline() {
    var resolved =
        resolver.resolve(
            plain(
                "| Welcome to Some Site\nThursday, March 28, 2024\nThe harbour ties: a fling or a marriage?\nYasir M’alik |\nBody."));
    assertThat(resolved.orElseThrow().value())
        .isEqualTo("The harbour ties: a fling or a marriage?");
  }

  @Test
  void skipsALowerCaseSlugLine() {
    var resolved =
        resolver.resolve(
            plain(
                "pakistan and russia\nWritten by A Writer\nPakistan and Russia: Improving Ties\nBody."));
    assertThat(resolved.orElseThrow().value()).isEqualTo("Pakistan and Russia: Improving Ties");
  }

  @Test
  void usesTheSourceUrlSlugWhenTheTextHasNoHeadline() {
    String body =
        "A long first paragraph that is plainly body text and not a headline at all, because it goes on and on "
            + "with commas, clauses and a full stop at the end of it, like articles do.\nMore body.\n"
            + "Source: https://example.com/295922/a-thaw-in-pak-russia-relations/";
    var resolved = resolver.resolve(plain(body));
    assertThat(resolved.orElseThrow().value()).isEqualTo("A thaw in pak russia relations");
    assertThat(resolved.orElseThrow().source()).isEqualTo("text:source-url-slug");
  }
}
