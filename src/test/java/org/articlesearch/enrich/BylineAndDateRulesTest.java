package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.extract.HtmlMetadataExtractor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Authors and dates read from whole pages: where a byline stands, in English and German, the
 * signatures that are not a person's name, and dates as German pages write them.
 */
class BylineAndDateRulesTest {
  private final AuthorResolver authors = new AuthorResolver();
  private final DateResolver dates = new DateResolver();

  private static ArticleText page(String body) {
    var doc = Jsoup.parse("<html><body>" + body + "</body></html>");
    return EnrichmentFixtures.html("Body text.", HtmlMetadataExtractor.extract(doc));
  }

  private List<String> authorsOf(String body) {
    return authors.resolve(page(body)).map(Resolved::value).orElse(List.of());
  }

  private String titleOf(String body) {
    return new TitleResolver().resolve(page(body)).map(Resolved::value).orElse(null);
  }

  private String dateOf(String body) {
    return dates.resolve(page(body)).map(r -> r.value().iso()).orElse(null);
  }

  @Test
  void aSidebarListOfOtherAuthorsIsNotTheByline() {
    String body =
        "<h1>Harbour Reopens</h1><p class='meta'>By Mia Lund</p>"
            + "<p>"
            + "Long first paragraph of the article about the harbour. ".repeat(5)
            + "</p><aside class='related'><ul>"
            + "<li><a href='/x'>Other story</a> <span class='author'>By Ola Berg</span></li>"
            + "<li><a href='/y'>Third story</a> <span class='author'>By Ana Ruiz</span></li>"
            + "</ul></aside>";

    assertThat(authorsOf(body)).containsExactly("Mia Lund");
  }

  @Test
  void aTeaserBylineIsTheLastResortWhenNothingElseSignsThePage() {
    assertThat(
            authorsOf(
                "<h1>Notes</h1><div class='more-stories'><span class='byline'>Ola Berg</span>"
                    + "</div>"))
        .containsExactly("Ola Berg");
  }

  @Test
  void aCommentersNameIsNotTheAuthors() {
    String body =
        "<article><h1>Garden Diary</h1><span class='byline'>von <a href='/author/gretel'>"
            + "Gretel Krause</a></span><p>Text.</p>"
            + "<div id='comments'><span class='comment-author'><a rel='author' href='/u/9'>"
            + "Hans Meier</a></span></div></article>";

    assertThat(authorsOf(body)).containsExactly("Gretel Krause");
  }

  @Test
  void readsGermanBylines() {
    assertThat(authorsOf("<h1>Titel</h1><h5><em>Von Anna Müller</em></h5>"))
        .containsExactly("Anna Müller");
    assertThat(authorsOf("<h1>Titel</h1><p>Autorin: Jana Weiß</p>")).containsExactly("Jana Weiß");
    assertThat(authorsOf("<h1>Titel</h1><div class='meta'>07.03.2019 · von Olaf Beck</div>"))
        .containsExactly("Olaf Beck");
    assertThat(authorsOf("<h1>Titel</h1><p class='byline'>Text: Eva Roth und Kai Lenz</p>"))
        .containsExactly("Eva Roth", "Kai Lenz");
  }

  @Test
  void aNameParticleIsNotABylineWord() {
    assertThat(authorsOf("<h1>Titel</h1><span class='author'>Ursula von der Heide</span>"))
        .containsExactly("Ursula von der Heide");
  }

  @Test
  void readsALabelAndTheValueBesideIt() {
    assertThat(
            authorsOf(
                "<h1>T</h1><p><strong>Autor:</strong> <a href='/p/1'>Lars Ek</a><br>"
                    + "<strong>Tags:</strong> Wetter</p>"))
        .containsExactly("Lars Ek");
    assertThat(authorsOf("<h1>T</h1><h4>Autor</h4><p>Mona Hald</p>")).containsExactly("Mona Hald");
  }

  @Test
  void readsTheWrittenByPairOfTwitterCardTags() {
    String head =
        "<meta name='twitter:label1' content='Verfasst von'>"
            + "<meta name='twitter:data1' content='Karla Stein'>"
            + "<meta name='twitter:label2' content='Geschätzte Lesezeit'>"
            + "<meta name='twitter:data2' content='3 Minuten'>";
    assertThat(authorsOf(head + "<h1>T</h1><p>Karla Stein lebt in Kiel.</p>"))
        .containsExactly("Karla Stein");
  }

  @Test
  void keepsAUserNameADeskAndAWireServiceAsTheyAreSigned() {
    assertThat(
            authorsOf(
                "<h1>T</h1><span class='author vcard'><a rel='author' href='/author/x'>"
                    + "moosfrau72</a></span>"))
        .containsExactly("moosfrau72");
    assertThat(authorsOf("<h1>T</h1><p class='byline'>Von Redaktion</p>"))
        .containsExactly("Redaktion");
    assertThat(authorsOf("<h1>T</h1><p class='byline'>By Reuters</p>")).containsExactly("Reuters");
    assertThat(authorsOf("<h1>T</h1><span class='byline'>APA/AP</span>")).containsExactly("APA/AP");
  }

  @Test
  void aPersonsNameBeatsAUserNameOfAnotherSource() {
    String body =
        "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"T\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"jkoch\"}}</script>"
            + "<h1>T</h1><span class='byline'>By Julia Koch</span>";
    assertThat(authorsOf(body)).containsExactly("Julia Koch");
  }

  @Test
  void aUserNameTheBylineShowsStaysAndAHeadingThatBeginsWithVonIsNoByline() {
    String body =
        "<h1>T</h1><span class='byline'>10. März 2020 · von moosfrau72</span>"
            + "<p>Interview: Jens Brandt</p>";
    assertThat(authorsOf(body)).containsExactly("moosfrau72");
    assertThat(
            authorsOf(
                "<h1>T</h1><div class='teaser'><h2 class='byline'>Von Regeln, Wetter und"
                    + " «ganz normalem Deutsch»</h2></div>"))
        .isEmpty();
  }

  @Test
  void metadataThatNamesTheSiteAsAuthorNamesThePublisher() {
    String head =
        "<meta property='og:site_name' content='Die Wetterzeitung'>"
            + "<meta name='author' content='Die Wetterzeitung'>";
    assertThat(authorsOf(head + "<h1>T</h1>")).isEmpty();
    assertThat(authorsOf(head + "<h1>T</h1><p class='byline'>Von Jana Weiß</p>"))
        .containsExactly("Jana Weiß");
  }

  @Test
  void aLayoutClassOnTheWrapperOfThePageIsNoSidebar() {
    String body =
        "<div id='main' class='with-navigation'><div class='nav-wrapper'><h1>T</h1>"
            + "<p>"
            + "Article text about the weather in the north. ".repeat(8)
            + "</p><div><span>Autor:</span> Lars Ek<br></div></div></div>";
    assertThat(authorsOf(body)).containsExactly("Lars Ek");
  }

  @Test
  void aDateAndANameUnderTheHeadlineAreADatedByline() {
    String body = "<h1>Variablen</h1><p class='text-muted'>11.12.2019 - Amelie Kranz</p>";
    assertThat(authorsOf(body)).containsExactly("Amelie Kranz");
    assertThat(dateOf(body)).isEqualTo("2019-12-11");
    assertThat(authorsOf("<h1>T</h1><p>11.12.2019 - Allgemein</p>")).isEmpty();
  }

  @Test
  void whenMetadataDisagreeTheDateShownBesideTheArticleDecides() {
    String head =
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"T\","
            + "\"datePublished\":\"2023-11-03T10:25:56+00:00\"}</script>"
            + "<meta property='article:published_time' content='2023-11-06T14:25:00+00:00'>";
    assertThat(dateOf(head + "<h1>T</h1><span class='entry-date'>6. November 2023</span>"))
        .isEqualTo("2023-11-06");
    assertThat(dateOf(head + "<h1>T</h1>")).isEqualTo("2023-11-03");
  }

  @Test
  void theDayShownAloneUnderTheHeadlineBeatsAStatedDayThePageNeverShows() {
    String head =
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"T\","
            + "\"datePublished\":\"2021-12-06T14:36:00+01:00\"}</script>";
    String byline =
        "<h1>T</h1><div><a href='/autor/tk'>Tina Kohl</a> <span>15.12.2022</span></div>";
    assertThat(dateOf(head + byline)).isEqualTo("2022-12-15");
    assertThat(dateOf("<h1>T</h1><p><a href='/familie'>Familie</a> <span>17/02/2022</span></p>"))
        .isEqualTo("2022-02-17");
    assertThat(dateOf(head + byline + "<span class='date'>6. Dezember 2021</span>"))
        .isEqualTo("2021-12-06");
    assertThat(dateOf(head + "<h1>T</h1><div><span>Aktualisiert am 15.12.2022</span></div>"))
        .isEqualTo("2021-12-06");
    assertThat(
            dateOf(
                head
                    + "<h1>T</h1><p>"
                    + "Ein langer erster Absatz über den Hafen und das Wetter. ".repeat(4)
                    + "</p><p>"
                    + "Ein zweiter langer Absatz über den Hafen und den Winter. ".repeat(4)
                    + "</p><span>15.12.2022</span>"))
        .isEqualTo("2021-12-06");
  }

  @Test
  void aDateJustAboveTheHeadlineDatesAPageThatStatesNoOther() {
    String crumbs = "<div class='crumbs'>Home › Politik</div>";
    String dated = "<div><span>14. Februar 2012</span><a href='/print'>Drucken</a></div>";
    String stated = "<meta property='article:published_time' content='2012-02-13'>";
    assertThat(dateOf(crumbs + dated + "<h1>T</h1>")).isEqualTo("2012-02-14");
    assertThat(dateOf(stated + crumbs + dated + "<h1>T</h1>")).isEqualTo("2012-02-13");
    String far = "<ul>" + "<li>Link</li>".repeat(20) + "</ul><h1>T</h1>";
    assertThat(dateOf("<span>14. Februar 2012</span>" + far)).isNull();
  }

  @Test
  void aDateInBracketsOpeningTheFirstParagraphIsADateline() {
    var text =
        EnrichmentFixtures.plain(
            "Entlastungen auf einen Blick\n(21. November 2022) Verbraucher erhalten eine Hilfe.");
    assertThat(dates.resolve(text).orElseThrow().value().iso()).isEqualTo("2022-11-21");
  }

  @Test
  void aPostDateMarkedUpdatedTooIsThePostsDate() {
    assertThat(dateOf("<h1>T</h1><a class='vw-post-date updated'>2. Februar 2022</a>"))
        .isEqualTo("2022-02-02");
    assertThat(dateOf("<h1>T</h1><span class='updated'>2. Februar 2022</span>")).isNull();
  }

  @Test
  void theBylineEverySourceAgreesOnBeatsAnUnconfirmedJsonLdAuthor() {
    String page =
        "<meta name='parsely-author' content='Ana Ruiz'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"T\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Web Producer\"}}</script>"
            + "<h1>T</h1><div itemprop='author'>By <a rel='author' href='/a/ana'>Ana Ruiz</a></div>";
    assertThat(authorsOf(page)).containsExactly("Ana Ruiz");
    String confirmed = page.replace("Web Producer", "Ana Ruiz");
    assertThat(authorsOf(confirmed)).containsExactly("Ana Ruiz");
    String alone =
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"T\","
            + "\"author\":\"Ola Berg\"}</script><h1>T</h1><p>By Ana Ruiz</p><p>Ola Berg</p>";
    assertThat(authorsOf(alone)).containsExactly("Ola Berg");
  }

  @Test
  void aStatedAuthorThePageNeverShowsIsTheAccountThatFiledTheStory() {
    String stated =
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"T\","
            + "\"author\":\"Rita Kramer\"}</script><meta name='author' content='Rita Kramer'>";
    assertThat(authors.explain(page(stated + "<h1>T</h1>")))
        .extracting(Object::toString)
        .contains("jsonld:author \"Rita Kramer (not on the page)\" → no name");
    assertThat(authorsOf(stated + "<h1>T</h1><p>Ein Bericht von Rita Kramer.</p>"))
        .containsExactly("Rita Kramer");
    assertThat(authorsOf(stated + "<h1>T</h1><p>Der Hafen öffnet wieder.</p>")).isEmpty();
  }

  @Test
  void aNameInBracketsClosingTheLastParagraphSignsTheArticle() {
    var text =
        EnrichmentFixtures.html(
            "Sensation in Petersberg.\nDie Gemeindepolitik bleibt spannend. (Lena M. Vogt) +++",
            java.util.Map.of());
    assertThat(authors.resolve(text).orElseThrow().value()).containsExactly("Lena M. Vogt");
    var caption =
        EnrichmentFixtures.html(
            "Die Gemeindepolitik bleibt spannend.\nDas neue Rathaus (Symbolfoto)\nEnde.",
            java.util.Map.of());
    assertThat(authors.resolve(caption)).isEmpty();
  }

  @Test
  void anEditorsInitialsASiteAccountAndAnUntitledFieldAreNoSignature() {
    assertThat(authorsOf("<h1>T</h1><p>Autor: red</p>")).isEmpty();
    assertThat(authorsOf("<h1>T</h1><span class='author'>cpm</span>")).isEmpty();
    assertThat(authorsOf("<h1>T</h1><span class='byline'>von wordpressadmin |</span>")).isEmpty();
    assertThat(authorsOf("<h1>T</h1><span class='author'>Unbenannt</span>")).isEmpty();
    assertThat(authorsOf("<h1>T</h1><p class='byline'>Von dpa</p>")).containsExactly("dpa");
  }

  @Test
  void aDeskTheMetadataListsBesideThePeopleIsKeptAsTheBylineShowsIt() {
    String byline = "<h1>T</h1><p class='byline'>By Ana Ruiz, Channel 9 News</p>";
    String person = "<meta name='parsely-author' content='Ana Ruiz'>";
    String desk = "<meta name='parsely-author' content='Channel 9 News'>";
    assertThat(authorsOf(person + desk + byline)).containsExactly("Ana Ruiz", "Channel 9 News");
    assertThat(authorsOf(person + byline)).containsExactly("Ana Ruiz");
  }

  @Test
  void coAuthorsLinkedSideBySideAreAllTheAuthors() {
    String body =
        "<h1>T</h1><div class='meta'><a href='/autor/a'>Clara Lenz</a>, "
            + "<a href='/autor/b'>Sid Prakash</a> und <a href='/autor/c'>Karl Jakob</a></div>"
            + "<p>Text</p><div class='box'><a href='/autor/d'>Dora Stein</a></div>";
    assertThat(authorsOf(body)).containsExactly("Clara Lenz", "Sid Prakash", "Karl Jakob");
  }

  @Test
  void anOrganisationNamedInOneGermanWordIsNoPerson() {
    assertThat(authorsOf("<h1>T</h1><span class='author'>Deutsche Wirtschaftsnachrichten</span>"))
        .isEmpty();
    assertThat(authorsOf("<h1>T</h1><span class='author'>Bundesverband Windkraft</span>"))
        .isEmpty();
    assertThat(authorsOf("<h1>T</h1><span class='author'>Grüne Energie GmbH</span>")).isEmpty();
  }

  @Test
  void aWireServiceSigningPlainTextIsItsAuthor() {
    assertThat(
            authors
                .resolve(
                    EnrichmentFixtures.plain("Harbour reopens\nBy Reuters\nThe harbour opened."))
                .map(Resolved::value))
        .contains(List.of("Reuters"));
    assertThat(
            authors.resolve(
                EnrichmentFixtures.plain("Harbour reopens\nBy then the harbour had opened.")))
        .isEmpty();
  }

  @Test
  void aSiteNameOrAMenuWordIsNoSignature() {
    assertThat(authorsOf("<h1>T</h1><span class='author'>Example.de</span>")).isEmpty();
    assertThat(authorsOf("<h1>T</h1><span class='author'>fri.juli</span>"))
        .containsExactly("fri.juli");
    assertThat(authorsOf("<h1>T</h1><a href='/user/register'>Registrieren</a>")).isEmpty();
    assertThat(authorsOf("<h1>T</h1><a href='/user/new'>Jetzt kostenlos registrieren</a>"))
        .isEmpty();
  }

  @Test
  void takesOnlyTheShownArticlesAuthorsFromJsonLdThatListsRelatedStories() {
    String body =
        "<link rel='canonical' href='https://news.example/a/harbour'>"
            + "<script type='application/ld+json'>[{\"@type\":\"NewsArticle\",\"headline\":\"Other\","
            + "\"url\":\"https://news.example/a/other\",\"author\":\"Ola Berg\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour\","
            + "\"url\":\"https://news.example/a/harbour/\",\"author\":\"Mia Lund\","
            + "\"datePublished\":\"2021-04-05\"}]</script><h1>Harbour</h1>"
            + "<p>Mia Lund reports from the harbour.</p>";
    assertThat(authorsOf(body)).containsExactly("Mia Lund");
    assertThat(dateOf(body)).isEqualTo("2021-04-05");
  }

  @Test
  void aKickerInsideTheHeadlineIsNotPartOfIt() {
    assertThat(
            titleOf(
                "<meta property='og:title' content='Autohäuser rechnen mit dem Anlauf'>"
                    + "<h1><span class='dachzeile'>Nach der Pause</span> "
                    + "<span>Autohäuser rechnen mit dem Anlauf</span></h1>"))
        .isEqualTo("Autohäuser rechnen mit dem Anlauf");
  }

  @Test
  void aSiteNameStatedWithTheHeadlineDoesNotHideTheHeadline() {
    assertThat(
            titleOf(
                "<meta property='og:site_name' content='Achtsam durch die Krise | Die Wochenzeit'>"
                    + "<meta property='og:title' content='Achtsam durch die Krise'>"))
        .isEqualTo("Achtsam durch die Krise");
    assertThat(
            titleOf(
                "<link rel='canonical' href='https://energieblog.de/a'>"
                    + "<meta property='og:title' content='energieblog.de | Gaspreise steigen"
                    + " weiter'>"))
        .isEqualTo("Gaspreise steigen weiter");
  }

  @Test
  void readsGermanDates() {
    assertThat(dateOf("<h1>T</h1><div class='date'>7. März 2019</div>")).isEqualTo("2019-03-07");
    assertThat(dateOf("<h1>T</h1><p><span>Datum:</span> 19.11.2021 <br></p>"))
        .isEqualTo("2021-11-19");
    assertThat(dateOf("<h1>T</h1><span class='post-date'>Dienstag, 2. Nov. 2021</span>"))
        .isEqualTo("2021-11-02");
    assertThat(dateOf("<h1>T</h1><span class='uploaded-date'>23.09.22</span>"))
        .isEqualTo("2022-09-23");
    assertThat(dateOf("<h1>T</h1><span class='post-created'>28.01.22</span>"))
        .isEqualTo("2022-01-28");
    assertThat(dateOf("<h1>T</h1><span data-testid='article-details-date'>3.11.2023</span>"))
        .isEqualTo("2023-11-03");
  }

  @Test
  void aDayOfTheSameMonthBeatsAMonthFromTheAddress() {
    String body =
        "<link rel='canonical' href='https://blog.example/2021/11/haubenfahrzeuge'>"
            + "<h1>T</h1><p>Text</p><p>Veröffentlicht am 02.11.2021</p>";
    var text =
        EnrichmentFixtures.html(
            "T\nText\nVeröffentlicht am 02.11.2021",
            HtmlMetadataExtractor.extract(Jsoup.parse(body)));
    assertThat(dates.resolve(text).orElseThrow().value().iso()).isEqualTo("2021-11-02");
  }

  @Test
  void explainsEveryCandidateAndWhatItGave() {
    var considered =
        authors.explain(
            page(
                "<h1>T</h1><span class='byline'>Von Anna Müller</span><a href='/author/am'>"
                    + "Anna Müller</a>"));
    assertThat(considered)
        .extracting(Object::toString)
        .contains("html:byline \"Von Anna Müller\" → [Anna Müller (person)]");
  }
}
