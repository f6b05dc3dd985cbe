package org.articlesearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.opensearch.OpenSearchArticleIndexWriter;
import org.articlesearch.opensearch.OpenSearchConfig;

/**
 * Where an index build writes: the local index folder, or an OpenSearch cluster. The folder holds
 * the recognition cache either way, so a rebuild on either backend runs no recognition twice.
 *
 * @param folder the {@code --index} folder
 * @param openSearch the cluster, or empty for the local index in the folder
 */
record IndexTarget(Path folder, Optional<OpenSearchConfig> openSearch) {
  /** The local index in a folder. */
  static IndexTarget lucene(Path folder) {
    return new IndexTarget(folder, Optional.empty());
  }

  /** The index the backend options name; the folder keeps the recognition cache. */
  static IndexTarget of(Path folder, Locations.Backend backend) {
    return new IndexTarget(folder, backend.openSearch());
  }

  /** Where the recognition results are cached. */
  Path recognitionCache() {
    return folder.resolve(IndexCommand.RECOGNITION_CACHE);
  }

  /** Creates the folder; the cluster's index is created by the writer. */
  void prepare() {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UserException(
          "cannot create the index folder " + folder + ": " + IndexCommand.describe(e));
    }
  }

  /**
   * Opens a writer.
   *
   * @param full replace the whole index at commit instead of updating it
   */
  ArticleIndexWriter open(boolean full) throws IOException {
    if (openSearch.isPresent()) {
      return OpenSearchArticleIndexWriter.open(openSearch.get(), full);
    }
    return full
        ? LuceneArticleIndexWriter.rebuild(folder)
        : LuceneArticleIndexWriter.update(folder);
  }

  /** Names the index in messages. */
  String describe() {
    return openSearch
        .map(c -> "the OpenSearch index " + c.index() + " at " + hosts(c))
        .orElse(folder.toString());
  }

  /** What searchers keep when a build fails before its commit. */
  String keptAfterFailure() {
    return openSearch
        .map(c -> "searchers of the OpenSearch index " + c.index() + " see it as before")
        .orElse("the previous index in " + folder + " is unchanged");
  }

  private static String hosts(OpenSearchConfig config) {
    return String.join(",", config.hosts().stream().map(Object::toString).toList());
  }
}
