package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP answers: known ones by their code, the rest as a bare 500.
 */
final class ErrorHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

  private final HttpHandler next;

  ErrorHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    try {
      next.handleRequest(exchange);
    } catch (ApiException e) {
      Json.sendError(exchange, e);
    } catch (Exception e) {
      // Never a stack trace to the client: the log has it.
      LOG.error("unexpected error on {}", exchange.getRequestURI(), e);
      if (!exchange.isResponseStarted()) {
        Json.sendError(
            exchange,
            new ApiException(500, "internal_error", "The server failed to answer; see its log."));
      }
    }
  }
}
