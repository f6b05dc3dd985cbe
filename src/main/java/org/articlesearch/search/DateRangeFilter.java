package org.articlesearch.search;

import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.articlesearch.index.IndexSchema;

/** Restricts a query to a range of publication days; undated articles fall outside any range. */
final class DateRangeFilter {
  private DateRangeFilter() {}

  /** Returns the query, filtered to the request's date range when it has one. */
  static Query apply(Query query, SearchRequest request) {
    if (!request.hasDateRange()) {
      return query;
    }
    long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
    long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(LongField.newRangeQuery(IndexSchema.DATE, from, to), BooleanClause.Occur.FILTER)
        .build();
  }
}
