package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy in front of a real OpenSearch node that pushes back on bulk requests as a busy
 * cluster does: the first ones answered with an error status, the next ones partly carried out,
 * some of their operations left undone and answered 429 one by one. Everything else passes through
 * unchanged.
 */
final class PushbackProxy implements AutoCloseable {
  private final HttpServer server;
  private final URI node;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Deque<Integer> requestStatuses;
  private final AtomicInteger partialRequests;
  private final int undonePerRequest;
  private final AtomicInteger bulkRequests = new AtomicInteger();
  private final AtomicInteger undone = new AtomicInteger();

  /**
   * Starts a proxy on an ephemeral loopback port.
   *
   * @param requestStatuses the statuses of the first bulk requests, answered without passing them
   *     on
   * @param partialRequests how many bulk requests after those are carried out in part
   * @param undonePerRequest how many operations of each of those are answered 429 and not done
   */
  PushbackProxy(URI node, List<Integer> requestStatuses, int partialRequests, int undonePerRequest)
      throws IOException {
    this.node = node;
    this.requestStatuses = new ConcurrentLinkedDeque<>(requestStatuses);
    this.partialRequests = new AtomicInteger(partialRequests);
    this.undonePerRequest = undonePerRequest;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Bulk requests that reached the proxy. */
  int bulkRequests() {
    return bulkRequests.get();
  }

  /** Operations answered 429 without being done. */
  int undone() {
    return undone.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      boolean bulk = exchange.getRequestURI().getPath().endsWith("/_bulk");
      if (bulk) {
        bulkRequests.incrementAndGet();
        Integer status = requestStatuses.pollFirst();
        if (status != null) {
          respond(exchange, status, error(status).toString().getBytes(StandardCharsets.UTF_8));
          return;
        }
        if (partialRequests.getAndDecrement() > 0) {
          partly(exchange, body);
          return;
        }
      }
      HttpResponse<byte[]> answer = forward(exchange, body);
      respond(exchange, answer.statusCode(), answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Leaves the first operations undone, answering 429 for them, and passes the rest on. */
  private void partly(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
    List<String> operations = operations(new String(body, StandardCharsets.UTF_8));
    int skip = Math.min(undonePerRequest, operations.size());
    JsonArray items = new JsonArray();
    for (String operation : operations.subList(0, skip)) {
      JsonObject action =
          JsonParser.parseString(operation.lines().findFirst().orElseThrow()).getAsJsonObject();
      String kind = action.keySet().iterator().next();
      JsonObject item = new JsonObject();
      item.addProperty("_id", action.getAsJsonObject(kind).get("_id").getAsString());
      item.addProperty("status", 429);
      item.add("error", error(429).getAsJsonObject("error"));
      JsonObject wrapped = new JsonObject();
      wrapped.add(kind, item);
      items.add(wrapped);
      undone.incrementAndGet();
    }
    String rest = String.join("", operations.subList(skip, operations.size()));
    if (!rest.isEmpty()) {
      HttpResponse<byte[]> answer = forward(exchange, rest.getBytes(StandardCharsets.UTF_8));
      JsonObject done =
          JsonParser.parseString(new String(answer.body(), StandardCharsets.UTF_8))
              .getAsJsonObject();
      done.getAsJsonArray("items").forEach(items::add);
    }
    JsonObject merged = new JsonObject();
    merged.addProperty("took", 1);
    merged.addProperty("errors", true);
    merged.add("items", items);
    respond(exchange, 200, merged.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Splits a bulk body into its operations: an action line, and a source line unless a delete. */
  private static List<String> operations(String ndjson) {
    List<String> lines = ndjson.lines().filter(l -> !l.isBlank()).toList();
    List<String> operations = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String action = lines.get(i);
      if (action.startsWith("{\"delete\"")) {
        operations.add(action + "\n");
      } else {
        operations.add(action + "\n" + lines.get(++i) + "\n");
      }
    }
    return operations;
  }

  private static JsonObject error(int status) {
    JsonObject error = new JsonObject();
    error.addProperty("type", status == 429 ? "rejected_execution_exception" : "proxy_error");
    error.addProperty("reason", "pushed back by the test proxy with " + status);
    JsonObject body = new JsonObject();
    body.add("error", error);
    body.addProperty("status", status);
    return body;
  }

  private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body)
      throws IOException, InterruptedException {
    URI target = node.resolve(exchange.getRequestURI().toString());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(60))
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null) {
      request.header("Content-Type", type);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
