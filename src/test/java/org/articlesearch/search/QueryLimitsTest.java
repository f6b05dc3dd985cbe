package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {
  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder()
        .add(a, BooleanClause.Occur.MUST)
        .add(b, BooleanClause.Occur.SHOULD)
        .build();
  }

  @Test
  void onlyWildcardFuzzyAndRegularExpressionPartsMayExpand() {
    TermQuery tax = new TermQuery(new Term("body", "tax"));
    assertThat(QueryLimits.mayExpand(tax)).isFalse();
    assertThat(QueryLimits.mayExpand(new PhraseQuery(3, "body", "tax", "cut"))).isFalse();
    assertThat(QueryLimits.mayExpand(both(tax, new TermQuery(new Term("title", "war"))))).isFalse();
    assertThat(QueryLimits.mayExpand(both(tax, new PrefixQuery(new Term("body", "ta"))))).isTrue();
    assertThat(QueryLimits.mayExpand(new WildcardQuery(new Term("body", "t?x")))).isTrue();
    assertThat(QueryLimits.mayExpand(new FuzzyQuery(new Term("body", "taks")))).isTrue();
    assertThat(QueryLimits.mayExpand(both(new RegexpQuery(new Term("body", "ta[xz]")), tax)))
        .isTrue();
  }
}
