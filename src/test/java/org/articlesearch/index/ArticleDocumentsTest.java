package org.articlesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.article.Span;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {
  private static Article article(PublicationDate date) {
    return article(date, "The harbour plan was approved.");
  }

  private static Article article(PublicationDate date, String body) {
    return new Article(
        "0123456789abcdef",
        "news/a.txt",
        "Harbour plan approved",
        List.of("Ana Lima", "Omar Haddad"),
        date,
        "Coastal Herald",
        body,
        List.of(
            new NamedEntity(
                "Ana Lima",
                EntityType.PERSON,
                2,
                List.of("Lima", "Ana Lima"),
                List.of(new Span(0, 4), new Span(10, 18)))),
        "text/plain",
        "ab12",
        Map.of("title", "text:headline", "date", "meta:date"),
        "en",
        "https://herald.example/harbour-plan");
  }

  @Test
  void anArticleSurvivesTheRoundTripThroughAnIndexWithItsBodyKeptOnceAsADocValue()
      throws Exception {
    Article original = article(PublicationDate.parseIso("2018-09"));
    Document doc = new ArticleDocuments().asDocument(original);
    assertThat(doc.getField(IndexSchema.BODY).fieldType().stored()).isFalse();
    assertThat(ArticleDocuments.fromDocument(roundTrip(doc, null))).isEqualTo(original);
    assertThat(roundTrip(doc, Set.of(IndexSchema.BODY)).get(IndexSchema.BODY))
        .isEqualTo(original.body());
    assertThat(roundTrip(doc, Set.of(IndexSchema.TITLE)).get(IndexSchema.BODY)).isNull();
  }

  @Test
  void aBodyLongerThanItsDocValueIsStoredWholeAndReadWhole() throws Exception {
    String body = "The harbour plan was approved. ".repeat(IndexSchema.SNIPPET_SOURCE_CHARS / 20);
    Article original = article(null, body);
    Document doc = new ArticleDocuments().asDocument(original);
    assertThat(doc.getField(IndexSchema.BODY).fieldType().stored()).isTrue();
    Document read = roundTrip(doc, null);
    assertThat(read.getValues(IndexSchema.BODY)).hasSize(1);
    assertThat(ArticleDocuments.fromDocument(read).body()).isEqualTo(body);
  }

  /** Indexes one document in memory and reads it back as {@link ArticleDocuments#read} does. */
  private static Document roundTrip(Document doc, Set<String> fields) throws Exception {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return ArticleDocuments.read(reader, 0, fields);
      }
    }
  }

  @Test
  void facetsCarryAuthorsYearPublisherAndEntities() throws Exception {
    Document doc =
        new ArticleDocuments().asDocument(article(PublicationDate.parseIso("2018-09-11")));
    assertThat(doc.getFields().stream().map(IndexableField::name))
        .contains("$facets", IndexSchema.DATE, IndexSchema.YEAR);
    Document undated = new ArticleDocuments().asDocument(article(null));
    assertThat(undated.getFields(IndexSchema.DATE)).isEmpty();
    assertThat(undated.get(IndexSchema.DATE_ISO)).isNull();
  }

  @Test
  void recognizedEntitiesAreStoredOnlyWhenResolutionChangedThem() throws Exception {
    Article a = article(null);
    assertThat(new ArticleDocuments().asDocument(a).get(IndexSchema.ENTITIES_RECOGNIZED)).isNull();
    Document changed = new ArticleDocuments().asDocument(a.withEntities(List.of()), a.entities());
    assertThat(ArticleDocuments.recognizedEntitiesOf(storedOnly(changed))).isEqualTo(a.entities());
    assertThat(ArticleDocuments.entitiesOf(storedOnly(changed))).isEmpty();
  }

  /** What a search returns: the stored fields only. */
  private static Document storedOnly(Document doc) {
    Document stored = new Document();
    for (IndexableField f : doc.getFields()) {
      if (f.fieldType().stored()) {
        stored.add(f);
      }
    }
    return stored;
  }
}
