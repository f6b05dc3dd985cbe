package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.testing.AddressArchiveCorpus;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Facets longer than a search lists, in a real browser over 232 yearly addresses by 58 speakers: a
 * cut list says so and lists every value a page at a time, years in order, and a value found with
 * "Find…" has the count the list gives it.
 */
class LongFacetListsIT extends BrowserSession {
  private static final SeedServer ARCHIVE = SeedServer.archive();

  private WebElement facet(String key) {
    return driver.findElement(By.cssSelector(".facet[data-facet='" + key + "']"));
  }

  /** The values the facet's finder lists, read at once: the list is redrawn as pages arrive. */
  @SuppressWarnings("unchecked")
  private List<String> foundValues(String key) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll(\".facet[data-facet='\" + arguments[0]"
                    + " + \"'] .facet-find-results .facet-value\")].map(v => v.textContent);",
                key);
  }

  private String status(String key) {
    return facet(key).findElement(By.cssSelector(".facet-find-status")).getText();
  }

  /** Lists every year of the war addresses, a page at a time, and checks them in order. */
  private void listEveryYear() {
    WebElement year = facet("year");
    assertThat(year.findElement(By.cssSelector(".facet-cut")).getText())
        .isEqualTo("Top 50 of more years.");
    year.findElement(By.cssSelector(".facet-all")).click();
    wait.until(d -> status("year").startsWith("All 232 years in these results, in order"));
    assertThat(foundValues("year")).startsWith("1790", "1791", "1792").hasSize(50);
    for (int shown = 50; shown < 232; shown += 50) {
      int expected = Math.min(232, shown + 50);
      WebElement more = facet("year").findElement(By.cssSelector(".facet-page-more"));
      assertThat(more.getText()).isEqualTo("Show " + (expected - shown) + " more years");
      more.click();
      wait.until(d -> foundValues("year").size() == expected);
    }
    assertThat(facet("year").findElements(By.cssSelector(".facet-page-more"))).isEmpty();
    assertThat(foundValues("year"))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(
                    AddressArchiveCorpus.FIRST_YEAR, AddressArchiveCorpus.LAST_YEAR)
                .mapToObj(String::valueOf)
                .toList());
  }

  @Test
  void aCutYearListSaysSoAndListsEveryYearInOrder() {
    driver.get(ARCHIVE.url() + "/?q=war");
    waitForTotal("232 results");
    listEveryYear();

    // The last year, ticked from the full list, filters the results.
    WebElement last = facetCheckbox("year", "2021");
    last.click();
    wait.until(ExpectedConditions.urlContains("year=2021"));
    waitForTotal("1 result");
    assertThat(facetCheckbox("year", "2021").isSelected()).isTrue();
  }

  @Test
  void theYearFacetHasAFinder() {
    driver.get(ARCHIVE.url() + "/?q=war");
    waitForTotal("232 results");
    facet("year").findElement(By.cssSelector(".facet-find-input")).sendKeys("202");
    wait.until(d -> foundValues("year").equals(List.of("2020", "2021")));
    assertThat(status("year")).isEqualTo("2 matches in these results, in order.");
  }

  @Test
  void aValueFoundHasTheCountTheListGivesIt() {
    String speaker = AddressArchiveCorpus.speaker(1794);
    driver.get(ARCHIVE.url() + "/?q=immigration");
    waitForTotal("116 results");
    String listed =
        facetCheckbox("author", speaker)
            .findElement(By.xpath("following-sibling::span[@class='facet-count']"))
            .getAttribute("textContent")
            .replaceAll("\\D", "");
    assertThat(listed).isEqualTo("2");
    facet("author").findElement(By.cssSelector(".facet-find-input")).sendKeys(speaker);
    wait.until(d -> foundValues("author").equals(List.of(speaker)));
    String found =
        facet("author")
            .findElement(By.cssSelector(".facet-find-results .facet-count"))
            .getText()
            .replaceAll("\\D", "");
    assertThat(found).isEqualTo(listed);
  }

  @Test
  void onAPhoneEveryYearCanBeListedAndTicked() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(ARCHIVE.url() + "/?q=war");
    waitForTotal("232 results");
    driver.findElement(By.id("filters-toggle")).click();
    listEveryYear();
    WebElement first = facetCheckbox("year", "1790");
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
    first.click();
    wait.until(ExpectedConditions.urlContains("year=1790"));
    assertThat(driver.findElement(By.id("filters-done")).getText()).isEqualTo("Show 1 result");
  }
}
