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
    assertThat(article.body()).contains(expected.words());
    assertThat(article.contentType()).isEqualTo(expected.format().mediaType());
    assertThat(article.id()).isEqualTo(ArticlePipeline.idFor(expected.fileName()));
    assertThat(article.contentHash()).hasSize(64);
  }
}
