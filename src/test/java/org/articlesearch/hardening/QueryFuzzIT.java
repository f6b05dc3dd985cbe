package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random and hostile queries: every answer is a 200 or a 4xx, never a 500 or a hang.
 */
class QueryFuzzIT {
  private static final String[] PIECES = {
    "taliban",
    "pakistan",
    "russia",
    "\"",
    "\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "*",
    "?",
    "~",
    "~2",
    "^",
    "^3",
    ":",
    "\\",
    "/",
    "AND",
    "OR",
    "NOT",
    "-",
    "+",
    "!",
    "&&",
    "||",
    "title:",
    "body:",
    "author:",
    "x:",
    "TO",
    "[a TO z]",
    "{1 TO 2}",
    "Détente",
    "é",
    "日本",
    "🙂",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%",
    "%00",
    "\u0000",
    "\n",
    "\t",
    " ",
    "../..",
    "a*",
    "abc*",
    "*a",
    "/re.*/",
    "\"a b\"~5",
    "pak~",
    "0",
    "-1",
    "9999999999",
    "null",
    "undefined",
    "person:",
    "year:",
    "2015..2018",
    "..",
    "person:\"vladimir putin\"",
    "year:2015..",
    "2018-02-30",
    "2018-09",
    "csv",
    "jsonl",
    "location",
  };
  private static final String[] PARAMS = {
    "q",
    "author",
    "year",
    "publisher",
    "person",
    "organization",
    "location",
    "sort",
    "page",
    "size",
    "from",
    "to",
    "format",
    "type",
    "value"
  };

  /** Every endpoint that reads a query, most requests to the search. */
  private static final String[] ENDPOINTS = {
    "/api/search?",
    "/api/search?",
    "/api/search?",
    "/api/suggest?",
    "/api/cooccurrence?type=person&value=Vladimir+Putin&",
    "/api/export?format=csv&",
    "/api/export?format=jsonl&",
    "/api/search?q=&sort=date&",
  };

  @Test
  void randomAndHostileQueriesNeverBreakTheServer() throws Exception {
    SeedServer seeds = SeedServer.get();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String id =
        JsonParser.parseString(
                http.send(
                        HttpRequest.newBuilder(URI.create(seeds.url() + "/api/search?size=1"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body())
            .getAsJsonObject()
            .getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsString();
    List<String> endpoints = new ArrayList<>(List.of(ENDPOINTS));
    endpoints.add("/api/documents/" + id + "?");
    endpoints.add("/api/documents/" + id + "/related?");
    Random random = new Random(20261122L);
    List<String> failures = new ArrayList<>();
    int requests = 3_000;
    for (int i = 0; i < requests; i++) {
      StringBuilder url =
          new StringBuilder(seeds.url()).append(endpoints.get(i % endpoints.size()));
      int params = 1 + random.nextInt(3);
      for (int p = 0; p < params; p++) {
        String name = random.nextInt(3) == 0 ? PARAMS[random.nextInt(PARAMS.length)] : "q";
        url.append(p == 0 ? "" : "&")
            .append(name)
            .append('=')
            .append(URLEncoder.encode(randomText(random), StandardCharsets.UTF_8));
      }
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url.toString()))
              .timeout(Duration.ofSeconds(15))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status != 200 && (status < 400 || status >= 500)
          || status >= 400 && !response.body().contains("\"code\"")) {
        failures.add(status + " " + url + " " + response.body());
      }
    }
    assertThat(failures).as("requests answered with neither 200 nor a named 4xx").isEmpty();
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        b.append((char) (random.nextInt(0x2FF) + 1));
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextBoolean()) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}
