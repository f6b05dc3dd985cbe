package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.extract.ExtractedText;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {
  private static final ExtractedText STORY =
      new ExtractedText(
          "Harbour plan approved\nBy Carl Otto\nThe council approved the plan on Monday."
              + " Ana Ruiz, who chairs the harbour board, welcomed the vote.",
          Map.of(
              "og:title", List.of("Harbour plan approved"),
              "og:site_name", List.of("The Coastal Herald")),
          "text/html",
          false);

  // Finds nothing itself, so every entity comes from the names the metadata makes known.
  private final ArticleEnricher enricher =
      new ArticleEnricher(text -> List.of(), new EntityFolder(AliasTable.builtIn()));

  @Test
  void looksForEveryFieldWhenNoneIsGiven() {
    Article article = enricher.enrich("id", "story.html", "hash", STORY);

    assertThat(article.title()).isEqualTo("Harbour plan approved");
    assertThat(article.authors()).containsExactly("Carl Otto");
    assertThat(article.publisher()).isEqualTo("The Coastal Herald");
    assertThat(article.provenance()).doesNotContainValue("sidecar");
  }

  @Test
  void takesTheGivenFieldsAndLooksForTheOthers() {
    GivenMetadata given =
        new GivenMetadata(
            "sidecar", null, List.of("Ana Ruiz"), PublicationDate.parseIso("2019-03"), null);

    Article article = enricher.enrich("id", "story.html", "hash", STORY, given);

    assertThat(article.authors()).containsExactly("Ana Ruiz");
    assertThat(article.date().iso()).isEqualTo("2019-03");
    assertThat(article.title()).isEqualTo("Harbour plan approved");
    assertThat(article.publisher()).isEqualTo("The Coastal Herald");
    assertThat(article.provenance())
        .containsEntry("authors", "sidecar")
        .containsEntry("date", "sidecar");
    assertThat(article.provenance().get("title")).isNotEqualTo("sidecar");
    assertThat(article.provenance().get("publisher")).isNotEqualTo("sidecar");
  }

  @Test
  void theGivenAuthorIsAKnownNameForTheEntities() {
    GivenMetadata given = new GivenMetadata("sidecar", null, List.of("Ana Ruiz"), null, null);

    List<NamedEntity> entities =
        enricher.enrich("id", "story.html", "hash", STORY, given).entities();

    assertThat(entities)
        .extracting(NamedEntity::type, NamedEntity::name)
        .contains(Tuple.tuple(EntityType.PERSON, "Ana Ruiz"))
        .doesNotContain(Tuple.tuple(EntityType.PERSON, "Carl Otto"));
  }
}
