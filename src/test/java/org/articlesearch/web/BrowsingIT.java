package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Browsing 232 yearly addresses in a real browser: the pager's "Page n of N" box reaches any page
 * in one step and names a page that does not exist instead of searching it; a word of the query
 * that names an author offers that author as a filter.
 */
class BrowsingIT extends BrowserSession {
  private static final SeedServer ARCHIVE = SeedServer.archive();

  private WebElement pageBox() {
    return driver.findElement(By.cssSelector("#pager .pager-jump-input"));
  }

  private void jumpTo(String page) {
    WebElement box = pageBox();
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), page, Keys.ENTER);
  }

  @Test
  void aPageNumberTypedIsReachedAtOnce() {
    driver.get(ARCHIVE.url() + "/?sort=oldest");
    waitForTotal("232 results");
    assertThat(driver.findElement(By.cssSelector("#pager .pager-jump")).getText())
        .contains("of 24");
    jumpTo("17");
    wait.until(ExpectedConditions.urlContains("page=17"));
    // Ten a page, oldest first: page 17 starts with the 161st address, of 1950.
    wait.until(d -> !titles().isEmpty() && titles().get(0).equals("Annual address of 1950"));
    assertThat(pageBox().getAttribute("value")).isEqualTo("17");

    jumpTo("25");
    WebElement error = driver.findElement(By.cssSelector("#pager .pager-jump-error"));
    wait.until(ExpectedConditions.visibilityOf(error));
    assertThat(error.getText()).isEqualTo("Pages go from 1 to 24.");
    assertThat(driver.getCurrentUrl()).contains("page=17");
    assertThat(pageBox().getAttribute("aria-invalid")).isEqualTo("true");
  }

  @Test
  void onAPhoneTheBoxFitsAndWorks() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(ARCHIVE.url() + "/?sort=oldest");
    waitForTotal("232 results");
    WebElement form = driver.findElement(By.cssSelector("#pager .pager-jump"));
    assertThat(form.getRect().getX() + form.getRect().getWidth()).isLessThanOrEqualTo(390);
    jumpTo("24");
    wait.until(ExpectedConditions.urlContains("page=24"));
    wait.until(d -> titles().size() == 2);
    assertThat(titles()).containsExactly("Annual address of 2020", "Annual address of 2021");
  }

  @Test
  void aWordNamingAnAuthorOffersThatAuthor() {
    driver.get(ARCHIVE.url() + "/?q=stanhope+slavery");
    waitForTotal("6 results");
    WebElement hint = driver.findElement(By.cssSelector("#query-notes .author-hint"));
    assertThat(hint.getText())
        .isEqualTo("\u201cstanhope\u201d names an author: Edwin Stanhope as author");
    hint.findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.urlContains("author=Edwin+Stanhope"));
    waitForTotal("4 results");
    assertThat(driver.findElements(By.cssSelector("#query-notes .author-hint"))).isEmpty();
  }
}
