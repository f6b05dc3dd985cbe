package org.articlesearch.search;

import java.util.List;

/**
 * One result row.
 *
 * @param snippet HTML: the text escaped, matches wrapped in {@code <mark>}
 */
public record SearchHit(
    String id,
    String title,
    List<String> authors,
    String date,
    String publisher,
    String snippet,
    float score) {}
