package org.articlesearch.enrich;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the address of the original page: the page's canonical link or OpenGraph URL, else the
 * "Source: URL" line a scraped copy ends with. Only an absolute http or https address with a host
 * counts, since the page links to it.
 */
final class UrlResolver {
  private static final String[] URL_KEYS = {"html:canonical", "og:url"};
  private static final int MAX_LENGTH = 2_000;

  Optional<Resolved<String>> resolve(ArticleText text) {
    for (String key : URL_KEYS) {
      Optional<String> url = webAddress(text.extracted().first(key));
      if (url.isPresent()) {
        return Optional.of(new Resolved<>(url.get(), MetadataKeys.source(key)));
      }
    }
    return text.sourceUrl()
        .flatMap(u -> webAddress(u.toString()))
        .map(u -> new Resolved<>(u, "text:source-url"));
  }

  /** Returns the value when it is an absolute http or https address with a host, else empty. */
  static Optional<String> webAddress(String value) {
    if (value == null || value.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? Optional.of(uri.toString()) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty(); // a malformed address leads nowhere
    }
  }
}
