package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The values of each facet in one index version, with their folded forms, so that field queries
 * such as {@code person:putin} can find the values they name. Read once per index version.
 */
final class FacetLabels {
  /** A facet value and its folded form. */
  record Label(String value, String folded) {}

  private final SortedSetDocValuesReaderState state;
  private final Map<String, List<Label>> byDim = new HashMap<>();

  private FacetLabels(SortedSetDocValuesReaderState state) {
    this.state = state;
  }

  private static volatile FacetLabels last;

  /** Returns the labels of this index version; null state means an index without facet values. */
  static FacetLabels of(SortedSetDocValuesReaderState state) {
    FacetLabels cached = last;
    if (cached != null && cached.state == state) {
      return cached;
    }
    FacetLabels fresh = new FacetLabels(state);
    last = fresh;
    return fresh;
  }

  /** Returns the values of one facet dimension. */
  synchronized List<Label> values(String dim) throws IOException {
    List<Label> labels = byDim.get(dim);
    if (labels != null) {
      return labels;
    }
    labels = new ArrayList<>();
    SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(dim);
    if (range != null) {
      SortedSetDocValues values = state.getDocValues();
      for (int ord = range.start(); ord <= range.end(); ord++) {
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
        String value = path[path.length - 1];
        labels.add(new Label(value, LuceneArticleSearcher.fold(value)));
      }
    }
    labels = List.copyOf(labels);
    byDim.put(dim, labels);
    return labels;
  }
}
