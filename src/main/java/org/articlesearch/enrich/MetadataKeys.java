package org.articlesearch.enrich;

import java.util.regex.Pattern;

/**
 * Names the provenance of a metadata key, so {@code extract --explain} says where a value was
 * found.
 */
final class MetadataKeys {
  private static final Pattern NAMED_BY_READER =
      Pattern.compile("^(?:jsonld|jsonld-page|itemprop|html|rel):.*");

  private MetadataKeys() {}

  /**
   * Returns the provenance of a key: keys the HTML reader namespaced ({@code jsonld:author}, {@code
   * itemprop:datePublished}, {@code html:byline}, {@code rel:author}) name themselves; format keys
   * get a {@code meta:} prefix ({@code meta:og:title}).
   */
  static String source(String key) {
    return NAMED_BY_READER.matcher(key).matches() ? key : "meta:" + key;
  }
}
