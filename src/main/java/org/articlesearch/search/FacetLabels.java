package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * The values of each facet in one index version, with their folded forms, so that field queries
 * such as {@code person:putin} can find the values they name. Read once per index version, each
 * dimension on first use.
 */
public final class FacetLabels {
  /** A facet value and its folded form. */
  record Label(String value, String folded) {}

  /** Reads every value of one facet dimension from an index. */
  public interface Source {
    /** Returns the values of a dimension, in any order. */
    List<String> values(String dim) throws IOException;
  }

  private final Object version;
  private final Source source;
  private final Map<String, List<Label>> byDim = new HashMap<>();

  private FacetLabels(Object version, Source source) {
    this.version = version;
    this.source = source;
  }

  /** Returns labels read from a source on demand; one instance per index version. */
  public static FacetLabels from(Source source) {
    return new FacetLabels(source, source);
  }

  private static volatile FacetLabels last;

  /** Returns the labels of this index version; null ordinals mean an index without facet values. */
  static FacetLabels of(FacetOrdinals ordinals) {
    FacetLabels cached = last;
    if (cached != null && cached.version == ordinals) {
      return cached;
    }
    FacetLabels fresh = new FacetLabels(ordinals, dim -> ordinalValues(ordinals, dim));
    last = fresh;
    return fresh;
  }

  /** Returns the values of one facet dimension, as the index has them. */
  public List<String> valuesOf(String dim) throws IOException {
    List<String> out = new ArrayList<>();
    values(dim).forEach(label -> out.add(label.value()));
    return out;
  }

  /** Returns the values of one facet dimension with their folded forms. */
  synchronized List<Label> values(String dim) throws IOException {
    List<Label> labels = byDim.get(dim);
    if (labels != null) {
      return labels;
    }
    labels = new ArrayList<>();
    for (String value : source.values(dim)) {
      labels.add(new Label(value, FacetValueSearch.fold(value)));
    }
    labels = List.copyOf(labels);
    byDim.put(dim, labels);
    return labels;
  }

  private static List<String> ordinalValues(FacetOrdinals ordinals, String dim) throws IOException {
    List<String> values = new ArrayList<>();
    SortedSetDocValuesReaderState.OrdRange range = ordinals == null ? null : ordinals.range(dim);
    if (range != null) {
      for (int ord = range.start(); ord <= range.end(); ord++) {
        values.add(ordinals.label(ord));
      }
    }
    return values;
  }
}
