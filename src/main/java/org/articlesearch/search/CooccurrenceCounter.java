package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.articlesearch.article.EntityType;

/**
 * Counts, among the results of a search that mention one entity, the entities mentioned with it and
 * its articles per year, and ranks them by how much more often they come with it than chance: facet
 * counts over those results and over all of them.
 */
public final class CooccurrenceCounter {
  /**
   * Most values of each type considered, those in most of the entity's articles: the ranking weighs
   * those, and the long tail of names seen once beside it scores too little to show.
   */
  public static final int CANDIDATES = 1_000;

  private CooccurrenceCounter() {}

  /**
   * Returns the co-occurrences of an entity within a search's results.
   *
   * @param base the search's parsed query, date range applied
   * @param ordinals the index's facet ordinals, or null when it has no facet values
   */
  static Cooccurrence count(
      IndexSearcher searcher,
      FacetOrdinals ordinals,
      FacetsConfig config,
      Query base,
      SearchRequest request,
      EntityType type,
      String value,
      int size)
      throws IOException {
    String dim = type.facetName();
    if (ordinals == null) {
      return new Cooccurrence(dim, value, 0, List.of(), List.of(), 0);
    }
    DrillDownQuery query = new DrillDownQuery(config, base);
    request.filters().forEach((d, values) -> values.forEach(v -> query.add(d, v)));
    // Added last, as its own dimension clause: the entity must be mentioned whatever else is
    // ticked.
    DrillDownQuery mentioning = new DrillDownQuery(config, query);
    mentioning.add(dim, value);
    FacetsCollector hits = searcher.search(mentioning, new FacetsCollectorManager());
    FacetTally counts = FacetTally.of(ordinals, hits);
    Map<EntityType, List<FacetCount>> together = new EnumMap<>(EntityType.class);
    for (EntityType other : EntityType.values()) {
      FacetResult result;
      try {
        result = counts.getTopChildren(CANDIDATES, other.facetName());
      } catch (IllegalArgumentException e) {
        continue; // no article has a value of this type
      }
      if (result == null) {
        continue;
      }
      List<FacetCount> values = new ArrayList<>();
      for (LabelAndValue lv : result.labelValues) {
        values.add(new FacetCount(lv.label, lv.value.longValue()));
      }
      together.put(other, values);
    }
    long articles = total(hits);
    FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
    FacetTally everywhere = FacetTally.of(ordinals, all);
    Map<EntityType, Map<String, Long>> mentions = new EnumMap<>(EntityType.class);
    for (Map.Entry<EntityType, List<FacetCount>> e : together.entrySet()) {
      Set<String> candidates = new HashSet<>();
      e.getValue().forEach(v -> candidates.add(v.value()));
      mentions.put(e.getKey(), everywhere.counts(e.getKey().facetName(), candidates));
    }
    return assemble(
        type,
        value,
        new Tallies(articles, total(all), together, mentions),
        YearHistogram.of(counts),
        size);
  }

  private static long total(FacetsCollector hits) {
    return hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
  }

  /**
   * The counts the ranking reads.
   *
   * @param articles the results that mention the entity
   * @param results all the search's results
   * @param together per entity type, at most {@link #CANDIDATES} values of the entity's articles
   *     with how many of them mention each, most first, ties by value in byte order
   * @param mentions per entity type, how many of all the results mention each of those values
   */
  public record Tallies(
      long articles,
      long results,
      Map<EntityType, List<FacetCount>> together,
      Map<EntityType, Map<String, Long>> mentions) {}

  /**
   * Returns the co-occurrences from the counts over the results, ranked by {@link
   * AssociationScore}, then by the articles in common, then by name.
   *
   * @param years the year facet's counts over the articles that mention the entity
   */
  public static Cooccurrence assemble(
      EntityType type, String value, Tallies tallies, Histogram years, int size) {
    List<CooccurringEntity> with = new ArrayList<>();
    tallies
        .together()
        .forEach(
            (other, values) -> {
              Map<String, Long> mentions = tallies.mentions().getOrDefault(other, Map.of());
              for (FacetCount v : values) {
                if (!(other == type && v.value().equals(value))) {
                  long articles = mentions.getOrDefault(v.value(), v.count());
                  double score =
                      AssociationScore.of(
                          v.count(), tallies.articles(), articles, tallies.results());
                  with.add(
                      new CooccurringEntity(
                          other.facetName(), v.value(), v.count(), articles, score));
                }
              }
            });
    with.sort(
        Comparator.comparingDouble(CooccurringEntity::score)
            .reversed()
            .thenComparing(Comparator.comparingLong(CooccurringEntity::count).reversed())
            .thenComparing(CooccurringEntity::value)
            .thenComparing(CooccurringEntity::type));
    return new Cooccurrence(
        type.facetName(),
        value,
        tallies.articles(),
        List.copyOf(with.subList(0, Math.min(size, with.size()))),
        years.years(),
        years.undated());
  }
}
