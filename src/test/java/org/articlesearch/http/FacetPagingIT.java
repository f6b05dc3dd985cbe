package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.articlesearch.testing.AddressArchiveCorpus;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;

/**
 * Facets longer than a search lists, over 232 yearly addresses by 58 speakers: the search says
 * which lists are cut, and {@code /api/entities} pages through every value among the results with
 * the counts the search's facets give.
 */
class FacetPagingIT {
  private static final ApiClient API = new ApiClient(SeedServer.archive().url());

  private static List<String> values(JsonObject body, String key) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : body.getAsJsonArray(key)) {
      JsonObject value = e.getAsJsonObject();
      out.add(value.get("value").getAsString() + "=" + value.get("count").getAsLong());
    }
    return out;
  }

  @Test
  void aSearchSaysWhichFacetListsAreCut() throws Exception {
    JsonObject body = API.getJson("/api/search?q=war&size=0", 200);
    assertThat(body.get("total").getAsInt()).isEqualTo(232);
    assertThat(body.getAsJsonObject("facets").getAsJsonArray("year")).hasSize(50);
    JsonObject cut = body.getAsJsonObject("facetsCut");
    assertThat(cut.get("year").getAsBoolean()).isTrue();
    assertThat(cut.get("author").getAsBoolean()).isTrue();
    assertThat(cut.get("publisher").getAsBoolean()).isFalse();
    assertThat(
            API.getJson("/api/search?q=war&year=1862&size=0", 200)
                .getAsJsonObject("facetsCut")
                .get("author")
                .getAsBoolean())
        .as("one year has one speaker")
        .isFalse();
  }

  @Test
  void everyYearIsReachedInOrderAPageAtATime() throws Exception {
    JsonObject third =
        API.getJson("/api/entities?type=year&q=war&order=value&page=3&size=100", 200);
    assertThat(third.get("total").getAsInt()).isEqualTo(232);
    assertThat(values(third, "values"))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1990, AddressArchiveCorpus.LAST_YEAR)
                .mapToObj(y -> y + "=1")
                .toList());
    JsonObject first = API.getJson("/api/entities?type=year&order=value&size=3", 200);
    assertThat(values(first, "values")).containsExactly("1790=1", "1791=1", "1792=1");
    assertThat(API.errorCode("/api/entities?type=year&order=newest", 400))
        .isEqualTo("invalid_order");
    assertThat(API.errorCode("/api/entities?type=year&page=0", 400)).isEqualTo("invalid_page");
    assertThat(API.errorCode("/api/entities?type=year&colour=red", 400))
        .isEqualTo("unknown_parameter");
  }

  @Test
  void authorsAreOrderedByTheirFirstArticleAmongTheResults() throws Exception {
    JsonObject body =
        API.getJson("/api/entities?type=author&q=immigration&order=date&page=2&size=2", 200);
    assertThat(body.get("total").getAsInt()).isEqualTo(58);
    assertThat(values(body, "values"))
        .containsExactly(
            AddressArchiveCorpus.speaker(1798) + "=2", AddressArchiveCorpus.speaker(1802) + "=2");
    assertThat(API.errorCode("/api/entities?type=year&order=date", 400)).isEqualTo("invalid_order");
  }

  @Test
  void foundValuesAreCountedAmongTheResultsAsTheListCountsThem() throws Exception {
    String speaker = AddressArchiveCorpus.speaker(1794);
    String prefix = ApiClient.enc(speaker.toLowerCase(java.util.Locale.ROOT));
    JsonObject search = API.getJson("/api/search?q=immigration&size=0", 200);
    assertThat(values(search.getAsJsonObject("facets"), "author")).contains(speaker + "=2");
    JsonObject found = API.getJson("/api/entities?type=author&q=immigration&prefix=" + prefix, 200);
    assertThat(values(found, "values")).containsExactly(speaker + "=2");
    // Multi-select, as the list: the facet's own ticked value does not narrow its counts.
    JsonObject ticked =
        API.getJson(
            "/api/entities?type=author&q=immigration&author=Edwin+Stanhope&prefix=" + prefix, 200);
    assertThat(values(ticked, "values")).containsExactly(speaker + "=2");
    assertThat(values(API.getJson("/api/entities?type=author&prefix=" + prefix, 200), "values"))
        .as("without a search, over every article")
        .containsExactly(speaker + "=4");
  }
}
