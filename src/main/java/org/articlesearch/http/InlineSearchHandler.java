package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import java.util.Deque;

/**
 * Answers a plain search on the I/O thread that read it, and hands a query that may run long to a
 * worker thread.
 *
 * <p>A plain search is CPU work of about a millisecond on an index in the page cache: handing it to
 * a worker and the answer back costs two thread switches and the I/O thread's wake-ups, about a
 * third of the server's CPU per query. Wildcards, fuzzy terms, regular expressions and proximity
 * slop can expand to many terms and run up to the search deadline, which would hold up every
 * connection of that I/O thread, so those still run on a worker.
 */
final class InlineSearchHandler implements HttpHandler {
  // The query syntax whose cost grows with the index's vocabulary or positions.
  private static final String EXPANDING = "*?~/";

  private final HttpHandler inline;
  private final HttpHandler dispatched;

  /** Wraps an endpoint that needs no blocking I/O, such as {@link SearchHandler}. */
  InlineSearchHandler(HttpHandler endpoint) {
    this.inline = new ErrorHandler(endpoint);
    this.dispatched = new BlockingHandler(new ErrorHandler(endpoint));
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (mayRunLong(exchange)) {
      dispatched.handleRequest(exchange);
    } else {
      inline.handleRequest(exchange);
    }
  }

  private static boolean mayRunLong(HttpServerExchange exchange) {
    Deque<String> queries = exchange.getQueryParameters().get("q");
    if (queries == null) {
      return false;
    }
    for (String q : queries) {
      for (int i = 0; i < q.length(); i++) {
        if (EXPANDING.indexOf(q.charAt(i)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
