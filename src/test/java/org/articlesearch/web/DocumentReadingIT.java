package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The document view read as a reader would, in a real browser on the seed article that mentions
 * Pakistan 31 times: plain text until a type of name is marked, plain words for where a value came
 * from, and the file's details folded away.
 */
class DocumentReadingIT extends BrowserSession {
  private void openThePakistanArticle(String query) {
    driver.get(SEEDS.url() + "/?year=2018&q=" + query);
    waitForTotal("1 result");
    driver.findElement(By.cssSelector("#results .hit-title")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mention-legend")));
  }

  private List<WebElement> linked(String type) {
    return driver.findElements(By.cssSelector("#document .doc-text a.mention-" + type + "[href]"));
  }

  private String style(WebElement element, String property) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);",
                element,
                property);
  }

  /** The red, green and blue of a computed "rgb(r, g, b)" colour. */
  private static int[] rgb(String color) {
    String[] parts = color.replaceAll("[^0-9,]", "").split(",");
    return new int[] {
      Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])
    };
  }

  @Test
  void theTextReadsPlainUntilATypeOfNameIsMarked() {
    openThePakistanArticle("");
    WebElement pakistan =
        driver.findElement(By.cssSelector("#document .doc-text a.mention[data-value='Pakistan']"));
    // Off at first: no link, no tab stop, no tint, no underline.
    assertThat(driver.findElements(By.cssSelector("#document .doc-text a.mention[href]")))
        .isEmpty();
    assertThat(style(pakistan, "text-decoration-line")).isEqualTo("none");
    assertThat(style(pakistan, "background-color")).isEqualTo("rgba(0, 0, 0, 0)");
    List<WebElement> toggles = driver.findElements(By.cssSelector("#mention-legend button"));
    assertThat(toggles).extracting(WebElement::getText).contains("People", "Locations");
    assertThat(toggles)
        .allSatisfy(t -> assertThat(t.getAttribute("aria-pressed")).isEqualTo("false"));

    // One type on: its names are marked links, the others stay plain.
    WebElement locations =
        driver.findElement(By.cssSelector("#mention-legend button[data-facet='location']"));
    locations.click();
    assertThat(locations.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(linked("location")).hasSizeGreaterThan(30);
    assertThat(linked("person")).isEmpty();
    assertThat(style(pakistan, "text-decoration-line")).isEqualTo("underline");
    assertThat(pakistan.getAttribute("aria-label")).isEqualTo("Pakistan (location)");
    locations.click();
    assertThat(linked("location")).isEmpty();
  }

  @Test
  void aQueryHitLooksNothingLikeAMarkedPlace() {
    openThePakistanArticle("relations");
    driver.findElement(By.cssSelector("#mention-legend button[data-facet='location']")).click();
    WebElement hit =
        driver.findElement(By.xpath("//div[contains(@class,'doc-text')]/mark[@data-hit]"));
    int[] hitColor = rgb(style(hit, "background-color"));
    int[] placeColor = rgb(style(linked("location").get(0), "background-color"));
    double distance =
        Math.sqrt(
            Math.pow(hitColor[0] - placeColor[0], 2)
                + Math.pow(hitColor[1] - placeColor[1], 2)
                + Math.pow(hitColor[2] - placeColor[2], 2));
    assertThat(distance).as("distance between the hit and place colours").isGreaterThan(100);
  }

  @Test
  void whereAValueCameFromIsSaidInWordsAndFileDetailsAreFolded() {
    openThePakistanArticle("");
    WebElement document = driver.findElement(By.id("document"));
    assertThat(driver.findElement(By.cssSelector(".doc-title-source")).getText())
        .isEqualTo("Title from the page address");
    assertThat(driver.findElement(By.cssSelector("#document .doc-meta")).getText())
        .contains("@iamusmanghani from a social media handle");
    assertThat(document.getText()).doesNotContainPattern("\\b(text|html|jsonld|og|meta):[a-z-]+");

    WebElement path = driver.findElement(By.cssSelector("#document .doc-path"));
    assertThat(path.isDisplayed()).isFalse();
    assertThat(document.getText()).doesNotContain("Content type");
    driver.findElement(By.cssSelector("#document .doc-file summary")).click();
    assertThat(path.isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector("#document .doc-file")).getText())
        .contains("Content type", "Path");
    Browser.screenshot(driver, "document-reading");
  }
}
