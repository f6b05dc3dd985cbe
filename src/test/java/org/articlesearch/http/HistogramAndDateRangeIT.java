package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.articlesearch.testing.ApiClient;
import org.junit.jupiter.api.Test;

/** The year histogram of a search and the from/to date range, over the seed corpus. */
class HistogramAndDateRangeIT {
  private static final ApiClient API = ApiClient.seeds();

  private static String histogram(JsonObject body) {
    return body.getAsJsonObject("histogram").toString();
  }

  @Test
  void histogramCountsEveryYearAndTheUndatedApart() throws Exception {
    JsonObject all = API.getJson("/api/search", 200);
    assertThat(histogram(all))
        .isEqualTo(
            "{\"years\":[{\"year\":2018,\"count\":1},{\"year\":2024,\"count\":1}],\"undated\":3}");
    // Two seeds mention the Taliban without a date, and the 2018 one does not mention them.
    assertThat(histogram(API.getJson("/api/search?q=Taliban", 200)))
        .isEqualTo("{\"years\":[{\"year\":2024,\"count\":1}],\"undated\":3}");
  }

  @Test
  void histogramIgnoresTheYearFilterLikeTheYearFacet() throws Exception {
    JsonObject body = API.getJson("/api/search?year=2018", 200);
    assertThat(body.get("total").getAsInt()).isEqualTo(1);
    assertThat(histogram(body))
        .isEqualTo(
            "{\"years\":[{\"year\":2018,\"count\":1},{\"year\":2024,\"count\":1}],\"undated\":3}");
  }

  @Test
  void dateRangeIsInclusiveAndLeavesOutUndatedArticles() throws Exception {
    assertThat(API.files(API.getJson("/api/search?from=2018&to=2018", 200)))
        .containsExactly("003_1b4e483194c528fc.txt");
    assertThat(API.files(API.getJson("/api/search?from=2018-09-11&to=2018-09-11", 200)))
        .containsExactly("003_1b4e483194c528fc.txt");
    assertThat(API.getJson("/api/search?to=2018-09-10", 200).get("total").getAsInt()).isZero();
    assertThat(API.files(API.getJson("/api/search?from=2019-01", 200)))
        .containsExactly("000_80c37cb1f64fecc7.txt");
    JsonObject both = API.getJson("/api/search?from=2000&sort=date", 200);
    assertThat(API.files(both))
        .containsExactly("000_80c37cb1f64fecc7.txt", "003_1b4e483194c528fc.txt");
    assertThat(histogram(both))
        .isEqualTo(
            "{\"years\":[{\"year\":2018,\"count\":1},{\"year\":2024,\"count\":1}],\"undated\":0}");
  }

  @Test
  void badDatesAreNamedErrors() throws Exception {
    assertThat(API.errorCode("/api/search?from=yesterday", 400)).isEqualTo("invalid_date");
    assertThat(API.errorCode("/api/search?to=2018-02-30", 400)).isEqualTo("invalid_date");
    assertThat(API.errorCode("/api/search?from=2020&to=2019", 400)).isEqualTo("invalid_date");
  }
}
