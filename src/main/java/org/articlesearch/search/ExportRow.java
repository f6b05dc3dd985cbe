package org.articlesearch.search;

import java.util.List;

/**
 * One exported result: an article's metadata and where it came from.
 *
 * @param date ISO at its precision, or null
 * @param path the corpus file, relative to the corpus folder
 */
public record ExportRow(
    String id, String title, List<String> authors, String date, String publisher, String path) {}
