/**
 * Writes articles into an index. {@link org.articlesearch.index.IndexSchema} holds the field names,
 * analyzer and facet configuration that indexing and searching share; {@link
 * org.articlesearch.index.ArticleIndexWriter} is the seam where another engine can stand in for the
 * embedded Lucene index.
 */
package org.articlesearch.index;
