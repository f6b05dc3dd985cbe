package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.Browser;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.SeedServer;
import org.articlesearch.testing.SyndicatedCopies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Copies of one story are one result whose "other copies" expand, and the document lists the copies
 * with their publishers and dates, the first seen marked; over the API and in a browser.
 */
class CopiesPageIT extends BrowserSession {
  private static final SeedServer COPIES = SeedServer.copies();
  private static final ApiClient API = new ApiClient(COPIES.url());

  private static String id(String name) {
    return ArticlePipeline.idFor(name + ".txt");
  }

  private List<String> rows(String selector) {
    return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
  }

  @Test
  void theApiCollapsesCopiesUnlessAskedNotTo() throws Exception {
    JsonObject collapsed = API.getJson("/api/search?sort=oldest", 200);
    assertThat(collapsed.get("total").getAsLong()).isEqualTo(2);
    assertThat(collapsed.get("articles").getAsLong()).isEqualTo(4);
    JsonObject first = collapsed.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertThat(first.get("id").getAsString()).isEqualTo(id(SyndicatedCopies.WIRE));
    assertThat(first.get("copies").getAsInt()).isEqualTo(2);

    JsonObject apart = API.getJson("/api/search?sort=oldest&collapse=false", 200);
    assertThat(apart.get("total").getAsLong()).isEqualTo(4);
    assertThat(apart.getAsJsonArray("hits")).hasSize(4);

    assertThat(API.errorCode("/api/search?collapse=maybe", 400)).isEqualTo("invalid_collapse");

    JsonObject copies =
        API.getJson("/api/documents/" + id(SyndicatedCopies.EXACT) + "/copies", 200);
    assertThat(copies.getAsJsonArray("copies").toString())
        .isEqualTo(
            "[{\"id\":\""
                + id(SyndicatedCopies.WIRE)
                + "\",\"title\":\"Storm closes Hallam port\",\"publisher\":\"Coastal Wire\","
                + "\"date\":\"2024-03-05\",\"firstSeen\":true},"
                + "{\"id\":\""
                + id(SyndicatedCopies.GAZETTE)
                + "\",\"title\":\"Ships stranded as gale shuts harbour\","
                + "\"publisher\":\"Hallam Gazette\",\"date\":\"2024-03-06\",\"firstSeen\":false},"
                + "{\"id\":\""
                + id(SyndicatedCopies.EXACT)
                + "\",\"title\":\"Storm closes Hallam port\",\"publisher\":\"Daily Mirror\","
                + "\"date\":\"2024-03-07\",\"firstSeen\":false}]");
    assertThat(API.errorCode("/api/documents/00ff/copies", 404)).isEqualTo("document_not_found");
  }

  @Test
  void aResultsOtherCopiesExpandAndOpen() {
    driver.get(COPIES.url() + "/?sort=oldest");
    waitForTotal("2 results (4 articles with copies; filters count articles");
    WebElement copies = driver.findElement(By.cssSelector("#results .hit-copies summary"));
    assertThat(copies.getText()).isEqualTo("2 other copies");
    assertThat(driver.findElements(By.cssSelector("#results .hit-copies"))).hasSize(1);
    copies.click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .copy-item"), 2));
    Browser.screenshot(driver, "results-copies");
    assertThat(rows("#results .copy-item"))
        .containsExactly(
            "Ships stranded as gale shuts harbour\nHallam Gazette · 6 March 2024",
            "Storm closes Hallam port\nDaily Mirror · 7 March 2024");
    assertThat(driver.findElement(By.cssSelector("#results .copies-note")).getText())
        .isEqualTo("This one was seen first.");

    driver.findElement(By.linkText("Ships stranded as gale shuts harbour")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("copies-heading")));
    assertThat(driver.findElement(By.id("doc-title")).getText())
        .isEqualTo("Ships stranded as gale shuts harbour");
  }

  @Test
  void theDocumentListsItsCopiesWithTheFirstSeenMarked() {
    driver.get(COPIES.url() + "/?doc=" + id(SyndicatedCopies.EXACT));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("copies-heading")));
    Browser.screenshot(driver, "document-copies");
    assertThat(rows("#document .doc-copies .copy-item"))
        .containsExactly(
            "Storm closes Hallam port\nCoastal Wire · 5 March 2024\nFirst seen",
            "Ships stranded as gale shuts harbour\nHallam Gazette · 6 March 2024",
            "Storm closes Hallam port (this article)\nDaily Mirror · 7 March 2024");
  }
}
