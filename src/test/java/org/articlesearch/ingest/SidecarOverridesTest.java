package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.articlesearch.article.DatePrecision;
import org.articlesearch.enrich.GivenMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarOverridesTest {
  @TempDir Path dir;

  private Path article() throws Exception {
    return Files.writeString(dir.resolve("story.html"), "<p>text</p>", StandardCharsets.UTF_8);
  }

  @Test
  void givesTheFieldsItSetsAndSaysWhereTheyCameFrom() throws Exception {
    Path file = article();
    Files.writeString(
        dir.resolve("story.html.meta.json"),
        "{\"authors\": [\"Ana Ruiz\", \"Bo Chen\"], \"date\": \"2019-03\"}");

    GivenMetadata given = SidecarOverrides.find(file).orElseThrow().asGiven();

    assertThat(given.authors()).containsExactly("Ana Ruiz", "Bo Chen");
    assertThat(given.date().iso()).isEqualTo("2019-03");
    assertThat(given.date().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(given.title()).isNull();
    assertThat(given.publisher()).isNull();
    assertThat(given.source()).isEqualTo("override");
  }

  @Test
  void acceptsTheNameWithoutTheArticlesExtension() throws Exception {
    Path file = article();
    Files.writeString(
        dir.resolve("story.meta.json"),
        "{\"title\": \"Right Title\", \"publisher\": \"Right Press\"}");

    GivenMetadata given = SidecarOverrides.find(file).orElseThrow().asGiven();

    assertThat(given.title()).isEqualTo("Right Title");
    assertThat(given.publisher()).isEqualTo("Right Press");
  }

  @Test
  void aFileWithoutASidecarHasNoOverrides() throws Exception {
    assertThat(SidecarOverrides.find(article())).isEmpty();
  }

  @Test
  void malformedJsonIsRejectedWithTheFileNameAndTheProblem() throws Exception {
    Path file = article();
    Files.writeString(dir.resolve("story.html.meta.json"), "{\"title\": ");

    assertThatThrownBy(() -> SidecarOverrides.find(file))
        .isInstanceOf(SidecarOverrides.InvalidSidecarException.class)
        .hasMessageStartingWith("story.html.meta.json: not valid JSON");
  }

  @Test
  void anUnknownFieldIsRejectedRatherThanIgnored() throws Exception {
    Path file = article();
    Files.writeString(dir.resolve("story.html.meta.json"), "{\"author\": \"Ana Ruiz\"}");

    assertThatThrownBy(() -> SidecarOverrides.find(file))
        .hasMessageContaining("unknown field \"author\"");
  }

  @Test
  void aDateThatIsNotIsoIsRejected() throws Exception {
    Path file = article();
    Files.writeString(dir.resolve("story.html.meta.json"), "{\"date\": \"March 2019\"}");

    assertThatThrownBy(() -> SidecarOverrides.find(file))
        .hasMessageContaining("\"date\" must be YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void anImpossibleCalendarDateIsRejected() throws Exception {
    Path file = article();
    Files.writeString(dir.resolve("story.html.meta.json"), "{\"date\": \"2019-02-30\"}");

    assertThatThrownBy(() -> SidecarOverrides.find(file))
        .hasMessageContaining("not a calendar date");
  }

  @Test
  void authorsMustBeNames() throws Exception {
    Path file = article();
    Files.writeString(dir.resolve("story.html.meta.json"), "{\"authors\": [1, 2]}");

    assertThatThrownBy(() -> SidecarOverrides.find(file))
        .hasMessageContaining("\"authors\" must be an array of names");
  }
}
