package org.articlesearch.opensearch;

/**
 * How the bulk requests of one build went.
 *
 * @param requests bulk requests sent, retries included
 * @param requestRetries requests sent again because the cluster pushed back or did not answer
 * @param itemRetries documents sent again because the cluster pushed back on them alone
 * @param operations index and delete operations the cluster carried out
 */
public record BulkStats(long requests, long requestRetries, long itemRetries, long operations) {}
