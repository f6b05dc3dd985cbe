package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile and malformed requests get a named 4xx answer; the server never fails with a 500. */
class HostileInputIT {
  private static final SeedServer SEEDS = SeedServer.get();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(SEEDS.url() + pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends raw bytes, for requests java.net.http refuses to build. */
  static String raw(String requestHead) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", SEEDS.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?q=a*|400|query_too_broad",
        "/api/search?q=ab*|400|query_too_broad",
        "/api/search?q=%2Fa.*%2F|400|query_too_broad",
        "/api/search?q=ab~|400|query_too_broad",
        "/api/search?from=2018-13|400|invalid_date",
        "/api/search?to=2018&to=2019|400|repeated_parameter",
        "/api/suggest?size=99|400|invalid_size",
        "/api/suggest?type=person|400|unknown_parameter",
        "/api/cooccurrence?type=year&value=2018|400|invalid_type",
        "/api/cooccurrence?type=person&value=|400|invalid_value",
        "/api/export?format=xml|400|invalid_format",
        "/api/export?format=csv&q=a*|400|query_too_broad",
        "/api/documents/0123/related?size=abc|400|invalid_size",
        "/api/documents/0123/related|404|document_not_found",
        "/api/search?q=%C3%28|400|invalid_encoding",
        "/api/search?q=%FF%FE|400|invalid_encoding",
        "/api/search?size=101|400|invalid_size",
        "/api/search?size=-1|400|invalid_size",
        "/api/search?page=0|400|invalid_page",
        "/api/search?page=999&size=100|400|invalid_page",
        "/api/search?page=99999999999999999999|400|invalid_page",
        "/api/search?sort=newest|400|invalid_sort",
        "/api/search?year=20x8|400|invalid_year",
        "/api/search?q=a&q=b|400|repeated_parameter",
        "/api/search?bogus=1|400|unknown_parameter",
        "/api/entities?type=person&size=abc|400|invalid_size",
        "/api/documents/..%2F..%2Fetc%2Fpasswd|404|document_not_found",
        "/api/documents/%2e%2e|404|document_not_found",
        "/api/nothing|404|not_found",
      })
  void badRequestsGetANamedError(String path, int status, String code) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains("\"code\":\"" + code + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?q=*stan|A word cannot start with * or ?",
        "/api/search?q=%2F%5B%2F+Taliban|The text between slashes is not a valid regular expression",
        "/api/search?q=%22unbalanced+Taliban|The closing quote is missing",
        "/api/search?q=colour%3Ared|There is no field colour:",
      })
  void malformedQueriesAreSearchedAsTheirWordsWithANotice(String path, String words)
      throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"notice\":\"" + words);
  }

  @Test
  void tooManyTermsIsRefused() throws Exception {
    String q = String.join("+OR+", java.util.Collections.nCopies(70, "pakistan"));
    HttpResponse<String> response = get("/api/search?q=" + q);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("too_many_terms");
  }

  @Test
  void tooManyFilterValuesAreRefused() throws Exception {
    StringBuilder query = new StringBuilder("/api/search?q=x");
    for (int i = 0; i < 21; i++) {
      query.append("&author=a").append(i);
    }
    assertThat(get(query.toString()).body()).contains("too_many_filter_values");
    assertThat(get("/api/search?" + "a=1&".repeat(150)).body()).contains("too_many_parameters");
  }

  @Test
  void malformedPercentEscapesAreRefusedByTheParser() throws Exception {
    assertThat(raw("GET /api/search?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 400");
  }

  @Test
  void oversizedHeadersAndBodiesAreRefused() throws Exception {
    String big = "a".repeat(20_000);
    assertThat(
            raw(
                "GET /api/search HTTP/1.1\r\nHost: x\r\nX-Big: "
                    + big
                    + "\r\nConnection: close\r\n\r\n"))
        .matches("(?s)HTTP/1.1 4\\d\\d.*");
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(SEEDS.url() + "/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isBetween(400, 499);
  }

  @Test
  void staticFilesComeFromTheJarOnly() throws Exception {
    for (String path :
        new String[] {
          "/..%2f..%2fpom.xml",
          "/%2e%2e/%2e%2e/pom.xml",
          "/web/../../pom.xml",
          "/..\\pom.xml",
          "/org/articlesearch/http/SearchServer.class",
          "/simplelogger.properties"
        }) {
      String answer = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(answer)
          .as(path)
          .startsWith("HTTP/1.1 4")
          .doesNotContain("<artifactId>")
          .doesNotContain("simpleLogger");
    }
  }

  @Test
  void everyAnswerCarriesSecurityHeadersAndNoCors() throws Exception {
    for (String path :
        new String[] {"/", "/app.js", "/api/search?q=taliban", "/api/search?q=%22x", "/health"}) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(SEEDS.url() + path))
                  .header("Origin", "https://evil.example")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void aSlowClientIsCutOffWithoutHoldingAWorker() throws Exception {
    try (Socket slow = new Socket("127.0.0.1", SEEDS.port())) {
      slow.getOutputStream()
          .write(
              "GET /api/search?q=taliban HTTP/1.1\r\nHost: x\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      // While that request never finishes its headers, others are served at once.
      long start = System.nanoTime();
      assertThat(get("/api/search?q=taliban").statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }
}
