package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
 * The year histogram in a real browser: gaps for empty years, bars of a fixed width, a count axis,
 * and decades with labels that do not overlap when a century of years does not fit.
 */
class HistogramIT extends BrowserSession {
  private static final SeedServer HARBOUR = SeedServer.harbour();
  private static final SeedServer CENTURY = SeedServer.century();

  private List<String> barKeys() {
    return driver.findElements(By.cssSelector("#histogram g.bar")).stream()
        .map(g -> g.getAttribute("data-key"))
        .toList();
  }

  private WebElement bar(String key) {
    return driver.findElement(By.cssSelector("#histogram g.bar[data-key='" + key + "']"));
  }

  private double width(WebElement element) {
    return ((Number)
            ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].getBoundingClientRect().width;", element))
        .doubleValue();
  }

  /** The drawn labels' [left, right] in page pixels, in order. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Number>> labelBoxes() {
    return (List<Map<String, Number>>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('#histogram .bar-label')].map(t => {"
                    + " const r = t.getBoundingClientRect(); return {left: r.left, right: r.right};"
                    + " }).sort((a, b) => a.left - b.left);");
  }

  private void assertLabelsDoNotOverlap() {
    List<Map<String, Number>> boxes = labelBoxes();
    assertThat(boxes).hasSizeGreaterThan(1);
    for (int i = 1; i < boxes.size(); i++) {
      assertThat(boxes.get(i).get("left").doubleValue())
          .as("label %d starts after label %d ends", i, i - 1)
          .isGreaterThan(boxes.get(i - 1).get("right").doubleValue());
    }
  }

  private void assertEveryBarIsAFingerWide() {
    for (WebElement target : driver.findElements(By.cssSelector("#histogram g.bar .bar-target"))) {
      assertThat(width(target)).isGreaterThanOrEqualTo(24);
    }
  }

  /** Opens every article of the century corpus in a window of this size. */
  private void openCenturyAt(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    driver.get(CENTURY.url() + "/");
    waitForTotal("122 results");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("histogram")));
  }

  @Test
  void aYearWithoutArticlesIsAGapAndTheBarsHaveACountAxis() {
    driver.get(HARBOUR.url() + "/?author=Tom+Achebe");
    waitForTotal("4 results");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("histogram")));
    // 2017 has none of his articles: no bar to choose, so no click leads to zero results.
    assertThat(barKeys()).containsExactly("2015", "2016", "2018", "2019");
    assertThat(driver.findElement(By.id("histogram")).getText()).contains("2017");
    // The count axis, from 0 to the highest bar: one article a year.
    List<String> counts =
        driver.findElements(By.cssSelector("#histogram .count-label")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(counts).containsExactly("0", "1");
    Browser.screenshot(driver, "histogram-gap");

    // A single year left is one bar of the usual width, not the whole chart.
    driver.get(HARBOUR.url() + "/?from=2016&to=2016");
    waitForTotal("2 results");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("histogram")));
    assertThat(barKeys()).containsExactly("2016");
    double chart = width(driver.findElement(By.cssSelector("#histogram svg")));
    double bar = width(bar("2016").findElement(By.cssSelector(".bar-fill")));
    assertThat(bar).isLessThan(60).isLessThan(chart / 10);
  }

  @Test
  void aCenturyOfYearsIsShownInDecadesThatOpenIntoTheirYears() {
    openCenturyAt(1366, 900);
    List<String> decades = barKeys();
    assertThat(decades).startsWith("1900-1909", "1910-1919").endsWith("2020-2029", "Unknown");
    assertThat(bar("1930-1939").getAttribute("aria-label")).isEqualTo("1930s: 8 articles");
    assertLabelsDoNotOverlap();
    assertEveryBarIsAFingerWide();
    Browser.screenshot(driver, "histogram-decades");

    // A decade is chosen like a year: From and To become its first and last year.
    bar("1930-1939").click();
    wait.until(ExpectedConditions.urlContains("from=1930"));
    waitForTotal("8 results");
    assertThat(driver.getCurrentUrl()).contains("to=1939");
    assertThat(driver.findElement(By.id("from")).getAttribute("value")).isEqualTo("1930");
    assertThat(driver.findElement(By.id("to")).getAttribute("value")).isEqualTo("1939");
    wait.until(d -> barKeys().contains("1932"));
    assertThat(barKeys())
        .containsExactly("1930", "1931", "1932", "1935", "1936", "1937", "1938", "1939");

    // The keyboard steps from bar to bar over the gap of 1933 and 1934.
    bar("1932").click();
    wait.until(ExpectedConditions.urlContains("year=1932"));
    waitForTotal("1 result");
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("data-key")).isEqualTo("1932");
    focused.sendKeys(Keys.ARROW_RIGHT);
    assertThat(driver.switchTo().activeElement().getAttribute("data-key")).isEqualTo("1935");
  }

  @Test
  void onAPhoneEveryBarOfACenturyIsReachableByTouch() {
    openCenturyAt(390, 844);
    assertThat(barKeys()).isNotEmpty();
    assertEveryBarIsAFingerWide();
    assertLabelsDoNotOverlap();
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    assertThat(overflow).isEqualTo(false);
    Browser.screenshot(driver, "histogram-phone");
  }
}
