package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.articlesearch.testing.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A hit and the document view link to the original page, in a real browser. */
class OriginalPageLinkIT extends BrowserSession {
  private static final String ORIGINAL =
      "https://dailytimes.com.pk/295922/a-thaw-in-pak-russia-relations/";

  private static void assertLinksToTheOriginal(WebElement link) {
    assertThat(link.getAttribute("href")).isEqualTo(ORIGINAL);
    assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
  }

  @Test
  void aHitAndItsDocumentLinkToTheOriginalPage() {
    // The Daily Times seed ends with "Source: <address>".
    driver.get(SEEDS.url() + "/?year=2018");
    waitForTotal("1 result");
    WebElement hitLink = driver.findElement(By.cssSelector("#results .hit a.hit-original"));
    assertThat(hitLink.getText()).isEqualTo("Original");
    assertLinksToTheOriginal(hitLink);

    driver.findElement(By.cssSelector("#results .hit-title")).click();
    WebElement docLink =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#document .doc-meta a.doc-original")));
    assertThat(docLink.getText()).isEqualTo(ORIGINAL);
    assertLinksToTheOriginal(docLink);
    WebElement source =
        docLink.findElement(By.xpath("..")).findElement(By.cssSelector(".provenance"));
    assertThat(source.getText()).isEqualTo("from the article text");
    assertThat(source.getAttribute("data-source")).isEqualTo("text:source-url");
  }

  @Test
  void anArticleWithoutAKnownOriginalShowsNoLink() {
    // The Global Village Space seed names no address.
    driver.get(SEEDS.url() + "/?year=2024");
    waitForTotal("1 result");
    assertThat(driver.findElements(By.cssSelector("#results a.hit-original"))).isEmpty();
    driver.findElement(By.cssSelector("#results .hit-title")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document .doc-meta")));
    assertThat(driver.findElements(By.cssSelector("#document a.doc-original"))).isEmpty();
  }
}
