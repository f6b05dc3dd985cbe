package org.articlesearch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser per test against the shared seed server, with the waits the page tests have in common.
 */
public abstract class BrowserSession {
  protected static final SeedServer SEEDS = SeedServer.get();

  protected WebDriver driver;
  protected WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    driver = Browser.start(1280, 1000);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      List<String> problems;
      try {
        problems = Browser.scriptProblems(driver);
      } finally {
        driver.quit();
      }
      assertThat(problems).as("script errors and CSP violations in the page").isEmpty();
    }
  }

  /** Returns the titles of the results shown, in order. */
  protected List<String> titles() {
    return driver.findElements(By.cssSelector("#results .hit-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Returns the checkbox of one facet value in the sidebar's list. */
  protected WebElement facetCheckbox(String facet, String value) {
    return driver.findElement(
        By.cssSelector(
            ".facet[data-facet='" + facet + "'] input[type=checkbox][value='" + value + "']"));
  }

  /** Waits until #total starts with exactly this count, e.g. "1 result" (not "11 results"). */
  protected void waitForTotal(String text) {
    wait.until(
        ExpectedConditions.textMatches(
            By.id("total"), Pattern.compile("^" + Pattern.quote(text) + "\\b")));
  }

  /** Waits until #total says n results ("1 result", "6 results"). */
  protected void waitForResults(int n) {
    waitForTotal(n + (n == 1 ? " result" : " results"));
  }
}
