package org.articlesearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;

/**
 * Adds up the entities of every article into one summary per entity: articles, mentions and the
 * variants folded into it. Fed article by article, so that no backend holds them all at once.
 */
public final class EntityTally {
  private record Key(String name, EntityType type) {}

  private final Map<Key, long[]> counts = new LinkedHashMap<>();
  private final Map<Key, Set<String>> variants = new HashMap<>();

  /** Counts the entities of one article. */
  public void add(List<NamedEntity> entities) {
    for (NamedEntity e : entities) {
      Key key = new Key(e.name(), e.type());
      long[] c = counts.computeIfAbsent(key, k -> new long[2]);
      c[0]++;
      c[1] += e.count();
      variants.computeIfAbsent(key, k -> new TreeSet<>()).addAll(e.variants());
    }
  }

  /** Returns the summaries, most articles first, then by name and type. */
  public List<EntitySummary> summaries() {
    List<EntitySummary> out = new ArrayList<>();
    counts.forEach(
        (k, c) ->
            out.add(
                new EntitySummary(k.name(), k.type(), c[0], c[1], List.copyOf(variants.get(k)))));
    // Ties by name, then type, so that the order never depends on the order articles came in.
    out.sort(
        Comparator.comparingLong(EntitySummary::articles)
            .reversed()
            .thenComparing(EntitySummary::name)
            .thenComparing(EntitySummary::type));
    return out;
  }
}
