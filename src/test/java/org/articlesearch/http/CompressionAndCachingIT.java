package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;

/**
 * Over real HTTP: text answers are gzipped for clients that accept it, the page's files are kept by
 * the browser and revalidated with their tag, and API answers are never kept.
 */
class CompressionAndCachingIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(SeedServer.get().url() + path))
            .timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  @Test
  void theScriptIsGzippedForAClientThatAcceptsItAndWholeForOneThatDoesNot() throws Exception {
    HttpResponse<byte[]> whole = get("/app.js");
    HttpResponse<byte[]> zipped = get("/app.js", "Accept-Encoding", "gzip");

    assertThat(whole.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(zipped.body().length).isLessThan(whole.body().length / 3);
    assertThat(gunzip(zipped.body())).isEqualTo(whole.body());
  }

  @Test
  void apiAnswersAreGzippedAndNeverKept() throws Exception {
    HttpResponse<byte[]> whole = get("/api/search?q=pakistan");
    HttpResponse<byte[]> zipped = get("/api/search?q=pakistan", "Accept-Encoding", "gzip");

    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.body().length).isLessThan(whole.body().length);
    JsonObject unzipped =
        JsonParser.parseString(new String(gunzip(zipped.body()), StandardCharsets.UTF_8))
            .getAsJsonObject();
    JsonObject plain =
        JsonParser.parseString(new String(whole.body(), StandardCharsets.UTF_8)).getAsJsonObject();
    assertThat(unzipped.get("hits")).isEqualTo(plain.get("hits"));
    assertThat(zipped.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(get("/api/nothing").headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(get("/health").headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void aPageFileIsRevalidatedByItsTagAndAnsweredWithoutABodyWhenUnchanged() throws Exception {
    for (String path : new String[] {"/", "/app.js", "/style.css", "/favicon.svg"}) {
      HttpResponse<byte[]> first = get(path, "Accept-Encoding", "gzip");
      assertThat(first.statusCode()).as(path).isEqualTo(200);
      assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
      String tag = first.headers().firstValue("ETag").orElseThrow();

      HttpResponse<byte[]> again = get(path, "Accept-Encoding", "gzip", "If-None-Match", tag);
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).as(path).isEmpty();

      // A date alone does not pass a file off as current: the tag of another version decides.
      HttpResponse<byte[]> other =
          get(
              path,
              "If-None-Match",
              "W/\"0123456789abcdef\"",
              "If-Modified-Since",
              "Fri, 31 Dec 2100 23:59:59 GMT");
      assertThat(other.statusCode()).as(path).isEqualTo(200);
      assertThat(other.headers().firstValue("ETag")).as(path).hasValue(tag);
    }
  }

  @Test
  void theIconIsServedUnderBothItsNames() throws Exception {
    HttpResponse<byte[]> svg = get("/favicon.svg");
    HttpResponse<byte[]> ico = get("/favicon.ico");

    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(ico.statusCode()).isEqualTo(200);
    assertThat(ico.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(ico.body()).isEqualTo(svg.body());
  }
}
