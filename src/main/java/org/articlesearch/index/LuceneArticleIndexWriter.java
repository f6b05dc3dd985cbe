package org.articlesearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.article.Article;

/**
 * Builds a Lucene index in a directory. A rebuild replaces the old index only at commit, so a
 * crash or a failed run leaves the last committed index as it was.
 */
public final class LuceneArticleIndexWriter implements ArticleIndexWriter {
  private final Directory directory;
  private final IndexWriter writer;
  private final ArticleDocuments documents = new ArticleDocuments();

  private LuceneArticleIndexWriter(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Opens a writer that replaces the whole index in a folder at its first commit. */
  public static LuceneArticleIndexWriter rebuild(Path indexDir) throws IOException {
    return rebuild(FSDirectory.open(indexDir));
  }

  /** Opens a writer that replaces the whole index in a directory at its first commit; takes ownership of it. */
  public static LuceneArticleIndexWriter rebuild(Directory directory) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(128);
    try {
      return new LuceneArticleIndexWriter(directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public void add(Article article) throws IOException {
    writer.updateDocument(new Term(IndexSchema.ID, article.id()), documents.toDocument(article));
  }

  @Override
  public Optional<Article> find(String id) throws IOException {
    // A near-real-time reader sees what this writer added, before any commit.
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(ArticleDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
    }
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      // Anything not committed is dropped: close must never publish a half-built index.
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
