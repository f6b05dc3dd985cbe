package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.articlesearch.article.EntityType;

/**
 * Counts, among the results of a search that mention one entity, the entities mentioned with it and
 * its articles per year: facet counts over those results.
 */
final class CooccurrenceCounter {
  private CooccurrenceCounter() {}

  /**
   * Returns the co-occurrences of an entity within a search's results.
   *
   * @param base the search's parsed query, date range applied
   * @param state the index's facet ordinals, or null when it has no facet values
   */
  static Cooccurrence count(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState state,
      FacetsConfig config,
      Query base,
      SearchRequest request,
      EntityType type,
      String value,
      int size)
      throws IOException {
    String dim = type.facetName();
    if (state == null) {
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
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
    List<CooccurringEntity> with = new ArrayList<>();
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
      for (LabelAndValue lv : result.labelValues) {
        if (!(other == type && lv.label.equals(value))) {
          with.add(new CooccurringEntity(other.facetName(), lv.label, lv.value.longValue()));
        }
      }
    }
    with.sort(
        Comparator.comparingLong(CooccurringEntity::count)
            .reversed()
            .thenComparing(CooccurringEntity::value)
            .thenComparing(CooccurringEntity::type));
    Histogram years = YearHistogram.of(counts);
    return new Cooccurrence(
        dim,
        value,
        articles,
        List.copyOf(with.subList(0, Math.min(size, with.size()))),
        years.years(),
        years.undated());
  }
}
