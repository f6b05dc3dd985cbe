/**
 * Runs the pipeline over a corpus: walks the files, extracts, enriches and indexes each, and counts
 * what happened to every file. A container file (an e-mail or an archive) is one file to the run
 * and gives an article for itself and for each member that is a document ({@link
 * org.articlesearch.ingest.ContainerExpander}).
 */
package org.articlesearch.ingest;
