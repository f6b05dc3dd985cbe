package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.articlesearch.testing.ApiClient;
import org.junit.jupiter.api.Test;

/** {@code GET /api/cooccurrence} over the seed corpus, checked against the search's own facets. */
class CooccurrenceIT {
  private static final ApiClient API = ApiClient.seeds();
  private static final String PUTIN = "type=person&value=" + ApiClient.enc("Vladimir Putin");

  @Test
  void countsTheEntitiesMentionedWithOneAsTheFacetsOfItsArticlesDo() throws Exception {
    JsonObject body = API.getJson("/api/cooccurrence?" + PUTIN + "&size=100", 200);
    JsonObject search =
        API.getJson("/api/search?person=" + ApiClient.enc("Vladimir Putin") + "&size=1", 200);
    assertThat(body.get("type").getAsString()).isEqualTo("person");
    assertThat(body.get("value").getAsString()).isEqualTo("Vladimir Putin");
    long articles = body.get("articles").getAsLong();
    assertThat(articles).isEqualTo(search.get("total").getAsLong()).isEqualTo(3);
    // Organisations and places: the facet counts of the search filtered to Putin are the same
    // numbers (the person facet is multi-select, so it is not comparable).
    Map<String, Long> facets = new HashMap<>();
    for (String dim : new String[] {"organization", "location"}) {
      for (JsonElement v : search.getAsJsonObject("facets").getAsJsonArray(dim)) {
        facets.put(
            dim + "/" + v.getAsJsonObject().get("value").getAsString(),
            v.getAsJsonObject().get("count").getAsLong());
      }
    }
    long previous = Long.MAX_VALUE;
    int compared = 0;
    for (JsonElement e : body.getAsJsonArray("with")) {
      JsonObject w = e.getAsJsonObject();
      String key = w.get("type").getAsString() + "/" + w.get("value").getAsString();
      long count = w.get("count").getAsLong();
      assertThat(key).isNotEqualTo("person/Vladimir Putin");
      assertThat(count).isBetween(1L, articles).isLessThanOrEqualTo(previous);
      previous = count;
      if (facets.containsKey(key)) {
        assertThat(count).as(key).isEqualTo(facets.get(key));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(facets.size());
    long perYear = 0;
    for (JsonElement y : body.getAsJsonArray("perYear")) {
      perYear += y.getAsJsonObject().get("count").getAsLong();
    }
    assertThat(perYear + body.get("undated").getAsLong()).isEqualTo(articles);
  }

  @Test
  void followsTheSearchAndItsFilters() throws Exception {
    JsonObject dated = API.getJson("/api/cooccurrence?" + PUTIN + "&from=2000", 200);
    JsonObject search =
        API.getJson("/api/search?person=" + ApiClient.enc("Vladimir Putin") + "&from=2000", 200);
    assertThat(dated.get("articles").getAsLong()).isEqualTo(search.get("total").getAsLong());
    assertThat(dated.get("undated").getAsLong()).isZero();
    JsonObject moscow =
        API.getJson("/api/cooccurrence?" + PUTIN + "&location=Moscow&q=Taliban", 200);
    JsonObject moscowSearch =
        API.getJson(
            "/api/search?person=" + ApiClient.enc("Vladimir Putin") + "&location=Moscow&q=Taliban",
            200);
    assertThat(moscow.get("articles").getAsLong())
        .isEqualTo(moscowSearch.get("total").getAsLong())
        .isPositive();
    JsonObject none = API.getJson("/api/cooccurrence?" + PUTIN + "&q=zanzibar", 200);
    assertThat(none.get("articles").getAsLong()).isZero();
    assertThat(none.getAsJsonArray("with")).isEmpty();
    JsonObject two = API.getJson("/api/cooccurrence?" + PUTIN + "&size=2", 200);
    assertThat(two.getAsJsonArray("with")).hasSize(2);
    JsonObject unknown = API.getJson("/api/cooccurrence?type=person&value=Nobody", 200);
    assertThat(unknown.get("articles").getAsLong()).isZero();
  }

  @Test
  void badParametersAreNamedErrors() throws Exception {
    assertThat(API.errorCode("/api/cooccurrence?type=author&value=x", 400))
        .isEqualTo("invalid_type");
    assertThat(API.errorCode("/api/cooccurrence?type=person", 400)).isEqualTo("invalid_value");
    assertThat(API.errorCode("/api/cooccurrence?" + PUTIN + "&colour=red", 400))
        .isEqualTo("unknown_parameter");
    assertThat(API.errorCode("/api/cooccurrence?" + PUTIN + "&from=soon", 400))
        .isEqualTo("invalid_date");
    assertThat(API.errorCode("/api/cooccurrence?" + PUTIN + "&size=0", 400))
        .isEqualTo("invalid_size");
  }
}
