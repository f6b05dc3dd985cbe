package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.articlesearch.index.IndexSchema;

/**
 * Counts a query's occurrences in the local index: the counted clauses scored by {@link
 * OccurrenceSimilarity} over the articles the query matches, added up per year and author.
 */
final class OccurrenceCounter {
  private OccurrenceCounter() {}

  /** Returns a searcher on the reader that scores by occurrences. */
  private static IndexSearcher counting(IndexReader reader) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new OccurrenceSimilarity());
    return searcher;
  }

  /**
   * Adds up the occurrences of the counted clauses in the articles a query matches.
   *
   * @param matching the query with the request's filters and date range
   * @param by a facet to add them up per value of as well, or null
   */
  static OccurrenceTally count(
      IndexReader reader, FacetOrdinals ordinals, Query matching, List<Query> clauses, String by)
      throws IOException {
    IndexSearcher searcher = counting(reader);
    FacetsCollector hits =
        searcher.search(
            OccurrenceClauses.counting(clauses, matching), new FacetsCollectorManager(true));
    OccurrenceTally tally = new OccurrenceTally();
    if (ordinals == null) {
      return tally; // no article has a year, so none matches
    }
    OrdRange years = ordinals.range(IndexSchema.YEAR);
    OrdRange split = by == null ? null : ordinals.range(by);
    List<String> valuesOfDoc = new ArrayList<>();
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      LeafReaderContext leaf = docs.context();
      SortedSetDocValues values =
          DocValues.getSortedSet(leaf.reader(), ordinals.state().getField());
      int[] global = ordinals.globalOrdinals(leaf);
      // The scores are kept by document number.
      DocIdSetIterator it = docs.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        long occurrences = OccurrenceSimilarity.occurrences(docs.scores()[doc]);
        String year = IndexSchema.UNKNOWN_YEAR;
        valuesOfDoc.clear();
        if (values.advanceExact(doc)) {
          for (int n = values.docValueCount(); n > 0; n--) {
            int ord = (int) values.nextOrd();
            ord = global == null ? ord : global[ord];
            if (years != null && ord >= years.start() && ord <= years.end()) {
              year = ordinals.label(ord);
            }
            // Not an else: split by year, the year is also the value.
            if (split != null && ord >= split.start() && ord <= split.end()) {
              valuesOfDoc.add(ordinals.label(ord));
            }
          }
        }
        tally.add(year, null, 1, occurrences);
        for (String value : valuesOfDoc) {
          tally.add(year, value, 1, occurrences);
        }
      }
    }
    return tally;
  }

  /** Returns the occurrences of the counted clauses in each of some articles, by document id. */
  static long[] perArticle(IndexReader reader, List<Query> clauses, int[] docIds)
      throws IOException {
    long[] counts = new long[docIds.length];
    if (clauses.isEmpty()) {
      return counts;
    }
    IndexSearcher searcher = counting(reader);
    Query query = searcher.rewrite(OccurrenceClauses.counting(clauses, new MatchAllDocsQuery()));
    Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = 0; i < docIds.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      Scorer scorer = weight.scorer(leaf);
      int doc = docIds[i] - leaf.docBase;
      if (scorer != null && scorer.iterator().advance(doc) == doc) {
        counts[i] = OccurrenceSimilarity.occurrences(scorer.score());
      }
    }
    return counts;
  }
}
