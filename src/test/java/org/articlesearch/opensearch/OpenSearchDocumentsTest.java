package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.article.Span;
import org.articlesearch.index.IndexSchema;
import org.junit.jupiter.api.Test;

class OpenSearchDocumentsTest {
  private static final NamedEntity LIMA =
      new NamedEntity(
          "Ana Lima",
          EntityType.PERSON,
          2,
          List.of("Lima", "Ana Lima"),
          List.of(new Span(0, 4), new Span(10, 18)));
  private static final NamedEntity PORTO =
      new NamedEntity("Porto", EntityType.LOCATION, 1, List.of("Porto"), List.of(new Span(30, 35)));

  private static Article article(PublicationDate date, List<NamedEntity> entities) {
    return new Article(
        "0123456789abcdef",
        "news/a.txt",
        "Harbour plan approved",
        List.of("Ana Lima", "Omar Haddad"),
        date,
        "Coastal Herald",
        "The harbour plan was approved in Porto.",
        entities,
        "text/plain",
        "ab12",
        Map.of("title", "text:headline", "date", "meta:date"),
        "en",
        "https://herald.example/harbour-plan");
  }

  /** What OpenSearch hands back: the source as JSON, read into plain maps and lists. */
  private static Map<String, Object> throughJson(Map<String, Object> source) {
    Gson gson = new Gson();
    return gson.fromJson(gson.toJson(source), new TypeToken<Map<String, Object>>() {}.getType());
  }

  @Test
  void anArticleSurvivesTheRoundTripThroughItsJsonSource() {
    for (PublicationDate date : new PublicationDate[] {PublicationDate.parseIso("2018-09"), null}) {
      Article original = article(date, List.of(LIMA, PORTO));
      Map<String, Object> source = throughJson(OpenSearchDocuments.asSource(original));
      assertThat(OpenSearchDocuments.fromSource(source)).isEqualTo(original);
    }
  }

  @Test
  void facetFieldsHoldTheValuesThePageCounts() {
    Map<String, Object> dated =
        OpenSearchDocuments.asSource(
            article(PublicationDate.parseIso("2018-09-11"), List.of(LIMA, PORTO)));
    assertThat(dated)
        .containsEntry(IndexSchema.AUTHOR, List.of("Ana Lima", "Omar Haddad"))
        .containsEntry(IndexSchema.YEAR, "2018")
        .containsEntry(IndexSchema.DATE, "2018-09-11")
        .containsEntry(IndexSchema.PERSON, List.of("Ana Lima"))
        .containsEntry(IndexSchema.LOCATION, List.of("Porto"))
        .doesNotContainKey(IndexSchema.ORGANIZATION);
    Map<String, Object> undated = OpenSearchDocuments.asSource(article(null, List.of()));
    assertThat(undated)
        .containsEntry(IndexSchema.YEAR, IndexSchema.UNKNOWN_YEAR)
        .doesNotContainKeys(IndexSchema.DATE, IndexSchema.DATE_ISO, IndexSchema.PERSON);
  }

  @Test
  void recognizedEntitiesAreKeptOnlyWhenResolutionChangedThem() {
    Article resolved = article(null, List.of(LIMA));
    assertThat(OpenSearchDocuments.asSource(resolved))
        .doesNotContainKey(IndexSchema.ENTITIES_RECOGNIZED);
    Map<String, Object> changed =
        throughJson(OpenSearchDocuments.asSource(resolved, List.of(LIMA, PORTO)));
    assertThat(OpenSearchDocuments.recognizedEntitiesOf(changed)).containsExactly(LIMA, PORTO);
    assertThat(OpenSearchDocuments.fromSource(changed).entities()).containsExactly(LIMA);
  }

  @Test
  void everySourceFieldIsMapped() {
    Map<String, Object> source =
        OpenSearchDocuments.asSource(
            article(PublicationDate.parseIso("2018-09-11"), List.of(LIMA)), List.of(LIMA, PORTO));
    @SuppressWarnings("unchecked")
    Map<String, Object> properties =
        (Map<String, Object>) OpenSearchMapping.mappings().get("properties");
    // The mapping is strict: a field it lacks would make OpenSearch refuse the document.
    assertThat(properties).containsKeys(source.keySet().toArray(String[]::new));
  }
}
