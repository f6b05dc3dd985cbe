package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * its articles per year: facet counts over those results.
 */
public final class CooccurrenceCounter {
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
    long articles = hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
    FacetTally counts = FacetTally.of(ordinals, hits);
    Map<EntityType, List<FacetCount>> top = new EnumMap<>(EntityType.class);
    for (EntityType other : EntityType.values()) {
      FacetResult result;
      try {
        result = counts.getTopChildren(size + 1, other.facetName());
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
      top.put(other, values);
    }
    return assemble(type, value, articles, top, YearHistogram.of(counts), size);
  }

  /**
   * Returns the co-occurrences from the counts over the articles that mention an entity.
   *
   * @param top per entity type, at least its size + 1 most frequent values
   * @param years the year facet's counts over those articles
   */
  public static Cooccurrence assemble(
      EntityType type,
      String value,
      long articles,
      Map<EntityType, List<FacetCount>> top,
      Histogram years,
      int size) {
    List<CooccurringEntity> with = new ArrayList<>();
    top.forEach(
        (other, values) -> {
          for (FacetCount v : values) {
            if (!(other == type && v.value().equals(value))) {
              with.add(new CooccurringEntity(other.facetName(), v.value(), v.count()));
            }
          }
        });
    with.sort(
        Comparator.comparingLong(CooccurringEntity::count)
            .reversed()
            .thenComparing(CooccurringEntity::value)
            .thenComparing(CooccurringEntity::type));
    return new Cooccurrence(
        type.facetName(),
        value,
        articles,
        List.copyOf(with.subList(0, Math.min(size, with.size()))),
        years.years(),
        years.undated());
  }
}
