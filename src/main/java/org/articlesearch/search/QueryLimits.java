package org.articlesearch.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Bounds on what one query may cost: how many terms it has, how broad its wildcards are, how long
 * it may run. Checked after parsing, before any search.
 *
 * @param maxTerms most terms and multi-term clauses a query may hold
 * @param minPrefixChars fewest literal characters before a wildcard ({@code ab*} is too broad)
 * @param timeout how long one search may run before it is stopped
 */
public record QueryLimits(int maxTerms, int minPrefixChars, Duration timeout) {
  /** Limits for an interactive server on a laptop-sized machine. */
  public static final QueryLimits DEFAULT = new QueryLimits(64, 3, Duration.ofSeconds(5));

  /** Throws when the query goes past these limits. */
  public void check(Query query) throws InvalidQueryException {
    AtomicInteger terms = new AtomicInteger();
    String[] tooBroad = new String[1];
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... found) {
            terms.addAndGet(found.length);
          }

          @Override
          public void visitLeaf(Query q) {
            terms.incrementAndGet();
            String literal = literalPrefix(q);
            if (literal != null && literal.length() < minPrefixChars && tooBroad[0] == null) {
              tooBroad[0] = q.toString();
            }
          }

          @Override
          public QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    if (tooBroad[0] != null) {
      throw new InvalidQueryException(
          "query_too_broad",
          "'"
              + tooBroad[0].replaceFirst("^[a-z_]+:", "")
              + "' matches too many words; give at least "
              + minPrefixChars
              + " letters before a wildcard.",
          null);
    }
    if (terms.get() > maxTerms) {
      throw new InvalidQueryException(
          "too_many_terms",
          "The query has " + terms.get() + " terms; at most " + maxTerms + " are allowed.",
          null);
    }
  }

  /**
   * Returns the refusal of a query that expands, once run, to more clauses than a search allows (a
   * prefix standing for over 1,024 words).
   */
  public static InvalidQueryException tooManyTerms(RuntimeException cause) {
    return new InvalidQueryException(
        "too_many_terms", "The query expands to too many terms; make it more specific.", cause);
  }

  /**
   * True when the query has a wildcard, prefix, fuzzy or regular-expression part, whose cost grows
   * with the vocabulary; the cost of the others grows with their matches only.
   */
  static boolean mayExpand(Query query) {
    boolean[] expands = new boolean[1];
    query.visit(
        new QueryVisitor() {
          @Override
          public void visitLeaf(Query q) {
            expands[0] |= literalPrefix(q) != null;
          }

          @Override
          public QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return expands[0];
  }

  /** Returns the literal start of a wildcard-like query, or null for other queries. */
  private static String literalPrefix(Query q) {
    if (q instanceof PrefixQuery p) {
      return p.getPrefix().text();
    }
    if (q instanceof WildcardQuery w) {
      String text = w.getTerm().text();
      int i = 0;
      while (i < text.length() && text.charAt(i) != '*' && text.charAt(i) != '?') {
        i++;
      }
      return text.substring(0, i);
    }
    if (q instanceof RegexpQuery r) {
      String text = r.getRegexp().text();
      int i = 0;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      return text.substring(0, i);
    }
    if (q instanceof FuzzyQuery f) {
      // Fuzzy matching of a very short word matches nearly every short word.
      return f.getTerm().text();
    }
    if (q instanceof AutomatonQuery) {
      return "";
    }
    return null;
  }
}
