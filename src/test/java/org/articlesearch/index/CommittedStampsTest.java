package org.articlesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.index.ArticleIndexWriter.Committed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stamps file a commit leaves beside the index answers for the committed articles exactly as
 * the index's doc values do, and is ignored whenever it may not describe the last commit.
 */
class CommittedStampsTest {
  @TempDir Path dir;

  private static Article article(String id, String hash) {
    return new Article(
        id,
        id + ".txt",
        "Title " + id,
        List.of(),
        null,
        null,
        "Body of " + id,
        List.of(),
        "text/plain",
        hash,
        Map.of(),
        "en",
        null);
  }

  private Map<String, Committed> committed() throws Exception {
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.update(dir)) {
      return writer.committed();
    }
  }

  /** What the doc values say: the same, read with the stamps file out of the way. */
  private Map<String, Committed> committedFromIndex() throws Exception {
    Path file = dir.resolve(CommittedStamps.FILE);
    Path aside = dir.resolveSibling("stamps-aside");
    Files.move(file, aside);
    try {
      return committed();
    } finally {
      Files.move(aside, file);
    }
  }

  @Test
  void afterARebuildAndAfterChangesTheFileAgreesWithTheIndex() throws Exception {
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(dir)) {
      writer.add(article("a", "h1"), List.of(), "10:1");
      writer.add(article("b", "h2"), List.of(), "20:2");
      writer.add(article("c", "h3"), List.of(), "30:3");
      writer.commit();
    }
    assertThat(Files.exists(dir.resolve(CommittedStamps.FILE))).isTrue();
    assertThat(committed())
        .isEqualTo(committedFromIndex())
        .containsEntry("b", new Committed("b.txt", "h2", "20:2"))
        .hasSize(3);

    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.update(dir)) {
      writer.committed();
      writer.add(article("b", "h2b"), List.of(), "21:2");
      writer.restamp("a", "11:1");
      writer.delete("c");
      writer.add(article("d", "h4"), List.of(), "40:4");
      writer.commit();
    }
    assertThat(committed())
        .isEqualTo(committedFromIndex())
        .isEqualTo(
            Map.of(
                "a", new Committed("a.txt", "h1", "11:1"),
                "b", new Committed("b.txt", "h2b", "21:2"),
                "d", new Committed("d.txt", "h4", "40:4")));
  }

  @Test
  void aFileOfAnotherCommitOrADamagedOneIsNotUsed() throws Exception {
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(dir)) {
      writer.add(article("a", "h1"), List.of(), "10:1");
      writer.commit();
    }
    Path file = dir.resolve(CommittedStamps.FILE);
    byte[] first = Files.readAllBytes(file);
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.update(dir)) {
      writer.committed();
      writer.add(article("b", "h2"), List.of(), "20:2");
      writer.commit();
    }
    byte[] current = Files.readAllBytes(file);
    // A torn or damaged file: its checksum fails, and the index answers.
    String asText = new String(current, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = asText.indexOf("20:2");
    assertThat(at).isPositive();
    byte[] damaged = current.clone();
    damaged[at + 1] = '9';
    Files.write(file, damaged);
    assertThat(committed().get("b")).isEqualTo(new Committed("b.txt", "h2", "20:2"));

    // As if the program died between the second commit and the file's writing.
    Files.write(file, first);
    assertThat(committed()).containsOnlyKeys("a", "b");
  }

  @Test
  void aWriterThatChangedTheIndexBeforeReadingItLeavesNoFile() throws Exception {
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(dir)) {
      writer.add(article("a", "h1"), List.of(), "10:1");
      writer.commit();
    }
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.update(dir)) {
      writer.add(article("b", "h2"), List.of(), "20:2");
      writer.commit();
    }
    assertThat(Files.exists(dir.resolve(CommittedStamps.FILE))).isFalse();
    assertThat(committed()).containsOnlyKeys("a", "b");
  }
}
