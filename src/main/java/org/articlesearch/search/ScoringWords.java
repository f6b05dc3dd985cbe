package org.articlesearch.search;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.articlesearch.index.IndexSchema;

/** Tells whether a query ranks its matches by the words of the title and body they contain. */
final class ScoringWords {
  private static final Set<String> TEXT_FIELDS = Set.of(IndexSchema.TITLE, IndexSchema.BODY);

  private ScoringWords() {}

  /**
   * Returns whether the query scores by any word of the text; exclusions and constant-score filters
   * do not, nor do facet values and years.
   */
  static boolean any(Query query) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return TEXT_FIELDS.contains(field);
          }

          @Override
          public void consumeTerms(Query q, Term... terms) {
            found[0] |= terms.length > 0;
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            found[0] = true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT || occur == BooleanClause.Occur.FILTER
                ? EMPTY_VISITOR
                : this;
          }
        });
    return found[0];
  }
}
