package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.testing.ApiClient;
import org.junit.jupiter.api.Test;

/** {@code GET /api/suggest} over the seed corpus, over real HTTP. */
class SuggestIT {
  private static final ApiClient API = ApiClient.seeds();

  private static List<String> suggestions(String path) throws Exception {
    List<String> out = new ArrayList<>();
    JsonObject body = API.getJson(path, 200);
    body.getAsJsonArray("suggestions")
        .forEach(
            s ->
                out.add(
                    s.getAsJsonObject().get("text").getAsString()
                        + "/"
                        + s.getAsJsonObject().get("field").getAsString()));
    return out;
  }

  @Test
  void suggestsEntitiesAuthorsAndTitlesByWordStart() throws Exception {
    assertThat(suggestions("/api/suggest?q=put")).first().isEqualTo("Vladimir Putin/person");
    assertThat(suggestions("/api/suggest?q=VLAD&size=8")).contains("Vladimir Putin/person");
    assertThat(suggestions("/api/suggest?q=tanv")).contains("Muhammad Hamza Tanvir/author");
    assertThat(suggestions("/api/suggest?q=isl")).contains("Islamabad/location");
    // Accents folded both ways: the title says "Détente".
    assertThat(suggestions("/api/suggest?q=detent"))
        .contains("Russia and Pakistan: an Era of Détente/title");
  }

  @Test
  void sizeBoundsTheAnswer() throws Exception {
    assertThat(suggestions("/api/suggest?q=pa&size=2")).hasSize(2);
    assertThat(suggestions("/api/suggest?q=")).isEmpty();
  }

  @Test
  void badParametersAreNamedErrors() throws Exception {
    assertThat(API.errorCode("/api/suggest?q=pa&size=0", 400)).isEqualTo("invalid_size");
    assertThat(API.errorCode("/api/suggest?q=pa&size=21", 400)).isEqualTo("invalid_size");
    assertThat(API.errorCode("/api/suggest?q=" + "a".repeat(101), 400)).isEqualTo("query_too_long");
    assertThat(API.errorCode("/api/suggest?q=a&q=b", 400)).isEqualTo("repeated_parameter");
    assertThat(API.errorCode("/api/suggest?prefix=a", 400)).isEqualTo("unknown_parameter");
  }
}
