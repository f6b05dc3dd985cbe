package org.articlesearch.http;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.Resource;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.server.handlers.resource.ResourceManager;
import io.undertow.util.ETag;
import io.undertow.util.ETagUtils;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the page's files (HTML, CSS, script, icon) from the class path, each with a tag of its
 * bytes, so that a browser keeps them and asks whether they changed instead of loading them again.
 */
final class WebPageHandler implements HttpHandler {
  private static final String WELCOME_FILE = "index.html";

  /** Browsers ask for {@code /favicon.ico} unless a page names its icon; JSON clients too. */
  private static final String ICON_ALIAS = "/favicon.ico";

  private static final String ICON = "/favicon.svg";

  private final ResourceManager files =
      new ClassPathResourceManager(WebPageHandler.class.getClassLoader(), "web");
  private final ResourceHandler resources =
      Handlers.resource(files).setWelcomeFiles(WELCOME_FILE).setDirectoryListingEnabled(false);
  private final Map<String, ETag> tags = new ConcurrentHashMap<>();

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.getRelativePath().equals(ICON_ALIAS)) {
      exchange.setRelativePath(ICON);
    }
    boolean read =
        exchange.getRequestMethod().equals(Methods.GET)
            || exchange.getRequestMethod().equals(Methods.HEAD);
    ETag tag = read ? tag(exchange.getRelativePath()) : null;
    if (tag != null) {
      // The files change only with the program, which a browser cannot see coming: it may keep
      // them, but asks each time (a 304 carries no body), so a new version shows at once.
      exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
      exchange.getResponseHeaders().put(Headers.ETAG, tag.toString());
      if (!ETagUtils.handleIfNoneMatch(exchange, tag, true)) {
        exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
        exchange.endExchange();
        return;
      }
      // The tag decides: by date, an older build's file, served again, would pass for current.
      exchange.getRequestHeaders().remove(Headers.IF_MODIFIED_SINCE);
    }
    resources.handleRequest(exchange);
  }

  /** Returns the tag of the file at a request path, or null when there is no such file. */
  private ETag tag(String path) throws IOException {
    String file = path.endsWith("/") ? path + WELCOME_FILE : path;
    ETag known = tags.get(file);
    if (known != null) {
      return known;
    }
    Resource resource = files.getResource(file);
    if (resource == null || resource.isDirectory()) {
      return null;
    }
    // Weak: the same tag stands for the file sent whole or compressed.
    ETag tag = new ETag(true, sha256(resource));
    tags.put(file, tag);
    return tag;
  }

  private static String sha256(Resource resource) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    try (InputStream in = resource.getUrl().openStream()) {
      digest.update(in.readAllBytes());
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }
}
