package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
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
    wait.until(ExpectedConditions.elementToBeClickable(By.id("q")))
        .sendKeys("\"taliban", Keys.ENTER);
    WebElement notice =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#query-notes .query-notice")));
    assertThat(notice.getText()).contains("could not be read as written");
    waitForTotal("4 results");
    assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
  }
}
