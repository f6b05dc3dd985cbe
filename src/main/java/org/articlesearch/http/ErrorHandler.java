package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP answers: known ones by their code, the rest as a 500, and
 * any error status set without a body, all as the JSON error.
 */
final class ErrorHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

  private final HttpHandler next;

  ErrorHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    // An error status set without a body (the page's files not found, say) gets the JSON error too.
    exchange.addDefaultResponseListener(
        ex -> {
          if (ex.isResponseStarted() || ex.getStatusCode() < 400) {
            return false;
          }
          Json.sendError(ex, bodyless(ex.getStatusCode(), ex.getRelativePath()));
          return true;
        });
    try {
      next.handleRequest(exchange);
    } catch (ApiException e) {
      Json.sendError(exchange, e);
    } catch (Exception e) {
      // Never a stack trace to the client: the log has it.
      LOG.error("unexpected error on {}", exchange.getRequestURI(), e);
      if (!exchange.isResponseStarted()) {
        Json.sendError(exchange, internalError(500));
      }
    }
  }

  /** Returns the error for a status that a handler set without saying more. */
  private static ApiException bodyless(int status, String path) {
    return switch (status) {
      case 404 -> new ApiException(404, "not_found", "Nothing at " + path + ".");
      case 405 -> methodNotAllowed();
      default ->
          status >= 500
              ? internalError(status)
              : new ApiException(status, "bad_request", "The request was refused.");
    };
  }

  /** Returns the 405 for any method but GET. */
  static ApiException methodNotAllowed() {
    return new ApiException(405, "method_not_allowed", "Only GET is supported here.");
  }

  private static ApiException internalError(int status) {
    return new ApiException(status, "internal_error", "The server failed to answer; see its log.");
  }
}
