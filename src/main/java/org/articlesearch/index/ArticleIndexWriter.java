package org.articlesearch.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.articlesearch.article.Article;
import org.articlesearch.article.NamedEntity;

/**
 * Receives the articles of one index build; nothing is visible to searchers before {@link
 * #commit()}.
 */
public interface ArticleIndexWriter extends AutoCloseable {
  /** Adds an article, replacing any earlier one with the same id; no file stamp is recorded. */
  default void add(Article article) throws IOException {
    add(article, article.entities(), "");
  }

  /**
   * Adds an article, replacing any earlier one with the same id.
   *
   * @param recognized its entities as recognized in it, which differ from the article's when
   *     corpus-wide resolution changed them; the next incremental run resolves these again
   * @param fileStamp size and modification time of its file when read ("" for none), returned by
   *     {@link #committed()}
   */
  void add(Article article, List<NamedEntity> recognized, String fileStamp) throws IOException;

  /** Records a new file stamp for an article whose file was touched but holds the same bytes. */
  void restamp(String id, String fileStamp) throws IOException;

  /** Removes an article; a missing id is no error. */
  void delete(String id) throws IOException;

  /**
   * Returns the committed articles by id, as path, content hash and file stamp: what an incremental
   * run compares.
   */
  Map<String, Committed> committed() throws IOException;

  /**
   * A committed article's path, the hash of the file it was made from and the file's stamp then (""
   * when none was recorded).
   */
  record Committed(String path, String contentHash, String fileStamp) {}

  /**
   * Calls back with each committed article's id and its entities as recognized, before corpus-wide
   * resolution.
   */
  void forEachRecognized(BiConsumer<String, List<NamedEntity>> consumer) throws IOException;

  /**
   * Calls back with every article this build leaves in the index, added or committed before, as
   * copy grouping sees it, and the group it is in now.
   */
  void forEachCopyMember(BiConsumer<CopyGroups.Member, CopyGroups.Group> consumer)
      throws IOException;

  /** Puts an article, added in this build or committed before, into another copy group. */
  void setCopyGroup(String id, CopyGroups.Group group) throws IOException;

  /** Returns the settings recorded with the last commit (empty for a new index). */
  Map<String, String> committedSettings() throws IOException;

  /** Records settings to be stored with the next commit. */
  void recordSettings(Map<String, String> settings);

  /**
   * Returns an article added in this build or committed before, with its entities as recognized.
   */
  Optional<StoredArticle> find(String id) throws IOException;

  /**
   * Returns the articles the index refused since this writer was opened, by id, with the index's
   * reason; complete after {@link #commit()}. A writer that writes synchronously throws instead.
   */
  default Map<String, String> rejected() {
    return Map.of();
  }

  /** Makes everything added so far visible to searchers, atomically. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
