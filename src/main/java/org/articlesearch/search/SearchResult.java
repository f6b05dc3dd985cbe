package org.articlesearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param filters the facet filters applied, their values as the index writes them
 * @param total number of results: matching articles, or their copy groups when collapsed
 * @param articles number of matching articles, copies included
 * @param tookMs time spent searching, in milliseconds
 * @param facets per dimension, the top values with multi-select counts
 * @param facetsCut per dimension, whether it has more values than {@code facets} lists
 * @param histogram articles per year, counted like the multi-select year facet
 * @param notice what was done with a query that could not be read as written, or null
 * @param didYouMean a spelling correction of the query, or null
 * @param notRequired the words of the query that matching articles did not need to have, since no
 *     article has them all; empty when every word was required
 */
public record SearchResult(
    String query,
    Map<String, List<String>> filters,
    long total,
    long articles,
    long tookMs,
    int page,
    int size,
    String sort,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets,
    Map<String, Boolean> facetsCut,
    Histogram histogram,
    String notice,
    DidYouMean didYouMean,
    List<String> notRequired) {
  public SearchResult {
    notRequired = List.copyOf(notRequired);
  }

  /** Returns this result as the answer to a query, with a spelling correction of it. */
  public SearchResult answering(String original, DidYouMean correction) {
    return new SearchResult(
        original,
        filters,
        total,
        articles,
        tookMs,
        page,
        size,
        sort,
        hits,
        facets,
        facetsCut,
        histogram,
        notice,
        correction,
        notRequired);
  }
}
