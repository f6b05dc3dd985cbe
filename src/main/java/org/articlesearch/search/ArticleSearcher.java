package org.articlesearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.Span;

/** Searches an index of articles. Implementations are thread-safe. */
public interface ArticleSearcher extends AutoCloseable {
  /** Runs a search. */
  SearchResult search(SearchRequest request)
      throws InvalidQueryException, SearchTimeoutException, IOException;

  /** Returns the stored article with this id. */
  Optional<Article> document(String id) throws IOException;

  /**
   * Returns the articles of the copy group the article with this id is in, itself included, the
   * first seen first (see {@link CopyList}); empty when it has no copies or the id is unknown.
   */
  List<SearchHit> copies(String id) throws IOException;

  /**
   * Returns every value of a facet among the results of a search, with the counts its facets would
   * give (multi-select: the facet's own ticked values are not applied), in count order: the whole
   * list that a search's facets give the top of.
   */
  List<FacetCount> facetValues(SearchRequest within, String dim)
      throws InvalidQueryException, SearchTimeoutException, IOException;

  /** Returns every entity in the index with its counts and folded variants. */
  List<EntitySummary> entities() throws IOException;

  /**
   * Returns autocomplete entries from titles, authors and entities whose words start with what was
   * typed, case- and accent-insensitively, those in the most articles first.
   */
  List<Suggestion> suggest(String prefix, int size) throws IOException;

  /**
   * Returns where a query matches in the text of the article with this id, in order, a phrase as
   * one span; empty for a blank query or an unknown id.
   */
  List<Span> matches(String id, String query) throws InvalidQueryException, IOException;

  /**
   * Returns where a query matches in an article's text already fetched, as {@link #matches} finds
   * them, so that a caller holding the text needs no second lookup; empty for a blank query.
   *
   * @param language the article's language code, which picks the analysis its words were indexed
   *     with; null for none known
   */
  List<Span> matchesInText(String text, String language, String query)
      throws InvalidQueryException, IOException;

  /**
   * Returns the articles most like the one with this id by their words, itself excluded; empty for
   * an unknown id.
   */
  List<SearchHit> related(String id, int size) throws IOException;

  /**
   * Returns, among the results of a search (its query, filters and date range) that mention an
   * entity, the entities most often mentioned with it and its articles per year.
   *
   * @param size how many co-occurring entities to return
   */
  Cooccurrence cooccurrence(SearchRequest request, EntityType type, String value, int size)
      throws InvalidQueryException, SearchTimeoutException, IOException;

  /**
   * Returns how often a search's query (its words, exact phrases and wildcard words, not what it
   * excludes) occurs in the bodies of the articles it matches, within its filters and date range,
   * per publication year.
   *
   * @param by a facet of {@link SearchRequest#FACETS} to split the counts by too, or null
   */
  Occurrences occurrences(SearchRequest request, String by)
      throws InvalidQueryException, SearchTimeoutException, IOException;

  /**
   * Sends every result of a search (all pages) in its order to the sink, at most maxRows of them.
   */
  void export(SearchRequest request, int maxRows, ExportSink sink)
      throws InvalidQueryException, SearchTimeoutException, IOException;

  /** Returns how many articles the index holds. */
  long count() throws IOException;

  @Override
  void close() throws IOException;
}
