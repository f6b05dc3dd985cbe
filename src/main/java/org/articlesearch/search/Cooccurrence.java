package org.articlesearch.search;

import java.util.List;

/**
 * Who and what is mentioned with an entity among the results of a search, and when.
 *
 * @param type the entity's facet, {@code person}, {@code organization} or {@code location}
 * @param value the entity's name
 * @param articles how many results mention it
 * @param with the entities of all three types mentioned with it, those that come with it most
 *     beyond chance first, itself excluded
 * @param perYear its articles per publication year, ascending
 * @param undated its articles without a date
 */
public record Cooccurrence(
    String type,
    String value,
    long articles,
    List<CooccurringEntity> with,
    List<YearCount> perYear,
    long undated) {}
