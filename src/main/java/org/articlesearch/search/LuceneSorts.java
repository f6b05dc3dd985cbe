package org.articlesearch.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.articlesearch.index.IndexSchema;

/** The Lucene sort of each {@link SortOrder}. */
final class LuceneSorts {
  private LuceneSorts() {}

  /** Returns the sort for an order, or null for plain relevance (score order, Lucene's default). */
  static Sort of(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> null;
      case DATE -> new Sort(newestFirst(), SortField.FIELD_SCORE);
      case RECENCY -> new Sort(SortField.FIELD_SCORE, newestFirst());
      case OLDEST -> new Sort(oldestFirst(), SortField.FIELD_SCORE);
    };
  }

  /** Publication date, oldest first, undated last. */
  private static SortField oldestFirst() {
    SortField byDate = new SortedNumericSortField(IndexSchema.DATE, SortField.Type.LONG, false);
    byDate.setMissingValue(Long.MAX_VALUE);
    return byDate;
  }

  /** Publication date, newest first, undated last. */
  private static SortField newestFirst() {
    SortField byDate = new SortedNumericSortField(IndexSchema.DATE, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE);
    return byDate;
  }
}
