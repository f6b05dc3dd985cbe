package org.articlesearch.opensearch;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.search.RelatedArticles;

/**
 * Builds the "more like this" query of an article as Lucene's {@link MoreLikeThis} builds it for
 * the local index (see {@link RelatedArticles}), with the document frequencies counted over every
 * shard: the same words, the same boosts, the article itself left out. The query is then translated
 * like any other, and highlights the related articles' snippets.
 */
final class RelatedQuery {
  private RelatedQuery() {}

  private record ScoredWord(String word, String field, float score) {}

  /**
   * Returns the query for the articles like this one.
   *
   * @param source the article's source
   * @param articles how many articles the index holds
   */
  static Query like(
      ClusterConnection cluster,
      String index,
      String id,
      Map<String, Object> source,
      Analyzer analyzer,
      long articles)
      throws IOException {
    Map<String, Map<String, int[]>> frequencies = new HashMap<>();
    for (String field : RelatedArticles.FIELDS) {
      Object text = source.get(field);
      if (text != null) {
        count(analyzer, field, text.toString(), frequencies);
      }
    }
    int terms = frequencies.values().stream().mapToInt(Map::size).sum();
    // Only words frequent enough in the article are weighed: their document frequencies, and the
    // documents with each field, are counted over the whole index in one request.
    List<ScoredWord> candidates = new ArrayList<>();
    frequencies.forEach(
        (field, words) ->
            words.forEach(
                (word, tf) -> {
                  if (tf[0] >= RelatedArticles.MIN_TERM_FREQ) {
                    candidates.add(new ScoredWord(word, field, tf[0]));
                  }
                }));
    // No word occurs often enough in the article to weigh: OpenSearch refuses empty filters.
    JsonObject counts =
        candidates.isEmpty() ? null : documentFrequencies(cluster, index, candidates);
    int maxDocFreq = (int) (RelatedArticles.MAX_DOC_FREQ_PERCENT * articles / 100);
    int limit = Math.min(RelatedArticles.MAX_QUERY_TERMS, terms);
    PriorityQueue<ScoredWord> queue =
        new PriorityQueue<>(Math.max(limit, 1)) {
          @Override
          protected boolean lessThan(ScoredWord a, ScoredWord b) {
            return a.score() < b.score();
          }
        };
    ClassicSimilarity similarity = new ClassicSimilarity();
    for (int i = 0; i < candidates.size() && limit > 0; i++) {
      ScoredWord word = candidates.get(i);
      long docCount = docCount(counts, word.field());
      int docFreq = bucket(counts.getAsJsonObject(WORDS), Integer.toString(i));
      if (docFreq == 0 || docFreq > maxDocFreq) {
        continue;
      }
      float score = word.score() * similarity.idf(docFreq, docCount);
      if (queue.size() < limit) {
        queue.add(new ScoredWord(word.word(), word.field(), score));
      } else if (queue.top().score() < score) {
        queue.updateTop(new ScoredWord(word.word(), word.field(), score));
      }
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    float lowest = -1;
    for (ScoredWord w = queue.pop(); w != null; w = queue.pop()) {
      if (lowest == -1) {
        lowest = w.score();
      }
      // Boosted relative to the first word taken from the queue, as MoreLikeThis boosts.
      words.add(
          new BoostQuery(new TermQuery(new Term(w.field(), w.word())), w.score() / lowest),
          BooleanClause.Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(words.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static final String WORDS = "words";

  /**
   * Counts, over every shard, the articles with each candidate word and with each field: one filter
   * per word, named by its position.
   */
  private static JsonObject documentFrequencies(
      ClusterConnection cluster, String index, List<ScoredWord> candidates) throws IOException {
    JsonObject filters = new JsonObject();
    for (int i = 0; i < candidates.size(); i++) {
      JsonObject term = new JsonObject();
      term.addProperty(candidates.get(i).field(), candidates.get(i).word());
      JsonObject query = new JsonObject();
      query.add("term", term);
      filters.add(Integer.toString(i), query);
    }
    JsonObject aggs = new JsonObject();
    JsonObject byWord = new JsonObject();
    byWord.add("filters", OpenSearchArticleSearcher.single("filters", filters));
    aggs.add(WORDS, byWord);
    for (String field : RelatedArticles.FIELDS) {
      aggs.add(
          field,
          OpenSearchArticleSearcher.single(
              "filter",
              OpenSearchArticleSearcher.single(
                  "exists", OpenSearchArticleSearcher.single("field", field))));
    }
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.add("aggs", aggs);
    return cluster
        .expect(
            "POST", "/" + index + "/_search", Map.of(), body, "weighing the words of an article")
        .object()
        .getAsJsonObject("aggregations");
  }

  private static long docCount(JsonObject counts, String field) {
    return counts.getAsJsonObject(field).get("doc_count").getAsLong();
  }

  private static int bucket(JsonObject filters, String name) {
    return filters.getAsJsonObject("buckets").getAsJsonObject(name).get("doc_count").getAsInt();
  }

  /** Counts the words of a field's text as MoreLikeThis does: its first tokens only. */
  private static void count(
      Analyzer analyzer, String field, String text, Map<String, Map<String, int[]>> frequencies)
      throws IOException {
    Map<String, int[]> counts = frequencies.computeIfAbsent(field, k -> new HashMap<>());
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      int tokens = 0;
      while (ts.incrementToken()) {
        if (++tokens > MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED) {
          break;
        }
        counts.computeIfAbsent(term.toString(), k -> new int[1])[0]++;
      }
      ts.end();
    }
  }
}
