package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.articlesearch.extract.ScanFixtures;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A scanned clipping in the browser: found by the words OCR read, and its view says so. */
class OcrDocumentViewIT {
  private static SeedServer scans;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  static void serveScans() {
    ScanFixtures.requireTesseract();
    scans = SeedServer.scans();
  }

  @BeforeEach
  void openBrowser() {
    driver = Browser.start(1280, 1000);
    wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(10));
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  @Test
  void theDocumentViewSaysTheTextWasReadByOcr() {
    driver.get(scans.url() + "/?q=ferry");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));
    driver.findElement(By.cssSelector("#results .hit-title")).click();

    String source =
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".doc-text-source")))
            .getText();

    assertThat(source).isEqualTo("Read by OCR from a scanned page");
    assertThat(driver.findElement(By.cssSelector("#document .doc-title")).getText())
        .isEqualTo("Ferry fares rise on the northern routes");
  }

  @Test
  void theSourceFacetNarrowsTheResultsToTextReadByOcr() {
    driver.get(scans.url() + "/?q=timetable");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "2 results"));

    driver
        .findElement(By.cssSelector(".facet[data-facet='source'] input[value='Text from OCR']"))
        .click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));
    assertThat(driver.findElement(By.cssSelector("#results .hit-title")).getText())
        .isEqualTo("Ferry fares rise on the northern routes");
    assertThat(driver.getCurrentUrl()).contains("source=Text+from+OCR");
  }

  @Test
  void textReadAsWrittenSaysNothingAboutOcr() {
    driver.get(scans.url() + "/?q=note");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));
    driver.findElement(By.cssSelector("#results .hit-title")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document .doc-title")));

    assertThat(driver.findElements(By.cssSelector(".doc-text-source"))).isEmpty();
  }
}
