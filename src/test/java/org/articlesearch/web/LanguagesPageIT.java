package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Articles in German, French, Urdu and English on the page: a language facet by name, and Urdu text
 * laid out right to left with its matches marked.
 */
class LanguagesPageIT {
  private static SeedServer languages;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  static void serve() {
    languages = SeedServer.languages();
  }

  @BeforeEach
  void openBrowser() {
    driver = Browser.start(1280, 1000);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  private String direction(WebElement element) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript("return getComputedStyle(arguments[0]).direction;", element);
  }

  @Test
  void anUrduSnippetReadsRightToLeftWithItsWordsMarked() {
    driver.get(languages.url() + "/?q=" + "انتخابات");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));

    WebElement snippet = driver.findElement(By.cssSelector("#results .snippet"));
    WebElement title = driver.findElement(By.cssSelector("#results .hit-title"));
    assertThat(direction(snippet)).isEqualTo("rtl");
    assertThat(snippet.findElements(By.tagName("mark")))
        .extracting(WebElement::getText)
        .contains("انتخابات");

    title.click();
    WebElement text =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".doc-text")));
    assertThat(direction(text)).isEqualTo("rtl");
    assertThat(driver.findElement(By.cssSelector(".doc-language")).getText()).isEqualTo("Urdu");
  }

  @Test
  void englishSnippetsStayLeftToRight() {
    driver.get(languages.url() + "/?q=hospital");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));

    assertThat(direction(driver.findElement(By.cssSelector("#results .snippet")))).isEqualTo("ltr");
  }

  @Test
  void theLanguageFacetNamesEachLanguageAndFilters() {
    driver.get(languages.url() + "/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "4 results"));

    List<String> names =
        driver
            .findElements(By.cssSelector("section.facet[data-facet=language] .facet-value"))
            .stream()
            .map(WebElement::getText)
            .sorted()
            .toList();
    assertThat(names).containsExactly("English", "French", "German", "Urdu");

    driver.get(languages.url() + "/?q=Wahlen&language=de");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));
    assertThat(driver.findElement(By.cssSelector("#results .snippet mark")).getText())
        .isEqualTo("Wahl");
    assertThat(driver.findElement(By.cssSelector(".chip-value")).getText()).isEqualTo("German");
  }
}
