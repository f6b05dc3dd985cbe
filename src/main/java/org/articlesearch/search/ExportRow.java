package org.articlesearch.search;

import java.util.List;

/**
 * One exported result: an article's metadata and where it came from.
 *
 * @param date ISO at its precision, or null
 * @param path the corpus file, relative to the corpus folder
 * @param score the relevance score, also when sorted by date
 * @param matches how many times the query occurs in the body, as {@link SearchHit#matches}
 * @param snippet the hit's snippet as plain text, marks and escapes taken off
 */
public record ExportRow(
    String id,
    String title,
    List<String> authors,
    String date,
    String publisher,
    String path,
    float score,
    long matches,
    String snippet) {}
