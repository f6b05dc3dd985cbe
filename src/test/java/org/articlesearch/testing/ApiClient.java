package org.articlesearch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Real HTTP requests to a running server, with the assertions every API test makes. */
public final class ApiClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;

  public ApiClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Returns a client of the shared seed server. */
  public static ApiClient seeds() {
    return new ApiClient(SeedServer.get().url());
  }

  /** Percent-encodes a query parameter value. */
  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Sends a GET and returns the raw response. */
  public HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends a GET, checks the status and the JSON content type, and returns the parsed body. */
  public JsonObject getJson(String path, int status) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  /** Returns the error code of an answer that must have this status. */
  public String errorCode(String path, int status) throws Exception {
    return getJson(path, status).getAsJsonObject("error").get("code").getAsString();
  }

  /** Returns the corpus file names of the hits of a search answer, in order. */
  public List<String> files(JsonObject body) throws Exception {
    List<String> files = new ArrayList<>();
    for (JsonElement hit : body.getAsJsonArray("hits")) {
      files.add(file(hit.getAsJsonObject().get("id").getAsString()));
    }
    return files;
  }

  /** Returns the corpus file name of a document. */
  public String file(String id) throws Exception {
    String path = getJson("/api/documents/" + id, 200).get("path").getAsString();
    return Path.of(path).getFileName().toString();
  }

  /** Returns the id of the document whose file has this name. */
  public String idOf(String fileName) throws Exception {
    for (JsonElement hit : getJson("/api/search?size=100", 200).getAsJsonArray("hits")) {
      String id = hit.getAsJsonObject().get("id").getAsString();
      if (file(id).equals(fileName)) {
        return id;
      }
    }
    throw new AssertionError("no document from " + fileName);
  }
}
