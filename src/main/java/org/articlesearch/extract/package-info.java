/**
 * The Tika boundary: a file becomes {@link org.articlesearch.extract.ExtractedText} (text plus the
 * format's raw metadata), within size, length and time limits, or a typed {@link
 * org.articlesearch.extract.ExtractionException} saying why not.
 */
package org.articlesearch.extract;
