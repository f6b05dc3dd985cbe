package org.articlesearch.search;

/**
 * An entity mentioned together with another one.
 *
 * @param type {@code person}, {@code organization} or {@code location}
 * @param count how many articles mention both
 * @param articles how many of the search's results mention this entity, with the other or not
 * @param score how much more often the two are mentioned together than chance would have it, see
 *     {@link AssociationScore}
 */
public record CooccurringEntity(
    String type, String value, long count, long articles, double score) {}
