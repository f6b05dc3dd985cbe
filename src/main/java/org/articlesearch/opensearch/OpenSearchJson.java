package org.articlesearch.opensearch;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Sends JSON requests to the cluster through the client's transport (its hosts, retries and
 * timeouts) and reads JSON answers: the search DSL is built as JSON because it is generated from a
 * Lucene query tree, which the typed builders would only mirror.
 */
final class OpenSearchJson {
  /** An answer other than 2xx, with OpenSearch's reason. */
  static final class StatusException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    StatusException(int status, String message) {
      super(message);
      this.status = status;
    }

    int status() {
      return status;
    }
  }

  private final OpenSearchGenericClient client;

  OpenSearchJson(OpenSearchClient client) {
    this.client = client.generic();
  }

  /** Sends a request and returns its JSON answer; throws {@link StatusException} on non-2xx. */
  JsonObject send(String method, String path, JsonObject body) throws IOException {
    Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(path);
    if (body != null) {
      request.json(body.toString());
    }
    try (Response response = client.execute(request.build())) {
      String text = response.getBody().map(Body::bodyAsString).orElse("{}");
      if (response.getStatus() / 100 != 2) {
        throw new StatusException(
            response.getStatus(),
            "OpenSearch answered "
                + response.getStatus()
                + " to "
                + method
                + " "
                + path
                + ": "
                + reason(text));
      }
      return text.isBlank() ? new JsonObject() : JsonParser.parseString(text).getAsJsonObject();
    }
  }

  /** Returns text encoded as one segment of a request path, such as a document id. */
  static String pathSegment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Returns the root cause OpenSearch names in an error body, or the body itself. */
  private static String reason(String text) {
    try {
      JsonObject error = JsonParser.parseString(text).getAsJsonObject().getAsJsonObject("error");
      if (error != null
          && error.has("root_cause")
          && !error.getAsJsonArray("root_cause").isEmpty()) {
        JsonObject root = error.getAsJsonArray("root_cause").get(0).getAsJsonObject();
        return root.get("type").getAsString() + ": " + root.get("reason").getAsString();
      }
      if (error != null && error.has("reason")) {
        return error.get("reason").getAsString();
      }
    } catch (RuntimeException e) {
      // Not JSON (a proxy's page, say): the text itself says more than a parse error.
      return text.length() > 300 ? text.substring(0, 300) : text;
    }
    return text.length() > 300 ? text.substring(0, 300) : text;
  }
}
