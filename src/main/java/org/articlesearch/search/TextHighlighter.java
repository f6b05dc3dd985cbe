package org.articlesearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.articlesearch.article.Span;
import org.articlesearch.index.IndexSchema;

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

  /** Returns the snippet of a body for a parsed query: HTML, text escaped, matches marked. */
  public String snippet(Query query, String body) throws IOException {
    if (body == null || body.isEmpty()) {
      return "";
    }
    Object snippet =
        snippets.highlightWithoutSearcher(
            IndexSchema.BODY, query, body, SnippetHighlighter.PASSAGES);
    return snippet == null ? "" : snippet.toString().strip();
  }

  /** Returns where a parsed query matches in a body, in order, a phrase as one span. */
  public List<Span> matches(Query query, String body) throws IOException {
    return body == null ? List.of() : QueryMatches.inText(analyzer, query, body);
  }
}
