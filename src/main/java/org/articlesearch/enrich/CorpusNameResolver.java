package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.Span;

/**
 * Makes person names consistent across a corpus: an article that says only "Putin" gets "Vladimir
 * Putin" when that is the one person of that surname the whole corpus names in full. Thread-safe;
 * observe every article first, then resolve the ones {@link #observe} flagged.
 */
public final class CorpusNameResolver {
  private final Map<String, Set<String>> fullNamesByPart = new HashMap<>();

  /**
   * Records an article's full person names; returns true when it has a lone name to resolve later.
   */
  public boolean observe(Article article) {
    return observe(article.entities());
  }

  /**
   * Records the full person names among an article's entities as recognized in it; true when one
   * stands alone.
   */
  public synchronized boolean observe(List<NamedEntity> entities) {
    boolean hasLoneName = false;
    for (NamedEntity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      String[] tokens = e.name().split(" ");
      if (tokens.length == 1) {
        hasLoneName = true;
      } else {
        fullNamesByPart
            .computeIfAbsent(EntityNames.key(tokens[tokens.length - 1]), k -> new HashSet<>())
            .add(e.name());
        fullNamesByPart
            .computeIfAbsent(EntityNames.key(tokens[0]), k -> new HashSet<>())
            .add(e.name());
      }
    }
    return hasLoneName;
  }

  /**
   * Returns the article with its lone person names replaced by the corpus's full names, if any
   * changed.
   */
  public synchronized Optional<Article> resolve(Article article) {
    Map<String, NamedEntity> merged = new LinkedHashMap<>();
    boolean changed = false;
    for (NamedEntity e : article.entities()) {
      NamedEntity target = e;
      if (e.type() == EntityType.PERSON && !e.name().contains(" ")) {
        Set<String> full = fullNamesByPart.getOrDefault(EntityNames.key(e.name()), Set.of());
        if (full.size() == 1) {
          target =
              new NamedEntity(
                  full.iterator().next(), e.type(), e.count(), e.variants(), e.mentions());
          changed = true;
        }
      }
      merged.merge(target.name() + "\u0000" + target.type(), target, CorpusNameResolver::combine);
    }
    if (!changed) {
      return Optional.empty();
    }
    List<NamedEntity> entities = new ArrayList<>(merged.values());
    entities.sort(
        (a, b) ->
            a.count() != b.count()
                ? Integer.compare(b.count(), a.count())
                : a.name().compareTo(b.name()));
    return Optional.of(article.withEntities(entities));
  }

  private static NamedEntity combine(NamedEntity a, NamedEntity b) {
    List<String> variants = new ArrayList<>(a.variants());
    b.variants().stream().filter(v -> !variants.contains(v)).forEach(variants::add);
    List<Span> spans = new ArrayList<>(a.mentions());
    spans.addAll(b.mentions());
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new NamedEntity(a.name(), a.type(), a.count() + b.count(), variants, spans);
  }
}
