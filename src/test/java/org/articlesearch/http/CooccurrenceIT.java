package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    Map<String, Long> everywhere = new HashMap<>();
    JsonObject all = API.getJson("/api/search?size=1", 200);
    for (String dim : new String[] {"person", "organization", "location"}) {
      for (JsonElement v : all.getAsJsonObject("facets").getAsJsonArray(dim)) {
        everywhere.put(
            dim + "/" + v.getAsJsonObject().get("value").getAsString(),
            v.getAsJsonObject().get("count").getAsLong());
      }
    }
    double previous = Double.MAX_VALUE;
    int compared = 0;
    for (JsonElement e : body.getAsJsonArray("with")) {
      JsonObject w = e.getAsJsonObject();
      String key = w.get("type").getAsString() + "/" + w.get("value").getAsString();
      long count = w.get("count").getAsLong();
      double score = w.get("score").getAsDouble();
      assertThat(key).isNotEqualTo("person/Vladimir Putin");
      assertThat(count).isBetween(1L, articles);
      assertThat(score).isLessThanOrEqualTo(previous);
      previous = score;
      // Its articles among all the results: the search's facet count, as far as it lists.
      if (everywhere.containsKey(key)) {
        assertThat(w.get("articles").getAsLong()).as(key).isEqualTo(everywhere.get(key));
      }
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
  void ranksTheNamesMentionedWithItMoreOftenThanChanceFirst() throws Exception {
    List<JsonObject> with = new ArrayList<>();
    API.getJson("/api/cooccurrence?" + PUTIN + "&size=100", 200)
        .getAsJsonArray("with")
        .forEach(e -> with.add(e.getAsJsonObject()));

    // The Indian Ocean is in all three of Putin's articles and in no other: first. Pakistan and
    // Moscow, in all five results, come no more often with him than with anyone: no score, and
    // after every name that does.
    assertThat(with.get(0).get("value").getAsString()).isEqualTo("Indian Ocean");
    assertThat(with.get(0).get("count").getAsLong()).isEqualTo(3);
    assertThat(with.get(0).get("articles").getAsLong()).isEqualTo(3);
    JsonObject pakistan =
        with.stream()
            .filter(w -> w.get("value").getAsString().equals("Pakistan"))
            .findFirst()
            .orElseThrow();
    assertThat(pakistan.get("count").getAsLong()).isEqualTo(3);
    assertThat(pakistan.get("articles").getAsLong()).isEqualTo(5);
    assertThat(pakistan.get("score").getAsDouble()).isZero();
    assertThat(with.subList(with.indexOf(pakistan), with.size()))
        .allSatisfy(w -> assertThat(w.get("score").getAsDouble()).isNotPositive());
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
