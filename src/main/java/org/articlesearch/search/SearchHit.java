package org.articlesearch.search;

import java.util.List;

/**
 * One result row.
 *
 * @param url the address of the original page, http or https, or null
 * @param snippet HTML: the text escaped, matches wrapped in {@code <mark>}
 * @param matches how many times the query occurs in the body, counted as {@link
 *     ArticleSearcher#occurrences} counts
 * @param copies how many other articles are copies of the same story
 */
public record SearchHit(
    String id,
    String title,
    List<String> authors,
    String date,
    String publisher,
    String url,
    String snippet,
    float score,
    long matches,
    int copies) {}
