package org.articlesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.article.Span;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {
  private static Article article(PublicationDate date) {
    return new Article(
        "0123456789abcdef",
        "news/a.txt",
        "Harbour plan approved",
        List.of("Ana Lima", "Omar Haddad"),
        date,
        "Coastal Herald",
        "The harbour plan was approved.",
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
        "en");
  }

  @Test
  void anArticleSurvivesTheRoundTripThroughItsStoredFields() throws Exception {
    Article original = article(PublicationDate.parseIso("2018-09"));
    Document doc = new ArticleDocuments().asDocument(original);
    assertThat(ArticleDocuments.fromDocument(storedOnly(doc))).isEqualTo(original);
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
