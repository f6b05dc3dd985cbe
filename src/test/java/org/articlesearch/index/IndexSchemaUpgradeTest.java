package org.articlesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.article.Article;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchHit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written before paths, hashes, bodies and hit fields were doc values is searched and
 * read, then replaced.
 */
class IndexSchemaUpgradeTest {
  @TempDir Path dir;

  @Test
  void anIndexOfTheOlderSchemaIsSearchedWithHitsAndSnippetsFromStoredFields() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter old =
            new IndexWriter(directory, new IndexWriterConfig(IndexSchema.analyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(IndexSchema.ID, "old", Field.Store.YES));
      doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef("old")));
      doc.add(new TextField(IndexSchema.TITLE, "Harbour plan", Field.Store.YES));
      doc.add(new StoredField(IndexSchema.AUTHOR, "Ana Lima"));
      doc.add(new StoredField(IndexSchema.DATE_ISO, "2018-09"));
      // Stored, as every body was then.
      doc.add(
          new Field(
              IndexSchema.BODY, "The harbour plan was approved.", IndexSchema.LONG_BODY_TYPE));
      old.addDocument(doc);
      old.commit();
    }
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dir)) {
      SearchHit hit =
          searcher
              .search(new SearchRequest("approved", Map.of(), SortOrder.RELEVANCE, 1, 10))
              .hits()
              .get(0);
      assertThat(List.of(hit.id(), hit.title(), hit.date(), hit.snippet()))
          .containsExactly(
              "old", "Harbour plan", "2018-09", "The harbour plan was <mark>approved</mark>.");
      assertThat(hit.authors()).containsExactly("Ana Lima");
      assertThat(hit.publisher()).isNull();
    }
  }

  @Test
  void anIndexOfTheOlderSchemaIsReadFromStoredFieldsAndRebuiltAtTheNextCommit() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField(IndexSchema.ID, "old", Field.Store.YES));
      doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef("old")));
      doc.add(new StoredField(IndexSchema.PATH, "old.txt"));
      doc.add(new StringField(IndexSchema.CONTENT_HASH, "aa", Field.Store.YES));
      old.addDocument(doc);
      old.commit();
    }

    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.update(dir)) {
      assertThat(writer.committed())
          .isEqualTo(Map.of("old", new ArticleIndexWriter.Committed("old.txt", "aa", "")));
      assertThat(writer.committedSettings()).isEmpty();
      writer.recordSettings(Map.of("program", "new"));
      writer.add(
          new Article(
              "new",
              "new.txt",
              "Title",
              List.of("Ana Lima"),
              null,
              null,
              "Body text.",
              List.of(),
              "text/plain",
              "bb",
              Map.of(),
              "en",
              null));
      writer.commit();
    }

    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.numDocs()).isEqualTo(1);
      assertThat(
              reader
                  .leaves()
                  .get(0)
                  .reader()
                  .getFieldInfos()
                  .fieldInfo(IndexSchema.PATH)
                  .getDocValuesType())
          .isEqualTo(DocValuesType.BINARY);
    }
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.update(dir)) {
      assertThat(writer.committed())
          .isEqualTo(Map.of("new", new ArticleIndexWriter.Committed("new.txt", "bb", "")));
      assertThat(writer.committedSettings()).isEqualTo(Map.of("program", "new"));
    }
  }
}
