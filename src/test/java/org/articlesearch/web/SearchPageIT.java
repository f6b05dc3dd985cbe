package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
