package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.search.OccurrenceClauses;
import org.articlesearch.search.OccurrenceTally;

/**
 * Counts a query's occurrences in OpenSearch as the local index does: the counted clauses on the
 * body's {@link OpenSearchMapping#COUNTED} subfield, whose similarity scores by frequency, the
 * articles' scores rounded and summed per year (and per facet value and year) by aggregations.
 */
final class OpenSearchOccurrences {
  /** Enough buckets for every year, or every value of a facet, of a corpus. */
  private static final int ALL_VALUES = 10_000;

  /** The name of the aggregation per value of the facet the counts are split by. */
  private static final String SPLIT = "split";

  private static final String COUNTED_FIELD = IndexSchema.BODY + "." + OpenSearchMapping.COUNTED;

  /** Rounded per article, as {@link org.articlesearch.search.OccurrenceSimilarity} rounds. */
  private static final String OCCURRENCES_SCRIPT = "Math.round(_score.doubleValue())";

  private final LuceneQueryTranslator translator;

  OpenSearchOccurrences(LuceneQueryTranslator translator) {
    this.translator = translator;
  }

  /**
   * Returns a query that matches what the search matches, filters included, and scores each article
   * by the occurrences of the counted clauses.
   */
  JsonObject query(Query matching, List<Query> clauses, Collection<JsonObject> filters) {
    JsonArray filter = new JsonArray();
    filter.add(translator.translate(matching));
    filters.forEach(filter::add);
    return counting(filter, clauses);
  }

  /** Returns the query of articles with these ids, scored by the occurrences of the clauses. */
  JsonObject query(List<String> ids, List<Query> clauses) {
    JsonArray array = new JsonArray();
    ids.forEach(array::add);
    JsonObject values = new JsonObject();
    values.add("values", array);
    JsonArray filter = new JsonArray();
    filter.add(single("ids", values));
    return counting(filter, clauses);
  }

  private JsonObject counting(JsonArray filter, List<Query> clauses) {
    JsonArray should = new JsonArray();
    for (Query clause : clauses) {
      if (clause instanceof MultiPhraseQuery p) {
        OccurrenceClauses.expanded(p).forEach(phrase -> should.add(counted(phrase)));
      } else {
        should.add(counted(clause));
      }
    }
    JsonObject bool = new JsonObject();
    bool.add("filter", filter);
    bool.add("should", should);
    return single("bool", bool);
  }

  /** Returns the clause on the counted subfield, a phrase boosted to count once per occurrence. */
  private JsonObject counted(Query clause) {
    int terms = clause instanceof PhraseQuery p ? p.getTerms().length : 1;
    JsonObject query =
        translator.translate(terms == 1 ? clause : new BoostQuery(clause, 1f / terms));
    String kind = query.keySet().iterator().next();
    JsonObject body = query.getAsJsonObject(kind);
    JsonElement field = body.remove(IndexSchema.BODY);
    body.add(COUNTED_FIELD, field);
    if (clause instanceof PrefixQuery || clause instanceof WildcardQuery) {
      // Each word it stands for scored by its frequency, as the local index rewrites it.
      field.getAsJsonObject().addProperty("rewrite", "scoring_boolean");
    }
    return query;
  }

  /**
   * Returns the aggregations of occurrences per year, and per value of a facet and year when asked.
   *
   * @param by the facet, or null
   */
  static JsonObject aggregations(String by) {
    JsonObject aggs = new JsonObject();
    aggs.add(IndexSchema.YEAR, perValue(IndexSchema.YEAR, occurrences()));
    if (by != null) {
      JsonObject sub = occurrences();
      sub.add(IndexSchema.YEAR, perValue(IndexSchema.YEAR, occurrences()));
      aggs.add(SPLIT, perValue(by, sub));
    }
    return aggs;
  }

  /** Adds the aggregations' counts to a tally. */
  static void read(JsonObject aggs, String by, OccurrenceTally tally) {
    for (JsonObject year : buckets(aggs.getAsJsonObject(IndexSchema.YEAR))) {
      tally.add(key(year), null, articles(year), occurrences(year));
    }
    if (by != null) {
      for (JsonObject value : buckets(aggs.getAsJsonObject(SPLIT))) {
        for (JsonObject year : buckets(value.getAsJsonObject(IndexSchema.YEAR))) {
          tally.add(key(year), key(value), articles(year), occurrences(year));
        }
      }
    }
  }

  private static JsonObject perValue(String field, JsonObject sub) {
    JsonObject terms = new JsonObject();
    terms.addProperty("field", field);
    terms.addProperty("size", ALL_VALUES);
    JsonObject agg = single("terms", terms);
    agg.add("aggs", sub);
    return agg;
  }

  private static JsonObject occurrences() {
    JsonObject sum = new JsonObject();
    sum.addProperty("script", OCCURRENCES_SCRIPT);
    JsonObject aggs = new JsonObject();
    aggs.add("occurrences", single("sum", sum));
    return aggs;
  }

  private static List<JsonObject> buckets(JsonObject agg) {
    return agg.getAsJsonArray("buckets").asList().stream()
        .map(JsonElement::getAsJsonObject)
        .toList();
  }

  private static String key(JsonObject bucket) {
    return bucket.get("key").getAsString();
  }

  private static long articles(JsonObject bucket) {
    return bucket.get("doc_count").getAsLong();
  }

  private static long occurrences(JsonObject bucket) {
    return Math.round(bucket.getAsJsonObject("occurrences").get("value").getAsDouble());
  }

  private static JsonObject single(String key, JsonObject value) {
    JsonObject o = new JsonObject();
    o.add(key, value);
    return o;
  }
}
