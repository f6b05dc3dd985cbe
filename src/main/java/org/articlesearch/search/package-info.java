/**
 * Answers search requests: query parsing, facet filters with multi-select counts, highlighting and
 * paging. {@link org.articlesearch.search.ArticleSearcher} is the seam where another engine can
 * stand in for {@link org.articlesearch.search.LuceneArticleSearcher}.
 */
package org.articlesearch.search;
