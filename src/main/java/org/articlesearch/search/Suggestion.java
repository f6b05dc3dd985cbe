package org.articlesearch.search;

/**
 * One autocomplete entry.
 *
 * @param text the title, author or entity name, as indexed
 * @param field where it comes from: {@code title}, {@code author}, {@code person}, {@code
 *     organization} or {@code location}
 */
public record Suggestion(String text, String field) {}
