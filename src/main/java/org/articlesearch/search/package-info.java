/**
 * Answers search requests: the query language, facet filters with multi-select counts, the year
 * histogram, highlighting and paging, spelling corrections, and the features beside the result list
 * (suggestions, hits in a document, related articles, co-occurrence, export, relevance evaluation),
 * each in a small class of its own. {@link org.articlesearch.search.ArticleSearcher} is the seam
 * where another engine can stand in for {@link org.articlesearch.search.LuceneArticleSearcher}.
 */
package org.articlesearch.search;
