package org.articlesearch.index;

import java.io.IOException;
import java.util.Optional;
import org.articlesearch.article.Article;

/** Receives the articles of one index build; nothing is visible to searchers before {@link #commit()}. */
public interface ArticleIndexWriter extends AutoCloseable {
  /** Adds an article, replacing any earlier one with the same id. */
  void add(Article article) throws IOException;

  /** Returns an article added in this build, committed or not. */
  Optional<Article> find(String id) throws IOException;

  /** Makes everything added so far visible to searchers, atomically. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
