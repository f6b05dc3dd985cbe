/**
 * The format boundary: a file becomes {@link org.articlesearch.extract.ExtractedText} (text plus
 * the format's raw metadata), within size, length and time limits, or a typed {@link
 * org.articlesearch.extract.ExtractionException} saying why not.
 *
 * <p>Web pages are read with jsoup: {@link org.articlesearch.extract.HtmlMetadataExtractor} turns
 * the markup's JSON-LD, meta tags, microdata and bylines into namespaced keys ({@code
 * jsonld:author}, {@code html:byline}), and {@link org.articlesearch.extract.MainContentExtractor}
 * keeps the article and drops the page furniture. Every other format goes through Tika's parsers.
 *
 * <p>E-mails and archives are opened by {@link org.articlesearch.extract.ContainerReader}, which
 * hands each attachment or member to a {@link org.articlesearch.extract.MemberSink}, every byte
 * counted against the corpus file's {@link org.articlesearch.extract.UnpackBudget}.
 */
package org.articlesearch.extract;
