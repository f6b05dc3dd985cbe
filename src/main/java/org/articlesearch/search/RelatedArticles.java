package org.articlesearch.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.articlesearch.index.ArticleDocuments;
import org.articlesearch.index.IndexSchema;

/**
 * Builds the "more like this" query of an article: Lucene's MoreLikeThis over its title and body,
 * the article itself left out.
 */
public final class RelatedArticles {
  // Words that stand out in the article: in it at least twice, and not in most of the corpus.
  /** Fewest times a word must be in the article. */
  public static final int MIN_TERM_FREQ = 2;

  /** Most words the query keeps. */
  public static final int MAX_QUERY_TERMS = 30;

  /** Most articles, in percent of the corpus, a word may be in. */
  public static final int MAX_DOC_FREQ_PERCENT = 50;

  /** The fields whose words are compared. */
  public static final List<String> FIELDS = List.of(IndexSchema.TITLE, IndexSchema.BODY);

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
    mlt.setFieldNames(FIELDS.toArray(String[]::new));
    mlt.setMinTermFreq(MIN_TERM_FREQ);
    // The default of 5 would find nothing in a small corpus.
    mlt.setMinDocFreq(1);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    // The body is not a stored field, which is where MoreLikeThis would look for it by doc id.
    Document article =
        ArticleDocuments.read(searcher.getIndexReader(), top.scoreDocs[0].doc, Set.copyOf(FIELDS));
    Map<String, Collection<Object>> values = new HashMap<>();
    for (String field : FIELDS) {
      values.put(field, List.of((Object[]) article.getValues(field)));
    }
    return new BooleanQuery.Builder()
        .add(mlt.like(values), BooleanClause.Occur.MUST)
        .add(self, BooleanClause.Occur.MUST_NOT)
        .build();
  }
}
