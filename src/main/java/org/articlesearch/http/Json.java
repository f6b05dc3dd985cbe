package org.articlesearch.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes JSON answers. Gson escapes {@code <} and {@code >} in strings, so no answer can be read as
 * HTML.
 */
final class Json {
  private static final Gson GSON = new GsonBuilder().serializeNulls().create();

  private Json() {}

  static void send(HttpServerExchange exchange, int status, Object body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange.getResponseSender().send(GSON.toJson(body), StandardCharsets.UTF_8);
  }

  /** Returns a value as JSON text. */
  static String toJson(Object value) {
    return GSON.toJson(value);
  }

  static void sendError(HttpServerExchange exchange, ApiException e) {
    send(
        exchange, e.status(), Map.of("error", Map.of("code", e.code(), "message", e.getMessage())));
  }
}
