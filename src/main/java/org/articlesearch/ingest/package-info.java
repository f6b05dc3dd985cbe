/**
 * Runs the pipeline over a corpus: walks the files, extracts, enriches and indexes each, and counts
 * what happened to every file.
 */
package org.articlesearch.ingest;
