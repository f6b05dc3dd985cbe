package org.articlesearch.http;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.util.Map;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.ConcordanceBuilder;

/** The HTTP server: the JSON API under {@code /api} and the web page at {@code /}. */
public final class SearchServer implements AutoCloseable {
  private static final int IO_THREADS_PER_CORE = 4;

  private final Undertow undertow;

  private SearchServer(Undertow undertow) {
    this.undertow = undertow;
  }

  /** Starts serving; port 0 picks a free port, see {@link #port()}. */
  public static SearchServer start(ArticleSearcher searcher, String host, int port) {
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(port, host)
            // Plain searches run on the I/O thread that read them (InlineSearchHandler), and XNIO
            // gives each new connection a random I/O thread: with one thread a core, two clients
            // land on the same one half the time and share one core while the other idles. Four
            // a core make that rare, and an idle I/O thread costs nothing but its stack.
            .setIoThreads(IO_THREADS_PER_CORE * Runtime.getRuntime().availableProcessors())
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 64L * 1024)
            // RequestSizeHandler refuses long URLs and headers with a named error; the parser,
            // whose refusals have no body, only stops what no client sends by accident.
            .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
            .setServerOption(UndertowOptions.MAX_PARAMETERS, 1_000)
            // QueryStringHandler decodes strictly, with a named error for bad input.
            .setServerOption(UndertowOptions.DECODE_URL, false)
            // Slow or idle clients are cut off; they never hold a worker thread, which is only
            // taken once a request has fully arrived.
            .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 10_000)
            .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
            .setServerOption(UndertowOptions.IDLE_TIMEOUT, 60_000)
            .setHandler(handler(searcher))
            .build();
    undertow.start();
    return new SearchServer(undertow);
  }

  /**
   * Returns the handler chain: compression → headers → errors → sizes → query string → routes;
   * Lucene work runs off the IO threads, except plain searches, see {@link InlineSearchHandler}.
   */
  static HttpHandler handler(ArticleSearcher searcher) {
    HttpHandler page = new WebPageHandler();
    RoutingHandler routes =
        Handlers.routing()
            .get("/api/search", new InlineSearchHandler(new SearchHandler(searcher)))
            .get("/api/documents/{id}", blocking(new DocumentHandler(searcher)))
            .get("/api/documents/{id}/related", blocking(new RelatedHandler(searcher)))
            .get("/api/documents/{id}/copies", blocking(new CopiesHandler(searcher)))
            .get("/api/entities", blocking(new EntitiesHandler(searcher)))
            .get("/api/suggest", blocking(new SuggestHandler(searcher)))
            .get("/api/cooccurrence", blocking(new CooccurrenceHandler(searcher)))
            .get("/api/occurrences", blocking(new OccurrencesHandler(searcher)))
            .get(
                "/api/concordance",
                blocking(new ConcordanceHandler(new ConcordanceBuilder(searcher))))
            .get("/api/export", blocking(new ExportHandler(searcher)))
            .get("/health", blocking(exchange -> Json.send(exchange, 200, health(searcher))))
            .setFallbackHandler(
                exchange -> {
                  if (exchange.getRelativePath().startsWith("/api/")) {
                    throw new ApiException(
                        404, "not_found", "No API endpoint at " + exchange.getRelativePath() + ".");
                  }
                  // The page's files are only read.
                  if (!Methods.GET.equals(exchange.getRequestMethod())
                      && !Methods.HEAD.equals(exchange.getRequestMethod())) {
                    throw ErrorHandler.methodNotAllowed();
                  }
                  page.handleRequest(exchange);
                })
            .setInvalidMethodHandler(
                exchange -> {
                  throw ErrorHandler.methodNotAllowed();
                });
    HttpHandler answers =
        exchange -> {
          // An answer holds for the index of the moment; the page's files say otherwise.
          exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
          routes.handleRequest(exchange);
        };
    return new CompressionHandler(
        new SecurityHeadersHandler(
            new ErrorHandler(new RequestSizeHandler(new QueryStringHandler(answers)))));
  }

  private static Map<String, Object> health(ArticleSearcher searcher) throws java.io.IOException {
    Runtime runtime = Runtime.getRuntime();
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("status", "ok");
    body.put("documents", searcher.count());
    body.put("heapUsedMb", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    body.put("heapMaxMb", runtime.maxMemory() >> 20);
    return body;
  }

  /** Runs an endpoint on a worker thread, with its own error mapping there. */
  private static HttpHandler blocking(HttpHandler endpoint) {
    return new BlockingHandler(new ErrorHandler(endpoint));
  }

  /** Returns the port actually bound. */
  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  @Override
  public void close() {
    undertow.stop();
  }
}
