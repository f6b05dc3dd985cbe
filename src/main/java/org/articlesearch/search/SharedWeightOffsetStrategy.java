package org.articlesearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * Match offsets from postings, as Lucene's weight-matches strategy finds them, with one rewritten
 * query and one weight for all the documents of a highlighting call. Lucene's own strategy builds a
 * searcher, rewrites the query and creates its weight (looking up every term) for each document: a
 * sixth of a search with ten hits. The weight here is the index's, so a fuzzy or wildcard part
 * marks the terms the search itself expanded to.
 *
 * <p>Only for a field matcher that takes the highlighted field alone, as {@link
 * SnippetHighlighter}'s does: Lucene's strategy then reads every field as it is, as this one does.
 */
final class SharedWeightOffsetStrategy extends PostingsOffsetStrategy {
  private final IndexSearcher searcher;
  private Weight weight;

  /** For one highlighting call over the documents of a searcher's reader. */
  SharedWeightOffsetStrategy(UHComponents components, IndexSearcher searcher) {
    super(components);
    this.searcher = searcher;
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(
      LeafReader reader, int docId, List<OffsetsEnum> results) throws IOException {
    LeafReaderContext context = contextOf(reader);
    if (context == null) {
      // Not a segment of this searcher's reader (a wrapped one): Lucene's way, document by
      // document.
      super.createOffsetsEnumsWeightMatcher(reader, docId, results);
      return;
    }
    if (weight == null) {
      weight =
          searcher.createWeight(
              searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1.0f);
    }
    Matches matches = weight.matches(context, docId);
    if (matches == null) {
      return; // the document does not match
    }
    for (String field : matches) {
      if (components.fieldMatcher().test(field)) {
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }
  }

  private LeafReaderContext contextOf(LeafReader reader) {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      if (leaf.reader() == reader) {
        return leaf;
      }
    }
    return null;
  }
}
