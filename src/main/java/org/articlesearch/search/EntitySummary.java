package org.articlesearch.search;

import java.util.List;
import org.articlesearch.article.EntityType;

/**
 * One entity across the whole index.
 *
 * @param articles how many articles mention it
 * @param mentions how many mentions in all
 * @param variants the surface forms folded into it
 */
public record EntitySummary(
    String name, EntityType type, long articles, long mentions, List<String> variants) {}
