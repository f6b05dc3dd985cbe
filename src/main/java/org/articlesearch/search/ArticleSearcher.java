package org.articlesearch.search;

import java.io.IOException;
import java.util.Optional;
import org.articlesearch.article.Article;

/** Searches an index of articles. Implementations are thread-safe. */
public interface ArticleSearcher extends AutoCloseable {
  /** Runs a search. */
  SearchResult search(SearchRequest request) throws InvalidQueryException, IOException;

  /** Returns the stored article with this id. */
  Optional<Article> document(String id) throws IOException;

  /** Returns how many articles the index holds. */
  long count() throws IOException;

  @Override
  void close() throws IOException;
}
