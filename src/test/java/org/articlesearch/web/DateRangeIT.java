package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** From and To in a real browser: applied together, or not at all. */
class DateRangeIT extends BrowserSession {
  private static final SeedServer HARBOUR = SeedServer.harbour();

  @Test
  void tabbingFromFromToToSearchesNothingUntilBothAreDone() {
    driver.get(HARBOUR.url() + "/?q=harbour");
    waitForTotal("13 results");
    WebElement from = driver.findElement(By.id("from"));
    WebElement to = driver.findElement(By.id("to"));
    from.sendKeys("2024", Keys.TAB);
    assertThat(driver.switchTo().activeElement()).isEqualTo(to);
    to.sendKeys("2018", Keys.ENTER);

    // A reversed pair: named, both fields marked, nothing applied, the results say unfiltered.
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("date-range-error")));
    assertThat(error.getText())
        .isEqualTo(
            "\u201cFrom\u201d (2024) is after \u201cto\u201d (2018)."
                + " The results are not filtered by date.");
    assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(to.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.getCurrentUrl()).doesNotContain("from=").doesNotContain("to=");
    waitForTotal("13 results");
    assertThat(driver.findElement(By.id("active-filters")).isDisplayed()).isFalse();
    Browser.screenshot(driver, "date-range-reversed");

    // Corrected, both bounds arrive in one step, once focus leaves the pair.
    from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2015");
    driver.findElement(By.id("sort")).click();
    wait.until(ExpectedConditions.urlContains("from=2015"));
    assertThat(driver.getCurrentUrl()).contains("to=2018");
    waitForTotal("8 results");
    assertThat(error.isDisplayed()).isFalse();

    // Back goes to before the range: there was no step with From alone.
    driver.navigate().back();
    waitForTotal("13 results");
    assertThat(driver.getCurrentUrl()).doesNotContain("from=");
  }

  @Test
  void aRefusedPairLeavesTheAppliedRangeAndSaysSo() {
    driver.get(HARBOUR.url() + "/?q=harbour&from=2016");
    waitForTotal("8 results");
    WebElement to = driver.findElement(By.id("to"));
    to.sendKeys("2014", Keys.ENTER);
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("date-range-error")));
    assertThat(error.getText())
        .isEqualTo(
            "\u201cFrom\u201d (2016) is after \u201cto\u201d (2014)."
                + " The results still show from 2016.");
    assertThat(driver.getCurrentUrl()).contains("from=2016").doesNotContain("to=");
  }
}
