/**
 * The OpenSearch backend: the same articles, facets and queries on an OpenSearch 3 cluster, for
 * corpora or traffic one machine cannot hold. The index mapping is generated from {@link
 * org.articlesearch.index.IndexSchema}, with the same English analysis, so both backends find the
 * same articles.
 */
package org.articlesearch.opensearch;
