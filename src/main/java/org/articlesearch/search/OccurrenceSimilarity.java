package org.articlesearch.search;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Scores a word or exact phrase by how many times it occurs in the field, its boost aside: summed
 * over {@link OccurrenceClauses}, an article's score is its number of occurrences of the query.
 */
public final class OccurrenceSimilarity extends Similarity {
  /** Returns an article's score as the whole number of occurrences it stands for. */
  public static long occurrences(double score) {
    return Math.round(score);
  }

  @Override
  public long computeNorm(FieldInvertState state) {
    return 1; // used only at search time, on fields indexed with another similarity
  }

  @Override
  public SimScorer scorer(
      float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
    return new SimScorer() {
      @Override
      public float score(float freq, long norm) {
        return boost * freq;
      }
    };
  }
}
