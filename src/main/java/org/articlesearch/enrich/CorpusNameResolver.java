package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.Span;

/**
 * Makes entity names consistent across a corpus: an article that says only "Putin" gets "Vladimir
 * Putin" when that is the one person of that surname the whole corpus names in full, and a name
 * takes the type most of its mentions across the corpus have, so that "Kremlin" is not an
 * organisation in one article and a place in another, which would split its facet. Thread-safe;
 * observe every article first, then resolve the ones {@link #observe} flagged, {@link
 * #idsWithSplitTypes} names or {@link #needsResolution} accepts.
 */
public final class CorpusNameResolver {
  private final Map<String, Set<String>> fullNamesByPart = new HashMap<>();
  // Each name's mentions and articles by type, over every article observed.
  private final Map<String, Map<EntityType, Votes>> typeVotes = new HashMap<>();
  // The part of those votes that one-word person names cast, which go to a full name if one fits.
  private final Map<String, Votes> lonePersonVotes = new HashMap<>();
  // The articles observed whole, by the names they mention: the ones a majority may retype.
  private final Map<String, List<String>> idsByName = new HashMap<>();
  // The types names had in articles since replaced or removed, which may have outvoted the rest.
  private final Map<String, Set<EntityType>> formerTypes = new HashMap<>();

  /** Mentions and articles of one name with one type. */
  private static final class Votes {
    int mentions;
    int articles;
  }

  /**
   * Records an article's full person names and its names' types; returns true when it has a lone
   * name to resolve later. Its id is remembered for {@link #idsWithSplitTypes}.
   */
  public synchronized boolean observe(Article article) {
    for (NamedEntity e : article.entities()) {
      idsByName
          .computeIfAbsent(EntityNames.key(e.name()), k -> new ArrayList<>())
          .add(article.id());
    }
    return observe(article.entities());
  }

  /**
   * Records the full person names and the types among an article's entities as recognized in it;
   * true when a person name stands alone.
   */
  public synchronized boolean observe(List<NamedEntity> entities) {
    boolean hasLoneName = false;
    for (NamedEntity e : entities) {
      Votes votes =
          typeVotes
              .computeIfAbsent(EntityNames.key(e.name()), k -> new EnumMap<>(EntityType.class))
              .computeIfAbsent(e.type(), t -> new Votes());
      votes.mentions += e.count();
      votes.articles++;
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      String[] tokens = e.name().split(" ");
      if (tokens.length == 1) {
        hasLoneName = true;
        Votes lone = lonePersonVotes.computeIfAbsent(EntityNames.key(e.name()), k -> new Votes());
        lone.mentions += e.count();
        lone.articles++;
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
   * Records the entities of an article version that is no longer in the corpus (replaced or
   * removed), without counting them: articles that version outvoted must be resolved again.
   */
  public synchronized void forget(List<NamedEntity> entities) {
    for (NamedEntity e : entities) {
      formerTypes
          .computeIfAbsent(EntityNames.key(e.name()), k -> EnumSet.noneOf(EntityType.class))
          .add(e.type());
    }
  }

  /**
   * Returns the ids of the articles given to {@link #observe(Article)} that name something the
   * corpus gives more than one type; call after observing every article.
   */
  public synchronized Set<String> idsWithSplitTypes() {
    Set<String> ids = new LinkedHashSet<>();
    idsByName.forEach(
        (name, articles) -> {
          if (typeVotes.getOrDefault(name, Map.of()).size() > 1) {
            ids.addAll(articles);
          }
        });
    return ids;
  }

  /**
   * True when some name has more than one type in the corpus, or had one in a replaced or removed
   * article: only then can {@link #needsResolution} be true.
   */
  public synchronized boolean mayRetype() {
    return !formerTypes.isEmpty() || typeVotes.values().stream().anyMatch(v -> v.size() > 1);
  }

  /**
   * True when resolving an article's recognized entities may change them: a name with more than one
   * type in the corpus, or one a replaced or removed article gave another type; call after
   * observing every article.
   */
  public synchronized boolean needsResolution(List<NamedEntity> recognized) {
    for (NamedEntity e : recognized) {
      String key = EntityNames.key(e.name());
      Set<EntityType> former = formerTypes.getOrDefault(key, Set.of());
      if (typeVotes.getOrDefault(key, Map.of()).size() > 1
          || former.stream().anyMatch(t -> t != e.type())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the article with its lone person names replaced by the corpus's full names and its
   * names given their corpus-wide types, if any changed.
   */
  public synchronized Optional<Article> resolve(Article article) {
    Map<String, NamedEntity> merged = new LinkedHashMap<>();
    boolean changed = false;
    for (NamedEntity e : article.entities()) {
      NamedEntity target = e;
      // The full name first: "Washington" the person is George Washington, whatever the places
      // named Washington make of the one word.
      if (e.type() == EntityType.PERSON && !e.name().contains(" ")) {
        Set<String> full = fullNamesByPart.getOrDefault(EntityNames.key(e.name()), Set.of());
        if (full.size() == 1) {
          target =
              new NamedEntity(
                  full.iterator().next(), e.type(), e.count(), e.variants(), e.mentions());
          changed = true;
        }
      }
      EntityType type = majorityType(target.name(), target.type());
      if (type != target.type()) {
        target =
            new NamedEntity(
                target.name(), type, target.count(), target.variants(), target.mentions());
        changed = true;
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

  /**
   * The type most mentions of the name have across the corpus; on a tie, the one more articles give
   * it, then the first in {@link EntityType}'s order, so every article settles the same way.
   */
  private EntityType majorityType(String name, EntityType recognized) {
    String key = EntityNames.key(name);
    Map<EntityType, Votes> votes = typeVotes.get(key);
    if (votes == null || votes.size() < 2) {
      return recognized;
    }
    // One-word person names that take a full name are that person, not votes for the one word.
    Votes lone =
        fullNamesByPart.getOrDefault(key, Set.of()).size() == 1
            ? lonePersonVotes.getOrDefault(key, new Votes())
            : new Votes();
    EntityType best = null;
    Votes bestVotes = null;
    for (Map.Entry<EntityType, Votes> v : votes.entrySet()) {
      Votes n = v.getValue();
      if (v.getKey() == EntityType.PERSON) {
        n = new Votes();
        n.mentions = v.getValue().mentions - lone.mentions;
        n.articles = v.getValue().articles - lone.articles;
      }
      if (best == null
          || n.mentions > bestVotes.mentions
          || n.mentions == bestVotes.mentions && n.articles > bestVotes.articles) {
        best = v.getKey();
        bestVotes = n;
      }
    }
    return best;
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
