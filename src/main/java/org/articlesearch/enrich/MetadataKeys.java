package org.articlesearch.enrich;

/**
 * Names the provenance of a metadata key, so {@code extract --explain} says where a value was
 * found.
 */
final class MetadataKeys {
  private MetadataKeys() {}

  /**
   * Returns the provenance of a key: keys the HTML reader namespaced ({@code jsonld:author}, {@code
   * itemprop:datePublished}, {@code html:byline}, {@code rel:author}) name themselves; format keys
   * get a {@code meta:} prefix ({@code meta:og:title}).
   */
  static String source(String key) {
    return key.matches("^(?:jsonld|jsonld-page|itemprop|html|rel):.*") ? key : "meta:" + key;
  }
}
