/**
 * The domain records every stage passes along: an {@link org.articlesearch.article.Article} and its
 * parts.
 */
package org.articlesearch.article;
