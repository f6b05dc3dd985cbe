package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Articles in German, French, Urdu and English on the page: a language facet by name, and Urdu text
 * laid out right to left with its matches marked.
 */
class LanguagesPageIT extends BrowserSession {
  private static SeedServer languages;

  @BeforeAll
  static void serve() {
    languages = SeedServer.languages();
  }

  private String direction(WebElement element) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript("return getComputedStyle(arguments[0]).direction;", element);
  }

  @Test
  void anUrduSnippetReadsRightToLeftWithItsWordsMarked() {
    driver.get(languages.url() + "/?q=" + "انتخابات");
    waitForResults(1);

    WebElement snippet = driver.findElement(By.cssSelector("#results .snippet"));
    assertThat(direction(snippet)).isEqualTo("rtl");
    assertThat(snippet.findElements(By.tagName("mark")))
        .extracting(WebElement::getText)
        .contains("انتخابات");

    driver.findElement(By.cssSelector("#results .hit-title")).click();
    WebElement text =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".doc-text")));
    assertThat(direction(text)).isEqualTo("rtl");
    assertThat(driver.findElement(By.cssSelector(".doc-language")).getText()).isEqualTo("Urdu");
  }

  @Test
  void englishSnippetsStayLeftToRight() {
    driver.get(languages.url() + "/?q=hospital");
    waitForResults(1);

    assertThat(direction(driver.findElement(By.cssSelector("#results .snippet")))).isEqualTo("ltr");
  }

  @Test
  void theLanguageFacetNamesEachLanguageAndFilters() {
    driver.get(languages.url() + "/?q=Wahlen OR hospital");
    waitForResults(2);

    List<String> names =
        driver
            .findElements(By.cssSelector("section.facet[data-facet=language] .facet-value"))
            .stream()
            .map(WebElement::getText)
            .sorted()
            .toList();
    assertThat(names).containsExactly("English", "German");

    facetCheckbox("language", "de").click();
    waitForResults(1);
    assertThat(driver.findElement(By.cssSelector("#results .snippet mark")).getText())
        .isEqualTo("Wahl");
    assertThat(driver.findElement(By.cssSelector(".chip-value")).getText()).isEqualTo("German");
  }
}
