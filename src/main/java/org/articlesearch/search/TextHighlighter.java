package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.articlesearch.article.Span;
import org.articlesearch.index.LanguageFields;

/**
 * Highlights an article body fetched from another engine exactly as the local index does: the same
 * unified highlighter, its passages and marks, over the text analysed again instead of over indexed
 * offsets. Its passage scores use the article's own statistics only, so the snippets are the local
 * index's.
 */
public final class TextHighlighter {
  private final Analyzer analyzer;
  private final UnifiedHighlighter snippets;

  /** Returns a highlighter analysing bodies with this analyzer. Thread-safe. */
  public TextHighlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.snippets =
        SnippetHighlighter.configure(UnifiedHighlighter.builderWithoutSearcher(analyzer)).build();
  }

  /**
   * Returns the snippet of a body for a parsed query: HTML, text escaped, matches marked where the
   * analysis of the article's language (an ISO 639-1 code, or null) finds them.
   */
  public String snippet(Query query, String body, String language) throws IOException {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String field = LanguageFields.bodyOf(language);
    Object snippet =
        snippets.highlightWithoutSearcher(
            field, bodyPart(query, field), body, SnippetHighlighter.PASSAGES);
    return snippet == null ? "" : snippet.toString().strip();
  }

  /**
   * Returns where a parsed query matches in a body in this language, in order, a phrase as one
   * span.
   */
  public List<Span> matches(Query query, String body, String language) throws IOException {
    String field = LanguageFields.bodyOf(language);
    return body == null
        ? List.of()
        : QueryMatches.inText(analyzer, bodyPart(query, field), field, body);
  }

  /**
   * Returns the query with its clauses on other fields (facets, years, dates, title, the other
   * languages' fields) made to match: the text analysed again has one body field only, where a
   * required facet clause would match nothing, while the article matched the whole query.
   * Exclusions are dropped: the article passed them.
   */
  static Query bodyPart(Query query, String field) {
    return switch (query) {
      case BooleanQuery b -> {
        BooleanQuery.Builder kept = new BooleanQuery.Builder();
        kept.setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (BooleanClause clause : b.clauses()) {
          if (clause.occur() == BooleanClause.Occur.MUST_NOT) {
            continue; // the article passed it, and an exclusion marks nothing
          }
          kept.add(
              touches(clause.query(), field)
                  ? bodyPart(clause.query(), field)
                  : new MatchAllDocsQuery(),
              clause.occur());
        }
        yield kept.build();
      }
      case DisjunctionMaxQuery d -> {
        // Another language's alternative, or the English one, may be what the article matched.
        List<Query> kept = new ArrayList<>();
        for (Query alternative : d.getDisjuncts()) {
          if (touches(alternative, field)) {
            kept.add(bodyPart(alternative, field));
          }
        }
        kept.add(new MatchAllDocsQuery());
        yield new DisjunctionMaxQuery(kept, d.getTieBreakerMultiplier());
      }
      case BoostQuery b -> new BoostQuery(bodyPart(b.getQuery(), field), b.getBoost());
      case ConstantScoreQuery c -> new ConstantScoreQuery(bodyPart(c.getQuery(), field));
      default -> touches(query, field) ? query : new MatchAllDocsQuery();
    };
  }

  private static boolean touches(Query query, String field) {
    boolean[] found = new boolean[1];
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String name) {
            found[0] |= field.equals(name);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0];
  }
}
