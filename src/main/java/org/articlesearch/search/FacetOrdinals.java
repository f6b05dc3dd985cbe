package org.articlesearch.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The facet ordinals of one index version: Lucene's ordinal state and the label of each ordinal,
 * read from the index on first use and kept. A label read through Lucene seeks the terms dictionary
 * and decompresses a block of it; with fifty values shown for each of six facets, that was a sixth
 * of a search. Thread-safe; one per index version.
 */
final class FacetOrdinals {
  private final SortedSetDocValuesReaderState state;
  private final OrdinalMap globalOrdinals;
  private final SortedSetDocValues lookup;
  // Filled as labels are asked for; a racing reader at worst reads one twice, since a String is
  // safely published through its final fields.
  private final String[] labels;
  // Built on first use; published through the atomic array, since a plain store would let another
  // thread see the array before its contents.
  private final AtomicReferenceArray<int[]> segmentOrdinals;

  private FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    this.lookup = state.getDocValues();
    this.globalOrdinals = lookup instanceof MultiSortedSetDocValues multi ? multi.mapping : null;
    this.labels = new String[state.getSize()];
    this.segmentOrdinals = new AtomicReferenceArray<>(state.getReader().leaves().size());
  }

  /** Returns the ordinals of a reader's facet field, or null when no article has a facet value. */
  static FacetOrdinals of(IndexReader reader, FacetsConfig config) throws IOException {
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException e) {
      return null; // the index has no facet field at all
    }
    return new FacetOrdinals(state);
  }

  /** Lucene's ordinal state, for the drill-sideways search and the label index. */
  SortedSetDocValuesReaderState state() {
    return state;
  }

  /** Returns the range of ordinals of one dimension, or null when it has no values. */
  SortedSetDocValuesReaderState.OrdRange range(String dim) {
    return state.getOrdRange(dim);
  }

  /** How many ordinals the whole index has, over every dimension. */
  int size() {
    return state.getSize();
  }

  /**
   * Maps one segment's ordinals to the index's, or null when they are the index's (one segment). An
   * array rather than Lucene's packed mapping, read for every value of every matching article.
   */
  int[] globalOrdinals(LeafReaderContext segment) throws IOException {
    if (globalOrdinals == null) {
      return null;
    }
    int[] mapping = segmentOrdinals.get(segment.ord);
    if (mapping == null) {
      LongValues global = globalOrdinals.getGlobalOrds(segment.ord);
      SortedSetDocValues values = DocValues.getSortedSet(segment.reader(), state.getField());
      mapping = new int[(int) values.getValueCount()];
      for (int ord = 0; ord < mapping.length; ord++) {
        mapping[ord] = (int) global.get(ord);
      }
      // A racing request at worst builds the same array again.
      segmentOrdinals.set(segment.ord, mapping);
    }
    return mapping;
  }

  /** Returns the value of an ordinal: the last part of its dimension and path. */
  String label(int ord) throws IOException {
    String label = labels[ord];
    if (label == null) {
      synchronized (lookup) {
        String[] path = FacetsConfig.stringToPath(lookup.lookupOrd(ord).utf8ToString());
        label = path[path.length - 1];
      }
      labels[ord] = label;
    }
    return label;
  }
}
