package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.articlesearch.testing.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * The seed pages' chrome (banners, repeated headline and byline, categories, a repeated caption)
 * stays out of the snippets and the document text, over real HTTP.
 */
class SeedBodyIT {
  static final ApiClient API = ApiClient.seeds();

  /** Returns, per seed file, the snippet shown without a query: the start of its body. */
  private static Map<String, String> snippetsWithoutQuery() throws Exception {
    Map<String, String> snippets = new LinkedHashMap<>();
    for (JsonElement hit : API.getJson("/api/search?q=", 200).getAsJsonArray("hits")) {
      JsonObject h = hit.getAsJsonObject();
      snippets.put(API.file(h.get("id").getAsString()), h.get("snippet").getAsString());
    }
    return snippets;
  }

  private static String text(String fileName) throws Exception {
    return API.getJson("/api/documents/" + API.idOf(fileName), 200).get("text").getAsString();
  }

  @Test
  void snippetsWithoutAQueryStartWithTheArticle() throws Exception {
    Map<String, String> snippets = snippetsWithoutQuery();
    assertThat(snippets.get("000_80c37cb1f64fecc7.txt")).startsWith("Of late, Russia, Pakistan");
    assertThat(snippets.get("001_ad67e7da5f91e0ce.txt"))
        .startsWith("The author, Muhammad Hamza Tanvir, examines");
    assertThat(snippets.get("002_83e1abe56069c214.txt"))
        .startsWith("In December last year, representatives of Russia");
    assertThat(String.join("\n", snippets.values()))
        .doesNotContain("Welcome to", "Written by", "By Sarfraz", "Thursday, March 28");
  }

  @Test
  void theDocumentTextLeavesTheChromeOutAndKeepsTheArticle() throws Exception {
    String paradigm = text("001_ad67e7da5f91e0ce.txt");
    assertThat(paradigm)
        .startsWith("The author, Muhammad Hamza Tanvir, examines")
        .doesNotContain("pakistan and russia\n", "Written by", "Current Affairs, International")
        .contains("Imran Khan and Putin Calls");
    String fortnight = text("004_5f071ebbb89237fa.txt");
    assertThat(fortnight.split("PIVOTAL: Moscow recognises", -1)).hasSize(2);
    assertThat(fortnight).doesNotContain("Sorry no post found");
    String detente = text("002_83e1abe56069c214.txt");
    assertThat(detente).doesNotContain("Follow  on twitter", "Your email address");
    // The author named only in the lines that left is still one of the article's people.
    JsonObject doc = API.getJson("/api/documents/" + API.idOf("002_83e1abe56069c214.txt"), 200);
    assertThat(doc.toString()).contains("\"name\":\"Sarfraz Ahmed Rana\",\"type\":\"PERSON\"");
    // The mojibake of a no-break space before the source address is repaired.
    assertThat(text("003_1b4e483194c528fc.txt"))
        .endsWith("Source: https://dailytimes.com.pk/295922/a-thaw-in-pak-russia-relations/");
  }
}
