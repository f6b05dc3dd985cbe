package org.articlesearch.article;

import java.util.Locale;

/** The kinds of named entity the facets show. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION;

  /** Returns the facet and parameter name of this type, e.g. {@code "person"}. */
  public String facetName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
