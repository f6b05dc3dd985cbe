package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.search.SortOrder;

/**
 * The OpenSearch sort of each {@link SortOrder}, as the local index sorts: score or date first,
 * then the other, undated articles last. The article id breaks the remaining ties, so that {@code
 * search_after} never skips or repeats a hit.
 */
final class OpenSearchSorts {
  private OpenSearchSorts() {}

  /** Returns the sort clauses of an order. */
  static JsonArray of(SortOrder order) {
    JsonArray sort = new JsonArray();
    switch (order) {
      case RELEVANCE -> sort.add(score());
      case DATE -> {
        sort.add(newestFirst());
        sort.add(score());
      }
      case RECENCY -> {
        sort.add(score());
        sort.add(newestFirst());
      }
      case OLDEST -> {
        sort.add(byDate("asc"));
        sort.add(score());
      }
    }
    sort.add(OpenSearchArticleSearcher.single(IndexSchema.ID, "asc"));
    return sort;
  }

  private static JsonObject score() {
    return OpenSearchArticleSearcher.single("_score", "desc");
  }

  private static JsonObject newestFirst() {
    return byDate("desc");
  }

  /** The publication date in an order, undated articles last either way. */
  private static JsonObject byDate(String order) {
    JsonObject date = new JsonObject();
    date.addProperty("order", order);
    date.addProperty("missing", "_last");
    return OpenSearchArticleSearcher.single(IndexSchema.DATE, date);
  }
}
