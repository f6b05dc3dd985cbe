package org.articlesearch.search;

import java.util.Set;

/**
 * One judged query: the articles that should rank first for it.
 *
 * @param relevant file names (without folders) of the articles that should rank first
 * @param corpus which corpus the query is about, e.g. {@code seeds} or {@code sotu}
 */
public record Judgment(String query, Set<String> relevant, String corpus) {}
