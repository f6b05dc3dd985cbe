package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.articlesearch.article.Article;
import org.articlesearch.extract.FormatFixtures;
import org.articlesearch.extract.FormatFixtures.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every supported format through the whole pipeline: Tika, metadata rules, real NER. */
class ArticlePipelineIT {
  @TempDir static Path dir;
  static ArticlePipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = ArticlePipeline.withDefaults();
  }

  @AfterAll
  static void tearDown() {
    pipeline.close();
  }

  /** Writes the fixtures into the class's temporary folder, which exists before this runs. */
  static List<Fixture> fixtures() throws Exception {
    return FormatFixtures.writeAll(dir);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("fixtures")
  void findsTitleAuthorAndDateInEveryFormat(Fixture expected) throws Exception {
    Article article = pipeline.process(expected.path(dir), expected.fileName());
    assertThat(article.title()).as("title").isEqualTo(expected.title());
    assertThat(article.authors()).as("authors").containsExactly(expected.author());
    assertThat(article.date()).as("date").isNotNull();
    assertThat(article.date().date()).as("date").isEqualTo(expected.date());
    // The headline and byline lines are the title's and the author's: the body leaves them out.
    assertThat(article.body())
        .contains(
            expected.words().stream()
                .filter(w -> !expected.author().contains(w) && !expected.title().contains(w))
                .toList());
    assertThat(article.contentType()).isEqualTo(expected.format().mediaType());
    assertThat(article.id()).isEqualTo(ArticlePipeline.idFor(expected.fileName()));
    assertThat(article.contentHash()).hasSize(64);
  }

  @org.junit.jupiter.api.Test
  void aNonEnglishArticleIsIndexedWithItsLanguageAndWithoutEnglishOnlySteps() throws Exception {
    Path french =
        java.nio.file.Files.writeString(
            dir.resolve("conseil.txt"),
            "Le conseil municipal approuve le plan du port\n\nPar Claire Dubois\n\n"
                + "Le conseil municipal de Marseille a approuvé mardi soir le plan de modernisation du port, "
                + "après un long débat avec les syndicats des dockers et l'association des riverains.");
    Article article = pipeline.process(french, "conseil.txt");
    assertThat(article.language()).isEqualTo("fr");
    assertThat(article.entities()).isEmpty();
    assertThat(article.title()).isEqualTo("Le conseil municipal approuve le plan du port");
    assertThat(article.body()).contains("Marseille");

    Path english =
        java.nio.file.Files.writeString(
            dir.resolve("council.txt"),
            "Council approves harbour plan\n\nThe city council of Marseille approved the harbour plan on Tuesday.");
    Article englishArticle = pipeline.process(english, "council.txt");
    assertThat(englishArticle.language()).isEqualTo("en");
    assertThat(englishArticle.entities()).extracting(e -> e.name()).contains("Marseille");
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("fixtures")
  void theHashOfAReadFileIsTheHashAnIncrementalRunCompares(Fixture fixture) throws Exception {
    Path file = dir.resolve(fixture.fileName());
    String read = pipeline.extract(file, fixture.fileName()).contentHash();
    assertThat(read).isEqualTo(ArticlePipeline.contentHash(file));
  }

  @org.junit.jupiter.api.Test
  void aSidecarIsReadOnceAndCountsInTheHash() throws Exception {
    Path file =
        java.nio.file.Files.writeString(
            dir.resolve("ferry.txt"), "Ferry timetable changes\n\nThe ferry will sail at noon.");
    String bare = pipeline.extract(file, "ferry.txt").contentHash();
    java.nio.file.Files.writeString(dir.resolve("ferry.meta.json"), "{\"title\": \"New times\"}");
    ArticlePipeline.Extracted withSidecar = pipeline.extract(file, "ferry.txt");
    assertThat(withSidecar.contentHash())
        .isNotEqualTo(bare)
        .isEqualTo(ArticlePipeline.contentHash(file));
    assertThat(pipeline.enrich(withSidecar).title()).isEqualTo("New times");
  }
}
