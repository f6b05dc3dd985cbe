/**
 * Turns {@link org.articlesearch.extract.ExtractedText} into an {@link
 * org.articlesearch.article.Article}: title, authors, publication date, publisher and the named
 * entities of the body.
 *
 * <p>The NLP library appears in {@link org.articlesearch.enrich.CoreNlpEntityRecognizer} only; to
 * use another, implement {@link org.articlesearch.enrich.EntityRecognizer} and pass it to {@link
 * org.articlesearch.enrich.ArticleEnricher}.
 */
package org.articlesearch.enrich;
