package org.articlesearch.http;

import io.undertow.predicate.Predicate;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import io.undertow.util.Headers;
import java.util.regex.Pattern;

/**
 * Gzips text answers (the page's files, JSON, exports) for clients that accept it: those of a
 * kilobyte or more, or of unknown length (streamed); smaller ones gain less than the header costs.
 */
final class CompressionHandler implements HttpHandler {
  private static final long MIN_BYTES = 1024;

  /** Text, JSON, script, CSV, JSON Lines and SVG; images and fonts are compressed already. */
  private static final Pattern COMPRESSIBLE =
      Pattern.compile(
          "text/|application/(json|javascript|x-ndjson)|image/svg\\+xml", Pattern.CASE_INSENSITIVE);

  private final HttpHandler encoding;

  CompressionHandler(HttpHandler next) {
    // Asked once the answer's headers are set, as its body starts.
    Predicate worthIt =
        exchange -> {
          String type = exchange.getResponseHeaders().getFirst(Headers.CONTENT_TYPE);
          String length = exchange.getResponseHeaders().getFirst(Headers.CONTENT_LENGTH);
          return type != null
              && COMPRESSIBLE.matcher(type).lookingAt()
              && (length == null || Long.parseLong(length) >= MIN_BYTES);
        };
    this.encoding =
        new EncodingHandler(
                new ContentEncodingRepository()
                    .addEncodingHandler("gzip", new GzipEncodingProvider(), 50, worthIt))
            .setNext(next);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    // Caches between must keep the whole and the gzipped answer apart.
    exchange.getResponseHeaders().add(Headers.VARY, Headers.ACCEPT_ENCODING_STRING);
    encoding.handleRequest(exchange);
  }
}
