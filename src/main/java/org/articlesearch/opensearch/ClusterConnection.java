package org.articlesearch.opensearch;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Sends JSON requests to a cluster and reads the answers, through the client's generic API: the
 * index writer builds its own bulk bodies, so it knows their size to the byte. Transport failures
 * become messages naming the cluster, never a stack trace for a wrong address.
 */
final class ClusterConnection implements Closeable {
  private static final String JSON = "application/json";
  private static final String NDJSON = "application/x-ndjson";

  private final OpenSearchClient client;
  private final OpenSearchGenericClient generic;
  private final String where;

  private ClusterConnection(OpenSearchClient client, String where) {
    this.client = client;
    this.generic = client.generic();
    this.where = where;
  }

  /** Opens a connection to the cluster a configuration names. */
  static ClusterConnection open(OpenSearchConfig config) {
    String where = config.hosts().stream().map(Object::toString).collect(Collectors.joining(","));
    return new ClusterConnection(OpenSearchClients.open(config), where);
  }

  /** The cluster's addresses, for messages. */
  String where() {
    return where;
  }

  /**
   * An answer of the cluster.
   *
   * @param status the HTTP status
   * @param body the JSON body; {@link JsonNull} when there is none or it is not JSON
   */
  record Answer(int status, JsonElement body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonObject object() {
      return body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
    }

    /** The error's type and reason as OpenSearch states them, or the status alone. */
    String error() {
      JsonElement error = object().get("error");
      if (error != null && error.isJsonObject()) {
        JsonObject e = error.getAsJsonObject();
        return status + " " + text(e, "type") + ": " + text(e, "reason");
      }
      if (error != null && error.isJsonPrimitive()) {
        return status + " " + error.getAsString();
      }
      return "HTTP " + status;
    }
  }

  /** Sends a request with a JSON body (or none); any status is an answer, not an exception. */
  Answer send(String method, String path, Map<String, String> query, JsonElement body)
      throws IOException {
    return send(method, path, query, body == null ? null : body.toString().getBytes(UTF8), JSON);
  }

  /** Sends a bulk body, newline-delimited JSON. */
  Answer sendBulk(String path, byte[] ndjson) throws IOException {
    return send("POST", path, Map.of(), ndjson, NDJSON);
  }

  /**
   * Sends a request that must succeed.
   *
   * @param doing what the request is for, the start of the error message
   * @throws ClusterException when the cluster answers with an error
   */
  Answer expect(
      String method, String path, Map<String, String> query, JsonElement body, String doing)
      throws IOException {
    Answer answer = send(method, path, query, body);
    if (!answer.ok()) {
      throw refusal(doing, answer);
    }
    return answer;
  }

  /** The exception for an error answer, its message starting with what the request was for. */
  ClusterException refusal(String doing, Answer answer) {
    return new ClusterException(
        doing + ": OpenSearch at " + where + " answered " + answer.error(), answer.status());
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private Answer send(
      String method, String path, Map<String, String> query, byte[] body, String contentType)
      throws IOException {
    Requests.JsonBodyBuilder builder = Requests.builder().method(method).endpoint(path);
    if (!query.isEmpty()) {
      builder.query(query);
    }
    if (body != null) {
      builder.body(Body.from(body, contentType));
    }
    Request request = builder.build();
    try (Response response = generic.execute(request)) {
      byte[] bytes = response.getBody().map(Body::bodyAsBytes).orElse(new byte[0]);
      return new Answer(response.getStatus(), parse(bytes));
    } catch (ResponseException e) {
      // The transport throws for the statuses it retries on another node (429, 502-504) once
      // every node gave one: an answer all the same, its body after the message's first line.
      String message = e.getMessage() == null ? "" : e.getMessage();
      int bodyStart = message.indexOf('\n');
      return new Answer(
          e.status(),
          bodyStart < 0
              ? JsonNull.INSTANCE
              : parse(message.substring(bodyStart + 1).getBytes(UTF8)));
    } catch (IOException | RuntimeException e) {
      throw new ClusterUnreachableException(
          "cannot reach OpenSearch at " + where + ": " + describe(e), e);
    }
  }

  private static JsonElement parse(byte[] bytes) {
    if (bytes.length == 0) {
      return JsonNull.INSTANCE;
    }
    try {
      return JsonParser.parseString(new String(bytes, UTF8));
    } catch (JsonParseException e) {
      // A proxy's HTML error page, say: the status tells what happened.
      return JsonNull.INSTANCE;
    }
  }

  /** The innermost cause's message: "Connection refused", not the transport's wrapping. */
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  private static String text(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }

  /** Encodes an index name or document id as one path segment. */
  static String segment(String value) {
    return URLEncoder.encode(value, UTF8).replace("+", "%20");
  }

  @Override
  public void close() throws IOException {
    client._transport().close();
  }

  /** The cluster answered with an error status. */
  static final class ClusterException extends IOException {
    private final int status;

    ClusterException(String message, int status) {
      super(message);
      this.status = status;
    }

    int status() {
      return status;
    }
  }

  /** No answer: the cluster is down, the address is wrong, or the request timed out. */
  static final class ClusterUnreachableException extends IOException {
    ClusterUnreachableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
