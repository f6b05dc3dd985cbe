package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The document view's hit stepping, provenance and "More like this", in a real browser. */
class DocumentHitsPageIT extends BrowserSession {
  private static final SeedServer HARBOUR = SeedServer.harbour();
  private static final ApiClient API = new ApiClient(HARBOUR.url());
  private static final String STRIKE = "Ferry strike ends after harbour talks in Bristol";

  private String counter() {
    return driver.findElement(By.id("hit-counter")).getText();
  }

  private WebElement currentHit() {
    List<WebElement> current =
        driver.findElements(By.cssSelector("#document mark.doc-hit.is-current"));
    assertThat(current).isNotEmpty();
    return current.get(0);
  }

  private boolean inViewport(WebElement e) {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                e);
  }

  @Test
  void aPhraseQueryIsQuotedOnceInTheHitCounter() {
    driver.get(HARBOUR.url() + "/?q=%22ferry+strike%22");
    waitForTotal("1 result");
    driver.findElement(By.linkText(STRIKE)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-counter")));

    assertThat(counter()).matches("\\d+ hits? for \u201cferry strike\u201d");
  }

  @Test
  void aDocumentStepsThroughItsHitsAndBackRestoresTheResults() throws Exception {
    driver.get(HARBOUR.url() + "/?q=ferry&sort=date");
    wait.until(
        ExpectedConditions.textMatches(
            By.id("total"), java.util.regex.Pattern.compile("^\\d+ results")));
    List<String> before = titles();
    driver.findElement(By.linkText(STRIKE)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-counter")));
    Browser.screenshot(driver, "document-top");
    String id = driver.getCurrentUrl().replaceAll(".*doc=([0-9a-f]+).*", "$1");
    JsonObject doc = API.getJson("/api/documents/" + id + "?q=ferry", 200);
    int n = doc.getAsJsonArray("hits").size();
    assertThat(n).isGreaterThan(3);
    assertThat(counter()).isEqualTo(n + " hits for \u201cferry\u201d");
    assertThat(driver.findElements(By.cssSelector("#document mark.doc-hit")))
        .hasSizeGreaterThanOrEqualTo(n);
    // Hits and entity mentions are highlighted together.
    assertThat(driver.findElements(By.cssSelector("#document .doc-text a.mention"))).isNotEmpty();

    WebElement next = driver.findElement(By.id("hit-next"));
    WebElement prev = driver.findElement(By.id("hit-prev"));
    next.click();
    assertThat(counter()).isEqualTo("Hit 1 of " + n);
    assertThat(currentHit().getText()).matches("(?i)ferr.*");
    next.click();
    next.click();
    assertThat(counter()).isEqualTo("Hit 3 of " + n);
    WebElement third = currentHit();
    assertThat(third.getAttribute("data-hit")).isEqualTo("2");
    assertThat(inViewport(third)).isTrue();
    assertThat(
            driver.findElements(By.cssSelector("#document mark.doc-hit.is-current[data-hit='1']")))
        .isEmpty();
    Browser.screenshot(driver, "document-hits");
    prev.click();
    prev.click();
    prev.click();
    assertThat(counter()).isEqualTo("Hit " + n + " of " + n);
    // The keyboard steps too: n for next.
    driver.findElement(By.tagName("body")).sendKeys("n");
    assertThat(counter()).isEqualTo("Hit 1 of " + n);

    // Metadata shows where each value came from, in words rather than the extractor's codes.
    JsonObject provenance = doc.getAsJsonObject("provenance");
    String metadata = driver.findElement(By.cssSelector("#document .doc-meta")).getText();
    assertThat(metadata).contains("Anna Lindqvist from the byline");
    assertThat(metadata).contains("12 March 2014 from the dateline");
    assertThat(metadata)
        .doesNotContain(provenance.get("authors").getAsString())
        .doesNotContain(provenance.get("date").getAsString());

    // More like this: each item opens that document.
    WebElement related =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#related .related-title")));
    String relatedTitle = related.getText();
    assertThat(relatedTitle).isNotEqualTo(STRIKE);
    related.click();
    wait.until(ExpectedConditions.textToBe(By.id("doc-title"), relatedTitle));
    assertThat(driver.getCurrentUrl()).doesNotContain("doc=" + id);

    driver.navigate().back();
    wait.until(ExpectedConditions.textToBe(By.id("doc-title"), STRIKE));
    driver.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-view")));
    assertThat(driver.getCurrentUrl()).doesNotContain("doc=").contains("q=ferry", "sort=date");
    assertThat(titles()).isEqualTo(before);
  }
}
