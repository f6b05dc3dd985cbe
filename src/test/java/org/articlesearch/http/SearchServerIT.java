package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.ingest.FileOutcome;
import org.articlesearch.ingest.IngestSummary;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;

/** The seed corpus indexed by the real pipeline and searched over real HTTP. */
class SearchServerIT {
  static final SeedServer SEEDS = SeedServer.get();
  static final IngestSummary summary = SEEDS.summary();
  static final ApiClient API = ApiClient.seeds();

  @Test
  void indexesEverySeedArticle() {
    assertThat(summary.count(FileOutcome.Status.INDEXED)).isEqualTo(5);
    assertThat(summary.notIndexed()).isEmpty();
  }

  @Test
  void keywordSearchFindsTheArticlesThatMentionIt() throws Exception {
    JsonObject body = getJson("/api/search?q=Taliban", 200);
    assertThat(body.get("total").getAsInt()).isEqualTo(4);
    assertThat(files(body))
        .containsExactlyInAnyOrder(
            "000_80c37cb1f64fecc7.txt",
            "001_ad67e7da5f91e0ce.txt",
            "002_83e1abe56069c214.txt",
            "004_5f071ebbb89237fa.txt");
    JsonObject first = body.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertThat(first.get("snippet").getAsString()).contains("<mark>Taliban</mark>");
    assertThat(body.get("tookMs").getAsLong()).isNotNegative();
  }

  @Test
  void authorFacetListsEveryAuthorInOneForm() throws Exception {
    JsonObject body = getJson("/api/search?q=", 200);
    assertThat(body.get("total").getAsInt()).isEqualTo(5);
    assertThat(facetValues(body, "author"))
        .containsExactly(
            "@iamusmanghani", "Muhammad Hamza Tanvir", "Sarfraz Ahmed Rana", "Yasir M’alik");
  }

  @Test
  void yearFilterSelectsTheDatedArticle() throws Exception {
    JsonObject body = getJson("/api/search?year=2018", 200);
    assertThat(files(body)).containsExactly("003_1b4e483194c528fc.txt");
    // Multi-select: the other years keep their counts while 2018 is ticked.
    assertThat(facetCounts(body, "year")).contains("2018=1", "2024=1", "Unknown=3");
  }

  @Test
  void repeatedFilterMeansAnyOfTheValues() throws Exception {
    JsonObject body = getJson("/api/search?year=2018&year=2024&sort=date", 200);
    assertThat(files(body)).containsExactly("000_80c37cb1f64fecc7.txt", "003_1b4e483194c528fc.txt");
  }

  @Test
  void filtersOnDifferentFacetsCombine() throws Exception {
    JsonObject body =
        getJson(
            "/api/search?q=Taliban&author=" + enc("Muhammad Hamza Tanvir") + "&location=Moscow",
            200);
    assertThat(files(body)).containsExactly("001_ad67e7da5f91e0ce.txt");
    assertThat(facetValues(body, "person")).contains("Vladimir Putin", "Imran Khan");
  }

  @Test
  void filterValuesMatchWhateverTheirCaseAndAccentsAndAreAnsweredAsIndexed() throws Exception {
    JsonObject exact = getJson("/api/search?author=" + enc("Sarfraz Ahmed Rana"), 200);
    JsonObject lower = getJson("/api/search?author=" + enc("sarfraz ahmed rana"), 200);
    assertThat(lower.get("total").getAsInt()).isEqualTo(1);
    assertThat(files(lower)).isEqualTo(files(exact));
    assertThat(lower.getAsJsonObject("filters").toString())
        .isEqualTo("{\"author\":[\"Sarfraz Ahmed Rana\"]}");
    assertThat(files(getJson("/api/search?author=" + enc("YASIR M’ALIK"), 200)))
        .containsExactly("000_80c37cb1f64fecc7.txt");
    // As year:unknown does in q.
    JsonObject undated = getJson("/api/search?year=unknown", 200);
    assertThat(undated.get("total").getAsInt()).isEqualTo(3);
    assertThat(undated.getAsJsonObject("filters").toString()).isEqualTo("{\"year\":[\"Unknown\"]}");
    // A value no article has still matches nothing.
    assertThat(getJson("/api/search?author=nobody", 200).get("total").getAsInt()).isZero();
  }

  @Test
  void sizeZeroAnswersTheCountsAlone() throws Exception {
    JsonObject body = getJson("/api/search?q=Taliban&size=0", 200);
    JsonObject full = getJson("/api/search?q=Taliban", 200);
    assertThat(body.getAsJsonArray("hits")).isEmpty();
    assertThat(body.get("total")).isEqualTo(full.get("total"));
    assertThat(body.get("facets")).isEqualTo(full.get("facets"));
    assertThat(body.get("histogram")).isEqualTo(full.get("histogram"));
    assertThat(body.get("size").getAsInt()).isZero();
  }

  @Test
  void whileTypingTheLastWordIsAPrefixAndHalfWordsAreNotCorrected() throws Exception {
    JsonObject typing = getJson("/api/search?q=Tali&typing=true", 200);
    assertThat(typing.get("didYouMean").isJsonNull()).isTrue();
    assertThat(typing.get("total").getAsInt())
        .isEqualTo(getJson("/api/search?q=Taliban", 200).get("total").getAsInt());
    assertThat(getJson("/api/search?q=Krem&typing=true", 200).get("total").getAsInt()).isPositive();
    // A first word of two letters does not narrow yet: every article, not "no match".
    assertThat(getJson("/api/search?q=Pu&typing=true", 200).get("total").getAsInt())
        .isEqualTo(getJson("/api/search?q=", 200).get("total").getAsInt());
    assertThat(getJson("/api/search?q=Krem", 200).get("total").getAsInt()).isZero();
    assertThat(errorCode("/api/search?q=Krem&typing=yes", 400)).isEqualTo("invalid_typing");
  }

  @Test
  void everyRefusedRequestHasTheJsonErrorBody() throws Exception {
    assertThat(errorCode("/no-such-page", 404)).isEqualTo("not_found");
    assertThat(errorCode("/api/search?q=" + "a".repeat(20_000), 414)).isEqualTo("uri_too_long");
    for (String path : List.of("/api/search", "/", "/app.js")) {
      HttpResponse<String> post = send(request(path).POST(BodyPublishers.noBody()));
      assertThat(post.statusCode()).as(path).isEqualTo(405);
      assertThat(post.body()).contains("\"code\":\"method_not_allowed\"");
    }
    HttpResponse<String> headers = send(request("/api/search").header("X-Big", "a".repeat(20_000)));
    assertThat(headers.statusCode()).isEqualTo(431);
    assertThat(headers.body()).contains("\"code\":\"headers_too_large\"");
  }

  @Test
  void accentsAreFolded() throws Exception {
    assertThat(files(getJson("/api/search?q=detente", 200)))
        .containsExactly("002_83e1abe56069c214.txt");
  }

  @Test
  void countryVariantsAreOneFacetValue() throws Exception {
    List<String> locations = facetValues(getJson("/api/search?size=1", 200), "location");
    assertThat(locations).contains("United States").doesNotContain("US", "U.S.", "USA", "America");
  }

  @Test
  void pagingReturnsTheRestOfTheHits() throws Exception {
    JsonObject page1 = getJson("/api/search?size=2&page=1&sort=date", 200);
    JsonObject page3 = getJson("/api/search?size=2&page=3&sort=date", 200);
    assertThat(page1.getAsJsonArray("hits")).hasSize(2);
    assertThat(page3.getAsJsonArray("hits")).hasSize(1);
    assertThat(files(page1).get(0)).isEqualTo("000_80c37cb1f64fecc7.txt"); // 2024 first
  }

  @Test
  void anUnbalancedQuoteSearchesTheWordsAndSaysSo() throws Exception {
    JsonObject body = getJson("/api/search?q=" + enc("\"Joseph Stalin"), 200);
    assertThat(files(body)).containsExactly("003_1b4e483194c528fc.txt");
    assertThat(body.get("notice").getAsString())
        .isEqualTo(
            "The closing quote is missing, so the words were searched on their own: Joseph"
                + " Stalin.");
    assertThat(getJson("/api/search?q=Stalin", 200).get("notice").isJsonNull()).isTrue();
  }

  @Test
  void recencyOrdersByRelevanceAndEchoesTheSort() throws Exception {
    JsonObject recency = getJson("/api/search?q=Taliban&sort=recency", 200);
    JsonObject relevance = getJson("/api/search?q=Taliban", 200);
    assertThat(recency.get("sort").getAsString()).isEqualTo("recency");
    assertThat(files(recency)).containsExactlyInAnyOrderElementsOf(files(relevance));
    assertThat(recency.getAsJsonArray("hits").get(0).getAsJsonObject().get("score").getAsFloat())
        .isEqualTo(
            relevance.getAsJsonArray("hits").get(0).getAsJsonObject().get("score").getAsFloat());
  }

  @Test
  void aTypoIsCorrectedFromTheIndexsOwnWords() throws Exception {
    JsonObject body = getJson("/api/search?q=talibam", 200);
    assertThat(body.getAsJsonObject("didYouMean").toString())
        .isEqualTo("{\"query\":\"taliban\",\"applied\":true}");
    assertThat(body.get("query").getAsString()).isEqualTo("talibam");
    assertThat(body.get("total").getAsInt()).isEqualTo(4);
    assertThat(getJson("/api/search?q=Taliban", 200).get("didYouMean").isJsonNull()).isTrue();
  }

  @Test
  void fieldQueriesMatchFacetValuesCaseInsensitively() throws Exception {
    assertThat(
            getJson("/api/search?q=" + enc("person:\"vladimir putin\""), 200)
                .get("total")
                .getAsInt())
        .isEqualTo(3);
    assertThat(getJson("/api/search?q=" + enc("person:putin"), 200).get("total").getAsInt())
        .isEqualTo(3);
    assertThat(files(getJson("/api/search?q=" + enc("year:2015..2019"), 200)))
        .containsExactly("003_1b4e483194c528fc.txt");
    assertThat(files(getJson("/api/search?q=" + enc("author:tanvir Taliban"), 200)))
        .containsExactly("001_ad67e7da5f91e0ce.txt");
  }

  @Test
  void badParametersAreNamedErrors() throws Exception {
    assertThat(errorCode("/api/search?size=1000", 400)).isEqualTo("invalid_size");
    assertThat(errorCode("/api/search?page=abc", 400)).isEqualTo("invalid_page");
    assertThat(errorCode("/api/search?sort=random", 400)).isEqualTo("invalid_sort");
    assertThat(errorCode("/api/search?year=last", 400)).isEqualTo("invalid_year");
    assertThat(errorCode("/api/search?colour=red", 400)).isEqualTo("unknown_parameter");
    assertThat(errorCode("/api/search?q=" + "a".repeat(1001), 400)).isEqualTo("query_too_long");
  }

  @Test
  void documentEndpointReturnsTextEntitiesAndProvenance() throws Exception {
    String id =
        getJson("/api/search?year=2018", 200)
            .getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsString();
    JsonObject doc = getJson("/api/documents/" + id, 200);
    assertThat(doc.get("date").getAsString()).isEqualTo("2018-09-11");
    assertThat(doc.get("publisher").getAsString()).isEqualTo("Daily Times");
    assertThat(doc.get("text").getAsString()).contains("Liaquat Ali Khan");
    assertThat(doc.getAsJsonObject("provenance").get("date").getAsString())
        .isEqualTo("text:published-line");
    List<String> people = new ArrayList<>();
    for (JsonElement e : doc.getAsJsonArray("entities")) {
      if (e.getAsJsonObject().get("type").getAsString().equals("PERSON")) {
        people.add(e.getAsJsonObject().get("name").getAsString());
      }
    }
    assertThat(people).contains("Liaquat Ali Khan", "Vladimir Putin").doesNotContain("Khan");
  }

  @Test
  void unknownDocumentAndRouteAre404() throws Exception {
    assertThat(errorCode("/api/documents/0123456789abcdef", 404)).isEqualTo("document_not_found");
    assertThat(errorCode("/api/documents/..%2f..%2fetc%2fpasswd", 404))
        .isEqualTo("document_not_found");
    assertThat(errorCode("/api/nothing", 404)).isEqualTo("not_found");
  }

  @Test
  void servesThePageWithSecurityHeaders() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<input").contains("app.js");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(get("/app.js").statusCode()).isEqualTo(200);
    assertThat(get("/../pom.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void entityValueSearchMatchesAnyWordPrefix() throws Exception {
    JsonObject body = getJson("/api/entities?type=person&prefix=put", 200);
    assertThat(facetCountsOf(body)).containsExactly("Vladimir Putin=3");
    assertThat(facetCountsOf(getJson("/api/entities?type=location&prefix=isl&size=5", 200)))
        .containsExactly("Islamabad=3");
    assertThat(errorCode("/api/entities?type=colour", 400)).isEqualTo("invalid_type");
    assertThat(errorCode("/api/entities?type=person&size=0", 400)).isEqualTo("invalid_size");
  }

  @Test
  void documentEntitiesCarryTheirVariantsAndOffsets() throws Exception {
    String id =
        getJson("/api/search?q=Stalin", 200)
            .getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsString();
    JsonObject doc = getJson("/api/documents/" + id, 200);
    String text = doc.get("text").getAsString();
    for (JsonElement e : doc.getAsJsonArray("entities")) {
      JsonObject entity = e.getAsJsonObject();
      if (entity.get("name").getAsString().equals("Liaquat Ali Khan")) {
        assertThat(entity.getAsJsonArray("variants").toString()).contains("Khan");
        List<String> mentioned = new ArrayList<>();
        entity
            .getAsJsonArray("mentions")
            .forEach(
                m ->
                    mentioned.add(
                        text.substring(
                            m.getAsJsonArray().get(0).getAsInt(),
                            m.getAsJsonArray().get(1).getAsInt())));
        assertThat(mentioned).containsExactly("Liaquat Ali Khan", "Khan");
        return;
      }
    }
    throw new AssertionError("Liaquat Ali Khan not among the entities");
  }

  private static List<String> facetCountsOf(JsonObject body) {
    List<String> values = new ArrayList<>();
    body.getAsJsonArray("values")
        .forEach(
            v ->
                values.add(
                    v.getAsJsonObject().get("value").getAsString()
                        + "="
                        + v.getAsJsonObject().get("count").getAsLong()));
    return values;
  }

  @Test
  void healthReportsTheDocumentCount() throws Exception {
    assertThat(getJson("/health", 200).get("documents").getAsInt()).isEqualTo(5);
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(SEEDS.url() + path));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return ApiClient.enc(s);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return API.get(path);
  }

  private static JsonObject getJson(String path, int status) throws Exception {
    return API.getJson(path, status);
  }

  private static String errorCode(String path, int status) throws Exception {
    return API.errorCode(path, status);
  }

  private static List<String> files(JsonObject body) throws Exception {
    return API.files(body);
  }

  private static List<String> facetValues(JsonObject body, String facet) {
    List<String> values = new ArrayList<>();
    JsonArray list = body.getAsJsonObject("facets").getAsJsonArray(facet);
    list.forEach(v -> values.add(v.getAsJsonObject().get("value").getAsString()));
    return values;
  }

  private static List<String> facetCounts(JsonObject body, String facet) {
    List<String> values = new ArrayList<>();
    body.getAsJsonObject("facets")
        .getAsJsonArray(facet)
        .forEach(
            v ->
                values.add(
                    v.getAsJsonObject().get("value").getAsString()
                        + "="
                        + v.getAsJsonObject().get("count").getAsLong()));
    return values;
  }
}
