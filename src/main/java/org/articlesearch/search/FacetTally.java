package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.TopOrdAndIntQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Facet counts of a set of matching articles, as Lucene's sorted-set facet counts give them (the
 * same values, counts and order: count descending, then value in index order), with labels from
 * {@link FacetOrdinals} rather than a terms-dictionary seek each. Flat dimensions only, which are
 * all the schema has.
 */
final class FacetTally extends Facets {
  private final FacetOrdinals ordinals;
  private final FacetsConfig config;
  private final int[] counts;

  private FacetTally(FacetOrdinals ordinals) {
    this.ordinals = ordinals;
    this.config = ordinals.state().getFacetsConfig();
    this.counts = new int[ordinals.size()];
  }

  /** Counts the facet values of the documents a collector gathered. */
  static FacetTally of(FacetOrdinals ordinals, FacetsCollector hits) throws IOException {
    FacetTally tally = new FacetTally(ordinals);
    for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
      if (matching.totalHits() > 0) {
        tally.count(matching.context(), matching.bits().iterator(), null);
      }
    }
    return tally;
  }

  /** Counts the facet values of every live document of the index. */
  static FacetTally ofAll(FacetOrdinals ordinals) throws IOException {
    FacetTally tally = new FacetTally(ordinals);
    for (LeafReaderContext leaf : ordinals.state().getReader().leaves()) {
      tally.count(leaf, null, leaf.reader().getLiveDocs());
    }
    return tally;
  }

  /** Adds one segment's values: of the matching documents, or of every live one when null. */
  private void count(LeafReaderContext leaf, DocIdSetIterator matching, Bits live)
      throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), ordinals.state().getField());
    int[] global = ordinals.globalOrdinals(leaf);
    DocIdSetIterator docs = matching == null ? values : matching;
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (matching == null ? live == null || live.get(doc) : values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          int ord = (int) values.nextOrd();
          counts[global == null ? ord : global[ord]]++;
        }
      }
    }
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    validateTopN(topN);
    OrdRange range = flatRange(dim, path);
    if (range == null) {
      return null;
    }
    // Lucene's own queue, so that ties break as in its facet counts: the lower ordinal first.
    TopOrdAndIntQueue queue = new TopOrdAndIntQueue(topN);
    TopOrdAndIntQueue.OrdAndInt spare = null;
    int total = 0;
    int children = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      int count = counts[ord];
      if (count > 0) {
        total += count;
        children++;
        if (spare == null) {
          spare = new TopOrdAndIntQueue.OrdAndInt();
        }
        spare.ord = ord;
        spare.value = count;
        spare = (TopOrdAndIntQueue.OrdAndInt) queue.insertWithOverflow(spare);
      }
    }
    if (children == 0) {
      return null;
    }
    LabelAndValue[] labelValues = new LabelAndValue[queue.size()];
    for (int i = labelValues.length - 1; i >= 0; i--) {
      TopOrdAndIntQueue.OrdAndInt top = (TopOrdAndIntQueue.OrdAndInt) queue.pop();
      labelValues[i] = new LabelAndValue(ordinals.label(top.ord), top.value);
    }
    return new FacetResult(dim, path, dimValue(dim, total), labelValues, children);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    OrdRange range = flatRange(dim, path);
    if (range == null) {
      return null;
    }
    List<LabelAndValue> labelValues = new ArrayList<>();
    int total = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        total += counts[ord];
        labelValues.add(new LabelAndValue(ordinals.label(ord), counts[ord]));
      }
    }
    if (labelValues.isEmpty()) {
      return null;
    }
    return new FacetResult(
        dim,
        path,
        dimValue(dim, total),
        labelValues.toArray(LabelAndValue[]::new),
        labelValues.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    if (path.length != 1) {
      throw new IllegalArgumentException("path must be length=1");
    }
    OrdRange range = flatRange(dim);
    if (range != null) {
      for (int ord = range.start(); ord <= range.end(); ord++) {
        if (ordinals.label(ord).equals(path[0])) {
          return counts[ord];
        }
      }
    }
    return -1;
  }

  /** Returns the counts of some values of a dimension; those no document has are left out. */
  Map<String, Long> counts(String dim, Set<String> values) throws IOException {
    Map<String, Long> found = new HashMap<>();
    OrdRange range = flatRange(dim);
    if (range != null) {
      for (int ord = range.start(); ord <= range.end() && found.size() < values.size(); ord++) {
        if (counts[ord] > 0) {
          String label = ordinals.label(ord);
          if (values.contains(label)) {
            found.put(label, (long) counts[ord]);
          }
        }
      }
    }
    return found;
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    List<FacetResult> results = new ArrayList<>();
    for (String dim : ordinals.state().getDims()) {
      FacetResult result = getTopChildren(topN, dim);
      if (result != null) {
        results.add(result);
      }
    }
    results.sort(
        (a, b) ->
            a.value.intValue() != b.value.intValue()
                ? Integer.compare(b.value.intValue(), a.value.intValue())
                : a.dim.compareTo(b.dim));
    return results;
  }

  /** A dimension's ordinals, null when no article has a value in it; flat dimensions only. */
  private OrdRange flatRange(String dim, String... path) {
    if (path.length > 0) {
      throw new IllegalArgumentException(
          "Field is not configured as hierarchical, path should be 0 length");
    }
    return ordinals.range(dim);
  }

  /** The sum of a single-valued dimension's counts; unknown (-1) for a multi-valued one. */
  private Number dimValue(String dim, int total) {
    return config.getDimConfig(dim).multiValued ? -1 : total;
  }
}
