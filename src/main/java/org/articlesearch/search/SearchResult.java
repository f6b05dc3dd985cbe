package org.articlesearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total number of matching articles
 * @param tookMs time spent searching, in milliseconds
 * @param facets per dimension, the top values with multi-select counts
 */
public record SearchResult(
    String query,
    long total,
    long tookMs,
    int page,
    int size,
    String sort,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets) {}
