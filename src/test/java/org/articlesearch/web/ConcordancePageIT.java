package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.MentionsCorpus;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Keyword in context in a real browser, over three hundred addresses whose mentions follow the
 * year: every match of the first results as a line, sorted and exported, each leading to its
 * article; in the document view every hit with its context, each leading to the hit; on a phone.
 */
class ConcordancePageIT extends BrowserSession {
  private static final SeedServer MENTIONS = SeedServer.mentions();

  private List<WebElement> lines() {
    return driver.findElements(By.cssSelector("#kwic-lines .kwic-line"));
  }

  private void openConcordance(String query, int lines) {
    driver.get(MENTIONS.url() + "/?q=" + query + "&sort=oldest");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    driver.findElement(By.id("kwic-toggle")).click();
    wait.until(d -> lines().size() == lines);
  }

  /** The first word right of each line's match, as shown, read at once: the lines are redrawn. */
  @SuppressWarnings("unchecked")
  private List<String> wordsRightOfTheMatch() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('#kwic-lines .kwic-right'),"
                    + " r => r.textContent.split(' ')[0]);");
  }

  @Test
  void everyMatchOfTheFirstFiftyArticlesIsALineThatSortsExportsAndLeadsToItsArticle() {
    // Sixty addresses say "tariffs" four times each: fifty are read, so 200 lines.
    openConcordance("tariffs", 200);
    assertThat(driver.findElement(By.id("kwic-note")).getText())
        .isEqualTo("200 matches, showing the first 50 articles of 60, at most 20 lines each.");
    WebElement first = lines().get(0);
    assertThat(first.findElement(By.className("kwic-left")).getText())
        .isEqualTo("Union again. Our envoys went to the Soviet Union again. The");
    assertThat(first.findElement(By.className("kwic-match")).getText()).isEqualTo("tariffs");
    assertThat(first.findElement(By.className("kwic-article")).getText())
        .isEqualTo("Annual address of 1790");
    assertThat(first.findElement(By.className("kwic-date")).getText()).isEqualTo("1790");
    Browser.screenshot(driver, "concordance");

    openConcordance("soviet", countSovietLines());
    List<String> asFound = wordsRightOfTheMatch();
    assertThat(asFound).contains("delegates", "Union");
    assertThat(asFound)
        .as("article order mixes the words right of the match")
        .isNotEqualTo(asFound.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    new Select(driver.findElement(By.id("kwic-order"))).selectByValue("right");
    wait.until(d -> wordsRightOfTheMatch().getFirst().equals("delegates"));
    wait.until(
        d -> {
          List<String> words = wordsRightOfTheMatch();
          return words.size() == asFound.size()
              && words.equals(words.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        });
    assertThat(driver.findElement(By.id("kwic-csv")).getAttribute("href"))
        .endsWith("/api/concordance?q=soviet&sort=oldest&order=right&format=csv");

    WebElement article = lines().get(0).findElement(By.className("kwic-article"));
    String title = article.getText();
    article.click();
    wait.until(ExpectedConditions.urlContains("doc="));
    wait.until(ExpectedConditions.textToBe(By.cssSelector(".doc-title"), title));
  }

  /** The lines of "soviet" over its first fifty addresses, at most twenty each. */
  private static int countSovietLines() {
    int lines = 0;
    int articles = 0;
    for (int y = MentionsCorpus.FIRST_YEAR; articles < 50; y++) {
      int n = MentionsCorpus.soviet(y) + MentionsCorpus.union(y);
      if (n > 0) {
        articles++;
        lines += Math.min(n, 20);
      }
    }
    return lines;
  }

  @Test
  void theDocumentViewListsEveryHitInContextAndALineGoesToItsHit() {
    openConcordance("tariffs", 200);
    lines().get(0).findElement(By.className("kwic-article")).click();
    WebElement list =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".doc-hit-list")));
    assertThat(list.findElement(By.tagName("summary")).getText())
        .isEqualTo("All 4 hits in context");
    list.findElement(By.tagName("summary")).click();
    List<WebElement> hitLines = list.findElements(By.cssSelector(".doc-hit-line"));
    assertThat(hitLines).hasSize(4);
    assertThat(hitLines.get(3).findElement(By.className("kwic-right")).getText())
        .isEqualTo("on grain were lowered. The treasury is sound and the");
    hitLines.get(2).click();
    wait.until(
        ExpectedConditions.attributeContains(
            By.cssSelector("mark.doc-hit[data-hit=\"2\"]"), "class", "is-current"));
    assertThat(driver.findElement(By.id("hit-counter")).getText()).isEqualTo("Hit 3 of 4");
    assertThat(driver.findElements(By.cssSelector("mark.doc-hit.is-current"))).hasSize(1);
    Browser.screenshot(driver, "document-hits-in-context");
  }

  @Test
  void onAPhoneEachLineFitsTheScreenWithItsArticleUnderIt() {
    driver.manage().window().setSize(new Dimension(390, 844));
    openConcordance("tariffs", 200);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Number pageWidth = (Number) js.executeScript("return document.documentElement.scrollWidth;");
    Number viewport = (Number) js.executeScript("return window.innerWidth;");
    assertThat(pageWidth.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue());
    WebElement line = lines().get(0);
    WebElement match = line.findElement(By.className("kwic-match"));
    WebElement right = line.findElement(By.className("kwic-right"));
    WebElement article = line.findElement(By.className("kwic-article"));
    assertThat(match.isDisplayed()).isTrue();
    assertThat(match.getRect().getX() + match.getRect().getWidth())
        .isLessThanOrEqualTo(viewport.intValue());
    assertThat(right.getRect().getX() + right.getRect().getWidth())
        .isLessThanOrEqualTo(viewport.intValue());
    assertThat(article.getRect().getY()).isGreaterThan(match.getRect().getY());
    Browser.screenshot(driver, "concordance-phone");
    article.click();
    wait.until(ExpectedConditions.urlContains("doc="));
  }
}
