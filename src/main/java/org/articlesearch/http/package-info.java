/**
 * The HTTP face: an Undertow handler chain (security headers, error mapping, routing, blocking
 * dispatch), parameter validation and JSON. Talks to {@link
 * org.articlesearch.search.ArticleSearcher} only; no Lucene, Tika or NLP types here.
 */
package org.articlesearch.http;
