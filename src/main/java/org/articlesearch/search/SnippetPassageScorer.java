package org.articlesearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a passage as Lucene's {@link PassageScorer} does (BM25 over its distinct matched terms,
 * times the position norm), without the hash table that one builds for every passage, whose large
 * block dominated scoring. A passage holds a few matches, so a linear scan finds the distinct
 * terms.
 */
final class SnippetPassageScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    double score = 0;
    for (int i = 0; i < matches; i++) {
      if (seenBefore(terms, i)) {
        continue;
      }
      int inPassage = 1;
      for (int j = i + 1; j < matches; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          inPassage++;
        }
      }
      // Summed in the order of first appearance, as the hash table numbers terms.
      score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }

  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int k = 0; k < i; k++) {
      if (terms[k].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }
}
