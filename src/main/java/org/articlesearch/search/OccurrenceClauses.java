package org.articlesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.articlesearch.index.IndexSchema;

/**
 * The parts of a query whose occurrences in an article's body are counted: its words, exact phrases
 * and wildcard words, each once, leaving out what it excludes. Scored with {@link
 * OccurrenceSimilarity} and summed, they give how many times the query occurs in an article.
 *
 * <p>A phrase with slop counts its words, since a loose phrase has no whole number of occurrences;
 * a fuzzy word or a regular expression counts nothing, since the words they stand for are chosen
 * per shard on OpenSearch.
 */
public final class OccurrenceClauses {
  private OccurrenceClauses() {}

  /** Returns the counted clauses of a parsed query, in query order, without repeats. */
  public static List<Query> of(Query query) {
    Set<Query> clauses = new LinkedHashSet<>();
    collect(query, clauses);
    return List.copyOf(clauses);
  }

  /** Returns the counted clauses as one query whose score, per article, is its occurrences. */
  public static Query counting(List<Query> clauses, Query matching) {
    BooleanQuery.Builder counting = new BooleanQuery.Builder();
    counting.add(matching, BooleanClause.Occur.FILTER);
    clauses.forEach(c -> counting.add(scored(c), BooleanClause.Occur.SHOULD));
    return counting.build();
  }

  /** Returns a wildcard word as the sum of its words' occurrences rather than a constant. */
  private static Query scored(Query clause) {
    return switch (clause) {
      case PrefixQuery p -> new PrefixQuery(p.getPrefix(), MultiTermQuery.SCORING_BOOLEAN_REWRITE);
      case WildcardQuery w ->
          new WildcardQuery(
              w.getTerm(),
              org.apache.lucene.util.automaton.Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
              MultiTermQuery.SCORING_BOOLEAN_REWRITE);
      default -> clause;
    };
  }

  private static void collect(Query query, Set<Query> clauses) {
    switch (query) {
      case BooleanQuery b -> {
        for (BooleanClause clause : b.clauses()) {
          if (clause.occur() != BooleanClause.Occur.MUST_NOT) {
            collect(clause.query(), clauses);
          }
        }
      }
      case BoostQuery b -> collect(b.getQuery(), clauses);
      case ConstantScoreQuery c -> collect(c.getQuery(), clauses);
      case DisjunctionMaxQuery d -> d.getDisjuncts().forEach(q -> collect(q, clauses));
      case TermQuery t -> addIfBody(t.getTerm().field(), t, clauses);
      case SynonymQuery s -> addIfBody(s.getField(), s, clauses);
      case PhraseQuery p -> {
        if (p.getSlop() == 0) {
          addIfBody(p.getField(), p, clauses);
        } else {
          for (Term term : p.getTerms()) {
            addIfBody(term.field(), new TermQuery(term), clauses);
          }
        }
      }
      case MultiPhraseQuery p -> {
        Term[][] terms = p.getTermArrays();
        if (terms.length > 0 && p.getSlop() == 0) {
          addIfBody(terms[0][0].field(), p, clauses);
        } else {
          for (Term[] position : terms) {
            SynonymQuery.Builder samePosition = new SynonymQuery.Builder(position[0].field());
            for (Term term : position) {
              samePosition.addTerm(term);
            }
            addIfBody(position[0].field(), samePosition.build(), clauses);
          }
        }
      }
      case PrefixQuery p -> addIfBody(p.getField(), p, clauses);
      case WildcardQuery w -> addIfBody(w.getField(), w, clauses);
      default -> {} // fuzzy words, facet and year terms, ranges: nothing to count in the text
    }
  }

  private static void addIfBody(String field, Query query, Set<Query> clauses) {
    if (field.equals(IndexSchema.BODY)) {
      clauses.add(query);
    }
  }

  /** Returns the exact phrases a phrase of several words at some positions stands for. */
  public static List<PhraseQuery> expanded(MultiPhraseQuery p) {
    List<PhraseQuery.Builder> builders = new ArrayList<>();
    builders.add(new PhraseQuery.Builder());
    Term[][] terms = p.getTermArrays();
    int[] positions = p.getPositions();
    for (int i = 0; i < terms.length; i++) {
      List<PhraseQuery.Builder> next = new ArrayList<>();
      for (PhraseQuery.Builder prefix : builders) {
        for (Term term : terms[i]) {
          PhraseQuery.Builder b = new PhraseQuery.Builder();
          PhraseQuery built = prefix.build();
          for (int j = 0; j < built.getTerms().length; j++) {
            b.add(built.getTerms()[j], built.getPositions()[j]);
          }
          b.add(term, positions[i]);
          next.add(b);
        }
      }
      builders = next;
    }
    return builders.stream().map(PhraseQuery.Builder::build).toList();
  }
}
