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

/** Entity highlighting in the document view and the facet value finder, in a real browser. */
class DocumentViewIT extends BrowserSession {
  private List<WebElement> mentions(String type, String name) {
    return driver.findElements(
        By.cssSelector(
            "#document .doc-text a.mention.mention-" + type + "[data-value='" + name + "']"));
  }

  private void markInTheText(String type) {
    WebElement toggle =
        driver.findElement(
            By.xpath("//div[@id='mention-legend']//button[normalize-space()='" + type + "']"));
    toggle.click();
    assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
  }

  @Test
  void documentHighlightsMentionsAndAMentionFiltersTheResults() {
    driver.get(SEEDS.url() + "/?year=2018");
    waitForTotal("1 result");
    driver.findElement(By.cssSelector("#results .hit-title")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mention-legend")));
    markInTheText("People");
    markInTheText("Locations");

    // The full name and the later surname alone are both highlighted as the same person.
    List<String> khan =
        mentions("person", "Liaquat Ali Khan").stream().map(WebElement::getText).toList();
    assertThat(khan).contains("Liaquat Ali Khan", "Khan");
    WebElement first = mentions("person", "Liaquat Ali Khan").get(0);
    assertThat(first.getAttribute("title")).isEqualTo("Person: Liaquat Ali Khan");
    assertThat(mentions("person", "Vladimir Putin")).isNotEmpty();
    assertThat(mentions("location", "Rawalpindi")).isNotEmpty();

    // The highlighting only wraps text: the article reads exactly as before, line breaks included.
    String text = driver.findElement(By.cssSelector("#document .doc-text")).getText();
    assertThat(text)
        .contains("the first Prime Minister Liaquat Ali Khan to visit Moscow. However, Khan opted");
    assertThat(text.lines().count()).isGreaterThan(5);

    // A toggle per type present, which is also the key to the colours.
    WebElement legend = driver.findElement(By.id("mention-legend"));
    assertThat(legend.getText()).contains("People", "Organizations", "Locations");
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'})",
            driver.findElement(By.id("doc-text-heading")));
    Browser.screenshot(driver, "document-entities");

    mentions("location", "Rawalpindi").get(0).click();
    waitForTotal("1 result");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-view")));
    assertThat(driver.getCurrentUrl())
        .contains("location=Rawalpindi")
        .contains("year=2018")
        .doesNotContain("doc=");
    assertThat(driver.findElement(By.id("document")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("active-filters")).getText())
        .contains("Location:", "Rawalpindi");

    // Back returns to the highlighted document.
    driver.navigate().back();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#document .doc-text a.mention")));
    assertThat(driver.getCurrentUrl()).contains("doc=").doesNotContain("location=");
  }

  @Test
  void facetFinderSearchesAllValuesAndTicksLikeACheckbox() {
    driver.get(SEEDS.url() + "/");
    waitForTotal("5 results");
    WebElement finder =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("facet-find-person")));
    assertThat(
            driver
                .findElement(By.cssSelector("label[for='facet-find-person']"))
                .getAttribute("textContent"))
        .isEqualTo("Find a person");
    finder.sendKeys("put");

    By putin =
        By.cssSelector(
            ".facet[data-facet='person'] .facet-find-results input[type=checkbox][value='Vladimir Putin']");
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(putin));
    assertThat(box.findElement(By.xpath("..")).getText()).contains("Vladimir Putin").contains("3");
    // The normal list is replaced by the matches while the finder has text.
    assertThat(
            driver
                .findElement(By.cssSelector(".facet[data-facet='person'] .facet-values"))
                .isDisplayed())
        .isFalse();

    box.click();
    wait.until(ExpectedConditions.urlMatches("person=Vladimir(\\+|%20)Putin"));
    waitForTotal("3 results");
    Browser.screenshot(driver, "facet-finder");
    // Ticked, the value is a filter like the others: the finder empties and the list comes back
    // with it ticked, so no other ticked value stays hidden behind the typed text.
    WebElement values =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".facet[data-facet='person'] .facet-values")));
    assertThat(driver.findElement(By.id("facet-find-person")).getAttribute("value")).isEmpty();
    WebElement ticked = values.findElement(By.cssSelector("input[value='Vladimir Putin']"));
    assertThat(ticked.isSelected()).isTrue();
    // Focus stays on the value just ticked, now in the list.
    wait.until(
        d ->
            "Vladimir Putin".equals(d.switchTo().activeElement().getAttribute("value"))
                && d.switchTo()
                        .activeElement()
                        .findElements(By.xpath("ancestor::*[contains(@class,'facet-values')]"))
                        .size()
                    == 1);

    driver.navigate().back();
    waitForTotal("5 results");
    assertThat(driver.getCurrentUrl()).doesNotContain("person=");
  }
}
