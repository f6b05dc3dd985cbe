package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
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
 * the local index (see {@link RelatedArticles}), with the document frequencies read from
 * OpenSearch's term vectors: the same words, the same boosts, the article itself left out. The
 * query is then translated like any other, and highlights the related articles' snippets.
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
    JsonObject vectors = termVectors(cluster, index, id);
    int maxDocFreq = (int) (RelatedArticles.MAX_DOC_FREQ_PERCENT * articles / 100);
    int terms = frequencies.values().stream().mapToInt(Map::size).sum();
    int limit = Math.min(RelatedArticles.MAX_QUERY_TERMS, terms);
    PriorityQueue<ScoredWord> queue =
        new PriorityQueue<>(limit) {
          @Override
          protected boolean lessThan(ScoredWord a, ScoredWord b) {
            return a.score() < b.score();
          }
        };
    ClassicSimilarity similarity = new ClassicSimilarity();
    for (Map.Entry<String, Map<String, int[]>> perField : frequencies.entrySet()) {
      String field = perField.getKey();
      JsonObject stats = vectors == null ? null : vectors.getAsJsonObject(field);
      if (stats == null) {
        continue;
      }
      long docCount = stats.getAsJsonObject("field_statistics").get("doc_count").getAsLong();
      JsonObject fieldTerms = stats.getAsJsonObject("terms");
      for (Map.Entry<String, int[]> word : perField.getValue().entrySet()) {
        int tf = word.getValue()[0];
        if (tf < RelatedArticles.MIN_TERM_FREQ) {
          continue;
        }
        JsonElement term = fieldTerms.get(word.getKey());
        int docFreq = term == null ? 0 : term.getAsJsonObject().get("doc_freq").getAsInt();
        if (docFreq == 0 || docFreq > maxDocFreq) {
          continue;
        }
        float score = tf * similarity.idf(docFreq, docCount);
        if (queue.size() < limit) {
          queue.add(new ScoredWord(word.getKey(), field, score));
        } else if (queue.top().score() < score) {
          queue.updateTop(new ScoredWord(word.getKey(), field, score));
        }
      }
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    float lowest = -1;
    for (ScoredWord w = limit == 0 ? null : queue.pop(); w != null; w = queue.pop()) {
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

  /** Returns the article's term vectors by field, with document frequencies, or null. */
  private static JsonObject termVectors(ClusterConnection cluster, String index, String id)
      throws IOException {
    JsonObject body = new JsonObject();
    JsonArray fields = new JsonArray();
    RelatedArticles.FIELDS.forEach(fields::add);
    body.add("fields", fields);
    body.addProperty("term_statistics", true);
    body.addProperty("field_statistics", true);
    body.addProperty("positions", false);
    body.addProperty("offsets", false);
    JsonObject answer =
        cluster
            .expect(
                "POST",
                "/" + index + "/_termvectors/" + ClusterConnection.segment(id),
                Map.of(),
                body,
                "reading the words of " + id)
            .object();
    return answer.has("term_vectors") ? answer.getAsJsonObject("term_vectors") : null;
  }
}
