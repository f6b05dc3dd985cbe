package org.articlesearch.search;

/**
 * A spelling correction of the query from the index's own words.
 *
 * @param query the corrected query text
 * @param applied whether the results are those of the corrected query (the original found nothing)
 */
public record DidYouMean(String query, boolean applied) {}
