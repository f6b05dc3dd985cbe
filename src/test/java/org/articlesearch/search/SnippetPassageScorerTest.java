package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetPassageScorerTest {
  private static Passage passage(int start, int end, Object... matches) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int i = 0; i < matches.length; i += 2) {
      int offset = start + i * 3;
      p.addMatch(offset, offset + 2, new BytesRef((String) matches[i]), (Integer) matches[i + 1]);
    }
    return p;
  }

  @Test
  void scoresEveryPassageExactlyAsLucenesScorerDoes() {
    Passage[] passages = {
      passage(0, 120),
      passage(0, 120, "tax", 3),
      passage(40, 200, "tax", 3, "cut", 1, "tax", 3),
      passage(900, 1000, "war", 7, "peace", 2, "war", 7, "war", 7, "peace", 2, "treaty", 1),
      passage(5, 60, "a", 1, "b", 2, "c", 3, "b", 2),
    };
    PassageScorer lucene = new PassageScorer();
    SnippetPassageScorer ours = new SnippetPassageScorer();
    for (Passage p : passages) {
      assertThat(ours.score(p, 5_000)).as(p.toString()).isEqualTo(lucene.score(p, 5_000));
    }
    assertThat(ours.score(passages[3], 5_000)).isGreaterThan(ours.score(passages[1], 5_000));
  }
}
