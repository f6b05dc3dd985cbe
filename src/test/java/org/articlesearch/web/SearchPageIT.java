package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in a real browser against the real server and the seed index. */
class SearchPageIT extends BrowserSession {
  @Test
  void keywordSearchThenFacetTickAndUntick() {
    driver.get(SEEDS.url() + "/");
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.sendKeys("Taliban", Keys.ENTER);
    waitForTotal("4 results");
    assertThat(titles())
        .hasSize(4)
        .contains("Pakistan and Russia: Improving Bilateral Ties & Regional Stability");
    assertThat(driver.findElements(By.cssSelector("#results .snippet mark"))).isNotEmpty();
    assertThat(driver.getCurrentUrl()).contains("q=Taliban");
    Browser.screenshot(driver, "search-results");

    facetCheckbox("author", "Muhammad Hamza Tanvir").click();
    waitForTotal("1 result");
    assertThat(titles())
        .containsExactly("Pakistan and Russia: Improving Bilateral Ties & Regional Stability");
    assertThat(driver.getCurrentUrl()).contains("author=Muhammad");
    // Multi-select: the other authors are still offered while one is ticked.
    assertThat(facetCheckbox("author", "Sarfraz Ahmed Rana").isSelected()).isFalse();

    facetCheckbox("author", "Muhammad Hamza Tanvir").click();
    waitForTotal("4 results");

    driver.navigate().back();
    waitForTotal("1 result");
    assertThat(facetCheckbox("author", "Muhammad Hamza Tanvir").isSelected()).isTrue();
  }

  @Test
  void aFreshLoadShowsTheIconAndLogsNoError() {
    driver.get(SEEDS.url() + "/");
    waitForTotal("5 results");
    Object iconWidth =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1], img = new Image();"
                    + "img.onload = function () { done(img.naturalWidth); };"
                    + "img.onerror = function () { done(-1); };"
                    + "img.src = document.querySelector('link[rel=icon]').href;");
    assertThat(((Number) iconWidth).intValue()).isPositive();
    List<String> errors = new ArrayList<>();
    try {
      // The browser asks for its icon after the load, when it chooses; an error is waited for.
      new WebDriverWait(driver, Duration.ofSeconds(2))
          .until(d -> errors.addAll(Browser.consoleErrors(d)));
    } catch (TimeoutException e) {
      // None came: what the test wants.
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void aFilterValueTypedInAnotherCaseIsShownAsIndexed() {
    driver.get(SEEDS.url() + "/?author=sarfraz+ahmed+rana");
    waitForTotal("1 result");
    wait.until(ExpectedConditions.urlContains("author=Sarfraz+Ahmed+Rana"));
    assertThat(facetCheckbox("author", "Sarfraz Ahmed Rana").isSelected()).isTrue();
    facetCheckbox("author", "Sarfraz Ahmed Rana").click();
    waitForTotal("5 results");
  }

  @Test
  void sharedLinkRestoresFiltersAndOpensADocument() {
    driver.get(SEEDS.url() + "/?year=2018");
    waitForTotal("1 result");
    driver.findElement(By.cssSelector("#results .hit-title")).click();
    WebElement document =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("document"), "Liaquat Ali Khan"));
    assertThat(document.getText()).contains("Daily Times");
    assertThat(driver.getCurrentUrl()).contains("doc=");
    Browser.screenshot(driver, "document-view");
  }

  @Test
  void aMalformedQuerySearchesItsWordsAndSaysSo() {
    driver.get(SEEDS.url() + "/");
    search("\"taliban");
    assertThat(notice())
        .isEqualTo(
            "The closing quote is missing, so the words were searched on their own: taliban.");
    waitForTotal("4 results");
    assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
  }

  @Test
  void browsingListsTheNewestFirstAndExclusionsAloneListTheRest() {
    driver.get(SEEDS.url() + "/");
    waitForTotal("5 results");
    List<String> dates = hitDates();
    List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
    assertThat(dated).isSortedAccordingTo(Comparator.reverseOrder()).hasSizeGreaterThan(1);
    assertThat(dates.subList(0, dated.size())).isEqualTo(dated); // undated last

    search("-Taliban");
    waitForTotal("1 result");
    assertThat(driver.findElement(By.id("empty")).isDisplayed()).isFalse();
  }

  @Test
  void oldestFirstListsTheDatedInAscendingOrderAndTheUndatedLast() {
    driver.get(SEEDS.url() + "/");
    waitForTotal("5 results");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort")))
        .selectByVisibleText("Oldest first");
    wait.until(ExpectedConditions.urlContains("sort=oldest"));
    waitForTotal("5 results");
    wait.until(
        d -> {
          List<String> dated = hitDates().stream().filter(x -> !x.isEmpty()).toList();
          return dated.size() > 1 && dated.get(0).compareTo(dated.get(dated.size() - 1)) < 0;
        });
    List<String> dates = hitDates();
    List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
    assertThat(dated).isSorted();
    assertThat(dates.subList(0, dated.size())).isEqualTo(dated); // undated last
  }

  @Test
  void aQueryNoArticleHasEveryWordOfSaysWhichWordsWereNotRequired() {
    driver.get(SEEDS.url() + "/");
    search("Taliban qqxqqzz");
    waitForTotal("4 results");
    assertThat(notice()).isEqualTo("No article has \u201cqqxqqzz\u201d, so it was not required.");
  }

  /** Waits for the notice above the results and returns its text. */
  private String notice() {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#query-notes .query-notice")))
        .getText();
  }

  private void search(String q) {
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.clear();
    box.sendKeys(q, Keys.ENTER);
  }

  /** The publication date of each hit shown, in order; empty for an undated one. */
  private List<String> hitDates() {
    return driver.findElements(By.cssSelector("#results .hit")).stream()
        .map(
            hit ->
                hit.findElements(By.cssSelector(".hit-date")).stream()
                    .map(d -> d.getAttribute("datetime"))
                    .findFirst()
                    .orElse(""))
        .toList();
  }
}
