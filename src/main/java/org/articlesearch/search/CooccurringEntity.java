package org.articlesearch.search;

/**
 * An entity mentioned together with another one.
 *
 * @param type {@code person}, {@code organization} or {@code location}
 * @param count how many articles mention both
 */
public record CooccurringEntity(String type, String value, long count) {}
