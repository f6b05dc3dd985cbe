package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articlesearch.article.Article;
import org.articlesearch.article.Span;

/**
 * Builds a {@link Concordance} from any backend's answers alone: the first hits of a search, each
 * article's text and where the query matches in it, so both backends give the same lines.
 */
public final class ConcordanceBuilder {
  private final ArticleSearcher searcher;

  /** Returns a builder asking this searcher. */
  public ConcordanceBuilder(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * Returns the lines of the first articles of a search in its order, at most linesPerArticle of
   * each, so that a query over hundreds of long articles stays cheap.
   */
  public Concordance build(SearchRequest request, int articles, int linesPerArticle)
      throws InvalidQueryException, SearchTimeoutException, IOException {
    long started = System.nanoTime();
    SearchResult result =
        searcher.search(
            new SearchRequest(
                request.query(),
                request.filters(),
                request.sort(),
                1,
                articles,
                request.from(),
                request.to()));
    List<Concordance.Line> lines = new ArrayList<>();
    boolean complete = result.total() <= result.hits().size();
    for (SearchHit hit : result.hits()) {
      // One lookup an article: the text, whose matches are then found in it, not fetched again.
      Optional<Article> article = searcher.document(hit.id());
      String body = article.map(Article::body).orElse(null);
      List<Span> spans =
          searcher.matchesInText(
              body, article.map(Article::language).orElse(null), request.query());
      complete &= spans.size() <= linesPerArticle;
      for (Span span : spans.subList(0, Math.min(spans.size(), linesPerArticle))) {
        lines.add(line(hit, body, span));
      }
    }
    return new Concordance(
        request.query(),
        result.total(),
        result.hits().size(),
        linesPerArticle,
        complete,
        lines,
        (System.nanoTime() - started) / 1_000_000);
  }

  private static Concordance.Line line(SearchHit hit, String body, Span span) {
    return new Concordance.Line(
        hit.id(),
        hit.title(),
        hit.date(),
        KeywordContext.left(body, span.start()),
        KeywordContext.match(body, span),
        KeywordContext.right(body, span.end()),
        span.start(),
        span.end());
  }
}
