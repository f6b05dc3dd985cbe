package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A plain search is answered on the I/O thread; one that may expand goes to a worker. */
class InlineSearchHandlerIT {
  static Undertow server;
  static int port;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        Undertow.builder()
            .addHttpListener(0, "127.0.0.1")
            .setHandler(
                new QueryStringHandler(
                    new InlineSearchHandler(
                        exchange ->
                            Json.send(
                                exchange,
                                200,
                                exchange.isInIoThread() ? "io thread" : "worker thread"))))
            .build();
    server.start();
    port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static String threadFor(String query) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search" + query))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void plainSearchesStayOnTheIoThreadAndExpandingOnesGoToAWorker() throws Exception {
    assertThat(threadFor("?q=tax+cuts&person=Ana+Lima")).isEqualTo("\"io thread\"");
    assertThat(threadFor("?q=%22tax+cuts%22")).isEqualTo("\"io thread\"");
    assertThat(threadFor("")).isEqualTo("\"io thread\"");
    assertThat(threadFor("?q=tax*")).isEqualTo("\"worker thread\"");
    assertThat(threadFor("?q=taks~1")).isEqualTo("\"worker thread\"");
    assertThat(threadFor("?q=%22tax+cuts%22~3")).isEqualTo("\"worker thread\"");
    assertThat(threadFor("?q=%2Fta%5Bxy%5D%2F")).isEqualTo("\"worker thread\"");
    assertThat(threadFor("?q=t%3Fx")).isEqualTo("\"worker thread\"");
  }
}
