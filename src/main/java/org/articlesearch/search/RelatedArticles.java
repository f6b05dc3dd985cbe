package org.articlesearch.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.articlesearch.index.IndexSchema;

/**
 * Builds the "more like this" query of an article: Lucene's MoreLikeThis over its title and body,
 * the article itself left out.
 */
final class RelatedArticles {
  // Words that stand out in the article: in it at least twice, and not in most of the corpus.
  private static final int MIN_TERM_FREQ = 2;
  private static final int MAX_QUERY_TERMS = 30;
  private static final int MAX_DOC_FREQ_PERCENT = 50;

  private RelatedArticles() {}

  /** Returns the query for articles like the one with this id, or null when there is no such. */
  static Query like(IndexSearcher searcher, Analyzer analyzer, String id) throws IOException {
    TermQuery self = new TermQuery(new Term(IndexSchema.ID, id));
    TopDocs top = searcher.search(self, 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {IndexSchema.TITLE, IndexSchema.BODY});
    mlt.setMinTermFreq(MIN_TERM_FREQ);
    // The default of 5 would find nothing in a small corpus.
    mlt.setMinDocFreq(1);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    return new BooleanQuery.Builder()
        .add(mlt.like(top.scoreDocs[0].doc), BooleanClause.Occur.MUST)
        .add(self, BooleanClause.Occur.MUST_NOT)
        .build();
  }
}
