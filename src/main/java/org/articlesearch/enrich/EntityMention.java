package org.articlesearch.enrich;

import org.articlesearch.article.EntityType;

/**
 * One raw mention found by a recognizer, before folding into canonical names.
 *
 * @param text the mention as written
 * @param type its type
 * @param start character offset in the recognized text, inclusive
 * @param end character offset, exclusive
 */
public record EntityMention(String text, EntityType type, int start, int end) {}
