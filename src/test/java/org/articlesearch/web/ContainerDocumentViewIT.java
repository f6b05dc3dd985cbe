package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.ContainerFixtures;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Attachments and archive members in the API and the browser: each says what holds it, with a link,
 * and each container lists what it holds.
 */
class ContainerDocumentViewIT {
  private static SeedServer server;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  static void serve() {
    server = SeedServer.containers();
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

  @Test
  void theApiLinksAnAttachmentAndItsEmailBothWays() throws Exception {
    ApiClient api = new ApiClient(server.url());
    String pdf = api.idOf("harbour-dredging.pdf");
    JsonObject attachment = api.getJson("/api/documents/" + pdf, 200);
    JsonObject container = attachment.getAsJsonObject("container");
    assertThat(container.get("path").getAsString()).isEqualTo("desk/contract.eml");
    assertThat(container.get("title").getAsString()).isEqualTo(ContainerFixtures.MAIL_SUBJECT);
    assertThat(container.get("relation").getAsString()).isEqualTo("attachment");
    assertThat(attachment.getAsJsonArray("members")).isEmpty();

    JsonObject mail = api.getJson("/api/documents/" + container.get("id").getAsString(), 200);
    assertThat(mail.get("container").isJsonNull()).isTrue();
    assertThat(mail.getAsJsonArray("members").get(0).getAsJsonObject().get("name").getAsString())
        .isEqualTo("harbour-dredging.pdf");
    assertThat(mail.getAsJsonArray("members").get(0).getAsJsonObject().get("id").getAsString())
        .isEqualTo(pdf);
  }

  @Test
  void anAttachmentLinksToItsEmailWhichListsItsAttachments() {
    driver.get(server.url() + "/?q=Nordvik");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));
    driver.findElement(By.cssSelector("#results .hit-title")).click();

    WebElement holder =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".doc-container")));
    assertThat(holder.getText()).isEqualTo("Attached to " + ContainerFixtures.MAIL_SUBJECT);
    holder.findElement(By.cssSelector("a.doc-link")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#document .doc-title"), ContainerFixtures.MAIL_SUBJECT));
    // Headings are shown in capitals: their text is compared as written.
    assertThat(
            driver
                .findElement(By.cssSelector("#doc-members-heading"))
                .getDomProperty("textContent"))
        .isEqualTo("Holds 1 document");
    driver.findElement(By.cssSelector(".doc-member-list a.doc-link")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#document .doc-title"),
            "Harbour Dredging Contract Awarded to Nordvik Marine"));
  }

  @Test
  void aMemberOfANestedArchiveLeadsUpToTheOuterArchive() {
    driver.get(server.url() + "/?q=lighthouse");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));
    driver.findElement(By.cssSelector("#results .hit-title")).click();

    WebElement holder =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".doc-container")));
    assertThat(holder.getText()).isEqualTo("In archive inner.zip");
    holder.findElement(By.cssSelector("a.doc-link")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".doc-container"), "In archive june.zip"));
    driver.findElement(By.cssSelector(".doc-container a.doc-link")).click();

    wait.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector("#doc-members-heading"), "textContent", "Holds 4 documents"));
    List<String> members =
        driver.findElements(By.cssSelector(".doc-member-list a.doc-link")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(members)
        .containsExactly("tram.txt", "ferry.txt", "reports/bridge.txt", "more/inner.zip");
    assertThat(driver.findElements(By.cssSelector(".doc-container"))).isEmpty();
  }
}
