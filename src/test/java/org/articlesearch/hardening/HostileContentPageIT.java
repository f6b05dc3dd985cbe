package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.articlesearch.http.SearchServer;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.QueryLimits;
import org.articlesearch.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Corpus content is shown as text and never runs; a search over its budget gets a 503. */
class HostileContentPageIT {
  @TempDir Path tmp;

  private static final String TITLE =
      "<img src=x onerror=\"window.pwned='title'\"> Harbour plan <script>window.pwned='title-script'</script>";
  private static final String BODY =
      String.join(
          "\n",
          TITLE,
          "",
          "The harbour plan <script>window.pwned='body'</script> was approved.",
          "<img src=x onerror=\"window.pwned='img'\"> and <a href=\"javascript:window.pwned='link'\">click me</a>.",
          "<svg onload=\"window.pwned='svg'\"></svg> The harbour reopens in May.");

  @Test
  void markupInArticlesIsShownAsTextAndNeverRuns() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("hostile.txt"), BODY);
    Path index = tmp.resolve("index");
    Corpora.build(corpus, index);
    WebDriver driver = Browser.start(1280, 1000);
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index);
        SearchServer server = SearchServer.start(searcher, "127.0.0.1", 0)) {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      driver.get("http://127.0.0.1:" + server.port() + "/?q=harbour");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 result"));
      String results = driver.findElement(By.id("results")).getText();
      assertThat(results).contains("<img src=x onerror=").contains("<script>");
      driver.findElement(By.cssSelector("#results .hit-title")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("document"), "click me"));
      String document = driver.findElement(By.id("document")).getText();
      assertThat(document).contains("<svg onload=").contains("javascript:window.pwned");
      assertThat(
              driver.findElements(
                  By.cssSelector(
                      "#document script, #document img, #document svg, #results img, #results script")))
          .isEmpty();
      assertThat(driver.findElements(By.cssSelector("a[href^='javascript:']"))).isEmpty();
      // The title comes back as an autocomplete suggestion: text there too.
      driver.findElement(By.id("q")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "harbo");
      String suggestion =
          wait.until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#suggestions [role=option]")))
              .getText();
      assertThat(suggestion).contains("onerror=").contains("<script>");
      assertThat(driver.findElements(By.cssSelector("#suggestions img, #suggestions script")))
          .isEmpty();
      Object pwned =
          ((JavascriptExecutor) driver)
              .executeScript("return window.pwned === undefined ? null : window.pwned;");
      assertThat(pwned).as("script from the corpus ran").isNull();
      // Markup that got into the DOM would show here as blocked inline script.
      assertThat(Browser.scriptProblems(driver)).isEmpty();
      Browser.screenshot(driver, "hostile-content");
    } finally {
      driver.quit();
    }
  }

  @Test
  void aSearchOverItsTimeBudgetIsA503() throws Exception {
    Path index = tmp.resolve("index");
    Corpora.build(Corpora.write(tmp.resolve("c"), 300, 2_000, 5), index);
    try (LuceneArticleSearcher searcher =
            LuceneArticleSearcher.open(index, new QueryLimits(64, 3, Duration.ofNanos(1)));
        SearchServer server = SearchServer.start(searcher, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      for (String q :
          new String[] {
            "/api/search?q=common",
            "/api/search?q=common&year=Unknown",
            "/api/export?format=csv&q=common",
            "/api/cooccurrence?type=person&value=x&q=common"
          }) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + q)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(q).isEqualTo(503);
        assertThat(r.body()).contains("\"code\":\"search_timeout\"");
      }
    }
  }
}
