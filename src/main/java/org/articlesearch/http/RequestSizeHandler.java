package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;

/**
 * Refuses a request whose URL or headers are too long with a named error. The HTTP parser's own
 * limit is set higher ({@link SearchServer}), as what it refuses gets a bare 400 without a body.
 */
final class RequestSizeHandler implements HttpHandler {
  static final int MAX_URL_CHARS = 16 * 1024;
  static final int MAX_HEADER_CHARS = 16 * 1024;

  private final HttpHandler next;

  RequestSizeHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.getRequestURI().length() + exchange.getQueryString().length() > MAX_URL_CHARS) {
      throw new ApiException(
          414, "uri_too_long", "The URL is longer than " + MAX_URL_CHARS + " characters.");
    }
    long headerChars = 0;
    for (HeaderValues values : exchange.getRequestHeaders()) {
      for (String value : values) {
        headerChars += values.getHeaderName().length() + value.length();
      }
    }
    if (headerChars > MAX_HEADER_CHARS) {
      throw new ApiException(
          431,
          "headers_too_large",
          "The request headers are longer than " + MAX_HEADER_CHARS + " characters.");
    }
    next.handleRequest(exchange);
  }
}
