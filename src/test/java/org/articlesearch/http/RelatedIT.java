package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.articlesearch.testing.ApiClient;
import org.junit.jupiter.api.Test;

/** {@code GET /api/documents/{id}/related} over the seed corpus. */
class RelatedIT {
  private static final ApiClient API = ApiClient.seeds();

  @Test
  void relatedArticlesAreSearchHitsWithoutTheArticleItself() throws Exception {
    String id = API.idOf("001_ad67e7da5f91e0ce.txt");
    JsonArray hits = API.getJson("/api/documents/" + id + "/related", 200).getAsJsonArray("hits");
    // Every seed is about Pakistan and Russia: all four others are related.
    assertThat(hits).hasSize(4);
    for (JsonElement e : hits) {
      JsonObject hit = e.getAsJsonObject();
      assertThat(hit.get("id").getAsString()).isNotEqualTo(id);
      assertThat(hit.keySet())
          .containsExactly(
              "id",
              "title",
              "authors",
              "date",
              "publisher",
              "url",
              "snippet",
              "score",
              "matches",
              "copies");
      assertThat(hit.get("score").getAsFloat()).isPositive();
    }
    assertThat(API.getJson("/api/documents/" + id + "/related?size=2", 200).getAsJsonArray("hits"))
        .hasSize(2);
  }

  @Test
  void badRequestsAreNamedErrors() throws Exception {
    String id = API.idOf("001_ad67e7da5f91e0ce.txt");
    assertThat(API.errorCode("/api/documents/" + id + "/related?size=0", 400))
        .isEqualTo("invalid_size");
    assertThat(API.errorCode("/api/documents/" + id + "/related?size=21", 400))
        .isEqualTo("invalid_size");
    assertThat(API.errorCode("/api/documents/" + id + "/related?q=x", 400))
        .isEqualTo("unknown_parameter");
    assertThat(API.errorCode("/api/documents/0123456789abcdef/related", 404))
        .isEqualTo("document_not_found");
  }
}
