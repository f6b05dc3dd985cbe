package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.testing.ApiClient;
import org.junit.jupiter.api.Test;

/** {@code GET /api/documents/{id}?q=}: where the query matches in the text. */
class DocumentHitsIT {
  private static final ApiClient API = ApiClient.seeds();
  private static final String STALIN_FILE = "003_1b4e483194c528fc.txt";

  /** Returns the text of each hit span, checking that the spans come in order. */
  private static List<String> hitTexts(String id, String q) throws Exception {
    JsonObject doc =
        API.getJson("/api/documents/" + id + (q == null ? "" : "?q=" + ApiClient.enc(q)), 200);
    String text = doc.get("text").getAsString();
    List<String> out = new ArrayList<>();
    int previousEnd = 0;
    for (JsonElement hit : doc.getAsJsonArray("hits")) {
      int start = hit.getAsJsonArray().get(0).getAsInt();
      int end = hit.getAsJsonArray().get(1).getAsInt();
      assertThat(start).isGreaterThanOrEqualTo(previousEnd).isLessThan(end);
      previousEnd = end;
      out.add(text.substring(start, end));
    }
    return out;
  }

  @Test
  void hitsAreTheOffsetsOfEveryMatchInOrder() throws Exception {
    String id = API.idOf(STALIN_FILE);
    assertThat(hitTexts(id, "stalin")).isNotEmpty().allMatch(t -> t.equals("Stalin"));
    List<String> both = hitTexts(id, "Stalin OR Fradkov");
    assertThat(both).contains("Stalin", "Fradkov").containsOnly("Stalin", "Fradkov");
    // Stemmed and case-folded like the search: "visits" finds "visited".
    assertThat(hitTexts(id, "visits")).contains("visited");
  }

  @Test
  void aPhraseIsOneSpan() throws Exception {
    String id = API.idOf(STALIN_FILE);
    assertThat(hitTexts(id, "\"Joseph Stalin\"")).isNotEmpty().allMatch("Joseph Stalin"::equals);
  }

  @Test
  void noQueryOrNoMatchMeansNoHits() throws Exception {
    String id = API.idOf(STALIN_FILE);
    assertThat(hitTexts(id, null)).isEmpty();
    assertThat(hitTexts(id, "")).isEmpty();
    assertThat(hitTexts(id, "zanzibar")).isEmpty();
    assertThat(API.getJson("/api/documents/" + id, 200).get("text").getAsString())
        .contains("Stalin");
  }

  @Test
  void badParametersAreNamedErrors() throws Exception {
    String id = API.idOf(STALIN_FILE);
    assertThat(API.errorCode("/api/documents/" + id + "?colour=red", 400))
        .isEqualTo("unknown_parameter");
    assertThat(API.errorCode("/api/documents/" + id + "?q=" + "a".repeat(1001), 400))
        .isEqualTo("query_too_long");
    assertThat(API.errorCode("/api/documents/" + id + "?q=ab*", 400)).isEqualTo("query_too_broad");
  }
}
