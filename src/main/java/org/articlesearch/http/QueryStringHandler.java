package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the query string strictly: bad percent-escapes or bytes that are not UTF-8 are a named
 * 400, never replacement characters passed on to the search. The server runs with URL decoding off
 * so that this is the one place it happens.
 */
final class QueryStringHandler implements HttpHandler {
  static final int MAX_PARAMETERS = 100;

  private final HttpHandler next;

  QueryStringHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String raw = exchange.getQueryString();
    exchange.getQueryParameters().clear();
    if (raw != null && !raw.isEmpty()) {
      String[] pairs = raw.split("&");
      if (pairs.length > MAX_PARAMETERS) {
        throw ApiException.badParameter(
            "too_many_parameters", "At most " + MAX_PARAMETERS + " parameters are allowed.");
      }
      for (String pair : pairs) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        exchange.addQueryParam(name, value);
      }
    }
    next.handleRequest(exchange);
  }

  static String decode(String s) throws ApiException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()
            || Character.digit(s.charAt(i + 1), 16) < 0
            || Character.digit(s.charAt(i + 2), 16) < 0) {
          throw invalid();
        }
        bytes.write(
            Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid();
    }
  }

  private static ApiException invalid() {
    return ApiException.badParameter(
        "invalid_encoding", "The query string is not valid percent-encoded UTF-8.");
  }
}
