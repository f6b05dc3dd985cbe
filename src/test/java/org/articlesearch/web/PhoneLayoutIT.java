package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page on a 390 × 844 phone in a real browser: the first result shows without scrolling, and
 * the filters are a sheet closed by "Show N results".
 */
class PhoneLayoutIT extends BrowserSession {
  private static final SeedServer HARBOUR = SeedServer.harbour();

  /** The element's top and bottom in the viewport, in CSS pixels. */
  private double[] viewportSpan(WebElement element) {
    Object span =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom];",
                element);
    java.util.List<?> list = (java.util.List<?>) span;
    return new double[] {
      ((Number) list.get(0)).doubleValue(), ((Number) list.get(1)).doubleValue()
    };
  }

  private double viewportHeight() {
    return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;"))
        .doubleValue();
  }

  private WebElement firstResult() {
    return driver.findElement(By.cssSelector("#results .hit:first-child"));
  }

  @Test
  void theFirstResultShowsWithoutScrolling() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(HARBOUR.url() + "/?q=harbour");
    waitForTotal("13 results");
    double[] title = viewportSpan(firstResult().findElement(By.cssSelector(".hit-title")));
    double[] snippet = viewportSpan(firstResult().findElement(By.cssSelector(".snippet")));
    assertThat(title[0]).isGreaterThan(0);
    // The title and the start of its snippet are on the first screen.
    assertThat(snippet[0] + 40).isLessThan(viewportHeight());
    Browser.screenshot(driver, "phone-results");
  }

  @Test
  void theFiltersAreASheetThatShowsItsResults() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(HARBOUR.url() + "/?q=harbour");
    waitForTotal("13 results");
    WebElement toggle = driver.findElement(By.id("filters-toggle"));
    WebElement done = driver.findElement(By.id("filters-done"));
    assertThat(done.isDisplayed()).isFalse();
    toggle.click();

    // The sheet covers the screen; its button, at the bottom, counts the results.
    WebElement sheet = driver.findElement(By.id("facets"));
    double[] sheetSpan = viewportSpan(sheet);
    assertThat(sheetSpan[0]).isEqualTo(0);
    assertThat(sheetSpan[1]).isEqualTo(viewportHeight());
    assertThat(done.isDisplayed()).isTrue();
    assertThat(done.getText()).isEqualTo("Show 13 results");
    assertThat(viewportSpan(done)[1]).isLessThanOrEqualTo(viewportHeight());

    // Ticking keeps the sheet open and the count follows.
    facetCheckbox("author", "Tom Achebe").click();
    wait.until(ExpectedConditions.urlContains("author=Tom"));
    wait.until(ExpectedConditions.textToBePresentInElement(done, "Show 4 results"));
    assertThat(done.isDisplayed()).isTrue();
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    Browser.screenshot(driver, "phone-filters");

    done.click();
    wait.until(ExpectedConditions.invisibilityOf(done));
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(toggle.getText()).isEqualTo("Show filters (1)");
    double[] first = viewportSpan(firstResult());
    assertThat(first[0]).isGreaterThanOrEqualTo(0).isLessThan(viewportHeight() - 150);

    // Escape closes the sheet too, back on its button.
    toggle.click();
    assertThat(done.isDisplayed()).isTrue();
    facetCheckbox("author", "Tom Achebe").sendKeys(Keys.ESCAPE);
    assertThat(done.isDisplayed()).isFalse();
    assertThat(driver.switchTo().activeElement()).isEqualTo(toggle);
  }
}
