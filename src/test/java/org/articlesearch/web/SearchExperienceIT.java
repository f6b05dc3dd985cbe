package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The search page's features in a real browser against the real server over the page tests' corpus
 * (thirteen harbour articles of 2014–2019 and undated, one of 2020 naming fifteen places): typing,
 * facets, paging, sorting, suggestions, the year histogram, dates, export, did-you-mean and
 * "Mentioned with".
 */
class SearchExperienceIT extends BrowserSession {
  private static final SeedServer HARBOUR = SeedServer.harbour();
  private static final ApiClient API = new ApiClient(HARBOUR.url());

  private String facetCount(String facet, String value) {
    return facetCheckbox(facet, value)
        .findElement(By.xpath("following-sibling::span[@class='facet-count']"))
        .getText()
        .replaceAll("\\D", "");
  }

  private WebElement bar(String key) {
    return driver.findElement(By.cssSelector("#histogram g.bar[data-key='" + key + "']"));
  }

  private int apiTotal(String query) throws Exception {
    return API.getJson("/api/search?" + query, 200).get("total").getAsInt();
  }

  @Test
  void typingSearchesThenFacetsPagingAndSortLiveInTheUrl() {
    driver.get(HARBOUR.url() + "/");
    waitForTotal("14 results");
    // No Enter: the search runs once typing pauses, without a page load.
    ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");
    driver.findElement(By.id("q")).sendKeys("harbour");
    wait.until(ExpectedConditions.urlContains("q=harbour"));
    waitForTotal("13 results");
    assertThat(titles()).hasSize(10);
    assertThat(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true"))
        .isEqualTo(true);

    // Multi-select: ticking one author keeps the others' counts.
    String achebe = facetCount("author", "Tom Achebe");
    facetCheckbox("author", "Anna Lindqvist").click();
    waitForTotal("4 results");
    assertThat(facetCount("author", "Tom Achebe")).isEqualTo(achebe);
    facetCheckbox("author", "Tom Achebe").click();
    waitForTotal("8 results");
    assertThat(driver.getCurrentUrl()).contains("author=Anna", "author=Tom");
    facetCheckbox("author", "Anna Lindqvist").click();
    waitForTotal("4 results");
    facetCheckbox("author", "Tom Achebe").click();
    waitForTotal("13 results");

    driver.findElement(By.cssSelector("#pager a[data-page='2']")).click();
    wait.until(ExpectedConditions.urlContains("page=2"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .hit"), 3));
    List<String> page2 = titles();

    new Select(driver.findElement(By.id("sort"))).selectByValue("date");
    wait.until(ExpectedConditions.urlContains("sort=date"));
    wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("#results .hit:first-child .hit-title"),
            "Schoolchildren sail the harbour on a tall ship"));
    assertThat(driver.getCurrentUrl()).doesNotContain("page=");

    assertThat(new Select(driver.findElement(By.id("sort"))).getOptions())
        .extracting(WebElement::getText)
        .containsExactly("Relevance", "Newest first", "Oldest first");

    driver.navigate().back();
    wait.until(ExpectedConditions.urlContains("page=2"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .hit"), 3));
    assertThat(titles()).isEqualTo(page2);
    assertThat(new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption().getText())
        .isEqualTo("Relevance");
    driver.navigate().forward();
    wait.until(ExpectedConditions.urlContains("sort=date"));
    wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("#results .hit:first-child .hit-title"),
            "Schoolchildren sail the harbour on a tall ship"));
  }

  @Test
  void aLongFacetShowsTenValuesUntilAskedForMore() {
    driver.get(HARBOUR.url() + "/");
    waitForTotal("14 results");
    By places = By.cssSelector(".facet[data-facet='location'] .facet-values .facet-item");
    By shown =
        By.cssSelector(".facet[data-facet='location'] .facet-values .facet-item:not([hidden])");
    int all = driver.findElements(places).size();
    assertThat(all).isGreaterThan(10);
    assertThat(driver.findElements(shown)).hasSize(10);
    WebElement more =
        driver.findElement(By.cssSelector(".facet[data-facet='location'] .facet-more"));
    assertThat(more.getText()).isEqualTo("Show " + (all - 10) + " more");
    assertThat(more.getAttribute("aria-expanded")).isEqualTo("false");
    more.click();
    assertThat(driver.findElements(shown)).hasSize(all);
    assertThat(more.getText()).isEqualTo("Show fewer");
    assertThat(more.getAttribute("aria-expanded")).isEqualTo("true");

    // A value ticked from the extra ones stays in view however the list is folded.
    List<WebElement> items = driver.findElements(places);
    WebElement last = items.get(items.size() - 1).findElement(By.cssSelector("input"));
    String value = last.getAttribute("value");
    last.click();
    wait.until(ExpectedConditions.urlContains("location="));
    waitForResults(1);
    WebElement ticked = facetCheckbox("location", value);
    assertThat(ticked.isSelected()).isTrue();
    assertThat(ticked.isDisplayed()).isTrue();
  }

  @Test
  void aSuggestionIsPickedWithTheKeyboard() throws Exception {
    driver.get(HARBOUR.url() + "/");
    waitForTotal("14 results");
    driver.findElement(By.tagName("body")).sendKeys("/");
    WebElement box = driver.switchTo().activeElement();
    assertThat(box.getAttribute("id")).isEqualTo("q");

    box.sendKeys("mar");
    WebElement list =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
    box.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOf(list));
    assertThat(box.getAttribute("value")).isEqualTo("mar");
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

    box.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "hel");
    By okafor = By.xpath("//ul[@id='suggestions']/li[span[text()='Helen Okafor']]");
    WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(okafor));
    assertThat(option.getAttribute("role")).isEqualTo("option");
    assertThat(option.getAttribute("textContent")).contains("Person");
    List<WebElement> options = driver.findElements(By.cssSelector("#suggestions [role=option]"));
    int index = options.indexOf(option);
    for (int i = 0; i <= index; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
    assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
    Browser.screenshot(driver, "suggestions");
    box.sendKeys(Keys.ENTER);

    // A picked person becomes a person filter in place of the typed text.
    wait.until(ExpectedConditions.urlMatches("person=Helen(\\+|%20)Okafor"));
    int expected = apiTotal("person=" + ApiClient.enc("Helen Okafor"));
    waitForResults(expected);
    assertThat(driver.getCurrentUrl()).doesNotContain("q=");
    assertThat(box.getAttribute("value")).isEmpty();
    assertThat(driver.findElement(By.id("active-filters")).getText())
        .contains("Person:", "Helen Okafor");
    assertThat(facetCheckbox("person", "Helen Okafor").isSelected()).isTrue();
  }

  @Test
  void aPickedTitleSearchesForThatTitle() {
    driver.get(HARBOUR.url() + "/");
    waitForTotal("14 results");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("tall sh");
    String title = "Schoolchildren sail the harbour on a tall ship";
    By option = By.xpath("//ul[@id='suggestions']/li[span[text()='" + title + "']]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(option));
    List<WebElement> options = driver.findElements(By.cssSelector("#suggestions [role=option]"));
    for (int i = 0; i <= options.indexOf(driver.findElement(option)); i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    box.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.attributeToBe(box, "value", "title:\"" + title + "\""));
    waitForTotal("1 result");
    assertThat(titles()).containsExactly(title);
    assertThat(driver.findElement(By.id("suggestions")).isDisplayed()).isFalse();
  }

  @Test
  void aHistogramBarFiltersToItsYearAndAgainClears() {
    driver.get(HARBOUR.url() + "/?q=harbour");
    waitForTotal("13 results");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("histogram")));
    // Every year from the first to the last has a bar, and the undated articles one of their own.
    List<String> keys =
        driver.findElements(By.cssSelector("#histogram g.bar")).stream()
            .map(g -> g.getAttribute("data-key"))
            .toList();
    assertThat(keys).containsExactly("2014", "2015", "2016", "2017", "2018", "2019", "Unknown");
    assertThat(bar("2016").getAttribute("aria-label")).isEqualTo("2016: 2 articles");
    assertThat(bar("Unknown").getAttribute("aria-label")).isEqualTo("Undated: 2 articles");

    bar("2016").click();
    wait.until(ExpectedConditions.urlContains("year=2016"));
    waitForTotal("2 results");
    assertThat(bar("2016").getAttribute("aria-pressed")).isEqualTo("true");
    // The histogram ignores the year filter, so the other years stay to be chosen.
    assertThat(bar("2014").getAttribute("aria-label")).isEqualTo("2014: 1 article");
    assertThat(facetCheckbox("year", "2016").isSelected()).isTrue();
    Browser.screenshot(driver, "histogram-year");

    bar("2016").click();
    waitForTotal("13 results");
    assertThat(driver.getCurrentUrl()).doesNotContain("year=");

    // Keyboard: the bars are one tab stop, moved along with the arrow keys.
    bar("2019").click();
    waitForTotal("2 results");
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("data-key")).isEqualTo("2019");
    focused.sendKeys(Keys.ARROW_RIGHT);
    focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("data-key")).isEqualTo("Unknown");
    focused.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("year=Unknown"));
    waitForTotal("2 results");
    assertThat(titles())
        .containsExactlyInAnyOrder(
            "Volunteers clean the river banks above the harbour",
            "Letters: the harbour deserves better");
  }

  @Test
  void aDateRangeNarrowsTheResultsAndAWrongDateIsNamed() {
    driver.get(HARBOUR.url() + "/?q=harbour");
    waitForTotal("13 results");
    WebElement from = driver.findElement(By.id("from"));
    WebElement to = driver.findElement(By.id("to"));
    from.sendKeys("2016-13");
    to.sendKeys("2017", Keys.ENTER);
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("date-range-error")));
    assertThat(error.getText()).contains("From").contains("2015-06-03");
    assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.getCurrentUrl()).doesNotContain("from=");

    from.clear();
    from.sendKeys("2016", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("from=2016"));
    waitForTotal("4 results");
    assertThat(driver.getCurrentUrl()).contains("to=2017");
    assertThat(error.isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("active-filters")).getText()).contains("From:", "2016");

    driver.navigate().refresh();
    waitForTotal("4 results");
    assertThat(driver.findElement(By.id("from")).getAttribute("value")).isEqualTo("2016");
    assertThat(driver.findElement(By.id("to")).getAttribute("value")).isEqualTo("2017");
  }

  @Test
  void exportLinksCarryTheSearchAndDownloadEveryResult() throws Exception {
    driver.get(HARBOUR.url() + "/?q=harbour&author=Tom+Achebe");
    waitForTotal("4 results");
    String csv = driver.findElement(By.id("export-csv")).getAttribute("href");
    String jsonl = driver.findElement(By.id("export-jsonl")).getAttribute("href");
    assertThat(csv).isEqualTo(HARBOUR.url() + "/api/export?format=csv&q=harbour&author=Tom+Achebe");
    assertThat(jsonl).contains("format=jsonl", "q=harbour", "author=Tom+Achebe");

    // All pages, not just the shown one: 13 harbour articles although a page holds 10.
    driver.get(HARBOUR.url() + "/?q=harbour");
    waitForTotal("13 results");
    String all = driver.findElement(By.id("export-jsonl")).getAttribute("href");
    HttpResponse<String> lines =
        API.get(URI.create(all).getRawPath() + "?" + URI.create(all).getRawQuery());
    assertThat(lines.statusCode()).isEqualTo(200);
    assertThat(lines.body().lines().filter(l -> !l.isBlank()).count()).isEqualTo(13);
    HttpResponse<String> table =
        API.get(URI.create(csv).getRawPath() + "?" + URI.create(csv).getRawQuery());
    assertThat(table.statusCode()).isEqualTo(200);
    assertThat(table.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    // A header row, then one row per result.
    assertThat(table.body().lines().filter(l -> !l.isBlank()).count()).isEqualTo(5);
    assertThat(table.body()).contains("Winter storm damages harbour wall and bridge");
  }

  @Test
  void aHalfTypedWordFindsTheWordsItStartsAndEnterSearchesItAsTyped() throws Exception {
    driver.get(HARBOUR.url() + "/");
    waitForTotal("14 results");
    int okafor = apiTotal("q=okafor");
    assertThat(apiTotal("q=Okaf&typing=true")).isEqualTo(okafor);
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("Okaf");
    wait.until(ExpectedConditions.urlContains("q=Okaf"));
    waitForResults(okafor);
    // Still typing: the half word is not taken for a misspelling of another word.
    assertThat(driver.findElement(By.id("query-notes")).isDisplayed()).isFalse();
    assertThat(titles()).contains("Okafor wins second term as Bristol mayor");

    // Submitted, the word is searched as typed, and no article has it.
    box.sendKeys(Keys.ENTER);
    waitForResults(apiTotal("q=Okaf"));
    assertThat(apiTotal("q=Okaf")).isZero();
  }

  @Test
  void aMisspelledQueryOffersTheIndexsOwnSpelling() throws Exception {
    driver.get(HARBOUR.url() + "/");
    waitForTotal("14 results");
    // Nothing matches as typed: the results are the correction's, and the page says so.
    driver.findElement(By.id("q")).sendKeys("okafro", Keys.ENTER);
    WebElement applied =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#query-notes .did-you-mean-applied")));
    assertThat(applied.getText()).isEqualTo("okafor");
    assertThat(driver.findElement(By.id("query-notes")).getText())
        .isEqualTo("No results for \u201cokafro\u201d. Showing results for okafor.");
    waitForResults(apiTotal("q=okafor"));
    assertThat(titles()).contains("Okafor wins second term as Bristol mayor");
    Browser.screenshot(driver, "did-you-mean");

    // Something matches as typed: the correction is offered as a link.
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "okafro OR ferry", Keys.ENTER);
    waitForResults(apiTotal("q=" + ApiClient.enc("okafro OR ferry")));
    WebElement link =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#query-notes .did-you-mean-link")));
    assertThat(driver.findElement(By.id("query-notes")).getText())
        .isEqualTo("Did you mean: okafor OR ferry?");
    link.click();
    wait.until(ExpectedConditions.attributeToBe(box, "value", "okafor OR ferry"));
    waitForResults(apiTotal("q=" + ApiClient.enc("okafor OR ferry")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("query-notes")));
    driver.navigate().back();
    wait.until(ExpectedConditions.attributeToBe(box, "value", "okafro OR ferry"));
  }

  @Test
  void mentionedWithShowsTheCompanyAnEntityKeepsAndWhen() throws Exception {
    driver.get(HARBOUR.url() + "/?q=harbour");
    waitForTotal("13 results");
    WebElement withButton =
        driver.findElement(
            By.cssSelector(
                ".facet[data-facet='person'] button.facet-with[data-value='Helen Okafor']"));
    assertThat(withButton.getAttribute("aria-label")).isEqualTo("Mentioned with Helen Okafor");
    withButton.click();
    wait.until(ExpectedConditions.urlMatches("with=person%3AHelen(\\+|%20)Okafor"));
    WebElement panel =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mentioned-with")));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#mentioned-with .mw-list")));
    JsonObject expected =
        API.getJson(
            "/api/cooccurrence?type=person&value="
                + ApiClient.enc("Helen Okafor")
                + "&size=10&q=harbour",
            200);
    String first =
        expected.getAsJsonArray("with").get(0).getAsJsonObject().get("value").getAsString();
    List<String> names =
        panel.findElements(By.cssSelector(".mw-name")).stream().map(WebElement::getText).toList();
    assertThat(names).hasSize(expected.getAsJsonArray("with").size()).startsWith(first);
    assertThat(names).contains("Marcus Bell").doesNotContain("Helen Okafor");
    // The order is the server's, by association, and the page says so in words.
    JsonObject top = expected.getAsJsonArray("with").get(0).getAsJsonObject();
    assertThat(panel.getText()).containsIgnoringCase("More often with it than chance would have");
    WebElement share = panel.findElement(By.cssSelector(".mw-count"));
    long together = top.get("count").getAsLong();
    long its = top.get("articles").getAsLong();
    assertThat(share.getText()).isEqualTo(together + " of " + its);
    assertThat(share.getAttribute("title"))
        .isEqualTo(
            together
                + " of the "
                + its
                + (its == 1 ? " article" : " articles")
                + " that mention "
                + top.get("value").getAsString()
                + " mention Helen Okafor");
    assertThat(withButton.getText()).isEqualTo("mentioned with");
    assertThat(panel.getText())
        .contains("mentioned in " + expected.get("articles").getAsInt() + " articles");
    // Mentions per year, drawn as bars, one per year with undated apart.
    assertThat(panel.findElements(By.cssSelector(".mw-chart svg g.bar"))).isNotEmpty();
    assertThat(withButton.getAttribute("aria-pressed")).isEqualTo("true");
    Browser.screenshot(driver, "mentioned-with");

    // A name in the panel filters the results to it.
    panel.findElement(By.xpath(".//a[@class][text()='Marcus Bell']")).click();
    wait.until(ExpectedConditions.urlMatches("person=Marcus(\\+|%20)Bell"));
    waitForResults(apiTotal("q=harbour&person=" + ApiClient.enc("Marcus Bell")));

    driver.navigate().back();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#mentioned-with .mw-list")));
    driver.findElement(By.cssSelector("#mentioned-with .mw-close")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("mentioned-with")));
    assertThat(driver.getCurrentUrl()).doesNotContain("with=");
  }

  @Test
  void noResultsAndRefusedSearchesSayWhy() {
    driver.get(HARBOUR.url() + "/?q=zyxwvut&author=Tom+Achebe");
    WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
    assertThat(empty.getText())
        .contains("No articles match \u201czyxwvut\u201d with the selected filters.");
    empty.findElement(By.cssSelector("[data-action=clear-filters]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("author=")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("empty"), "No articles match \u201czyxwvut\u201d."));

    // Over the term limit: the server's reason in an alert, no stale results.
    String tooMany = String.join(" ", java.util.Collections.nCopies(70, "harbour"));
    driver.get(HARBOUR.url() + "/?q=" + tooMany.replace(' ', '+'));
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getAttribute("role")).isEqualTo("alert");
    assertThat(error.getText()).startsWith("Search failed.").containsIgnoringCase("terms");
    assertThat(titles()).isEmpty();
  }

  @Test
  void onANarrowScreenTheFiltersStackAboveTheResults() {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
    driver.get(HARBOUR.url() + "/?q=harbour");
    waitForTotal("13 results");
    WebElement toggle = driver.findElement(By.id("filters-toggle"));
    assertThat(toggle.isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("facets-body")).isDisplayed()).isFalse();
    Browser.screenshot(driver, "narrow-results");
    toggle.click();
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    WebElement facets = driver.findElement(By.id("facets-body"));
    assertThat(facets.isDisplayed()).isTrue();
    assertThat(facets.getRect().getY())
        .isLessThan(driver.findElement(By.id("results")).getRect().getY());
    Browser.screenshot(driver, "narrow-filters");
    // No horizontal scrolling: the histogram and toolbar fit the width.
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    assertThat(overflow).isEqualTo(false);
  }
}
