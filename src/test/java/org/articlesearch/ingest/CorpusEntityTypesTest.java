package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.enrich.ArticleEnricher;
import org.articlesearch.enrich.EntityFolder;
import org.articlesearch.enrich.EntityMention;
import org.articlesearch.enrich.EntityRecognizer;
import org.articlesearch.extract.TikaTextExtractor;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusEntityTypesTest {
  @TempDir Path tmp;

  private static final String AS_BODY =
      "The Kremlin spokesman said that there was no time for talks with the press this week.\n";
  private static final String AS_PLACE =
      "The tourists walked around the Kremlin and then went to the river for the evening.\n";

  /** Tags every "Kremlin" as the organisation in a text about its spokesman, else as a place. */
  private static final EntityRecognizer RECOGNIZER =
      text -> {
        EntityType type =
            text.contains("spokesman") ? EntityType.ORGANIZATION : EntityType.LOCATION;
        List<EntityMention> found = new ArrayList<>();
        Matcher m = Pattern.compile("Kremlin").matcher(text);
        while (m.find()) {
          found.add(new EntityMention(m.group(), type, m.start(), m.end()));
        }
        return found;
      };

  private static void index(Path corpus, Path index, boolean incremental) throws Exception {
    try (ArticlePipeline pipeline =
            new ArticlePipeline(
                new TikaTextExtractor(),
                new ArticleEnricher(RECOGNIZER, EntityFolder.withDefaults()));
        LuceneArticleIndexWriter writer =
            incremental
                ? LuceneArticleIndexWriter.update(index)
                : LuceneArticleIndexWriter.rebuild(index)) {
      new CorpusIndexer(pipeline, 2).index(corpus, writer, incremental, Map.of(), outcome -> {});
    }
  }

  private static List<NamedEntity> entitiesOf(Path index, String file) throws Exception {
    try (LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.update(index)) {
      return writer.find(ArticlePipeline.idFor(file)).orElseThrow().article().entities();
    }
  }

  private static EntityType kremlinIn(Path index, String file) throws Exception {
    return entitiesOf(index, file).stream()
        .filter(e -> e.name().equals("Kremlin"))
        .findFirst()
        .orElseThrow()
        .type();
  }

  @Test
  void aNameHasTheTypeOfMostOfItsMentionsInEveryArticle() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), AS_BODY);
    Files.writeString(corpus.resolve("b.txt"), AS_PLACE);
    Files.writeString(corpus.resolve("c.txt"), AS_PLACE);
    Path index = tmp.resolve("index");
    index(corpus, index, false);
    assertThat(kremlinIn(index, "a.txt")).isEqualTo(EntityType.LOCATION);
    assertThat(kremlinIn(index, "b.txt")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void anUnchangedArticleTakesTheNewMajorityWhenTheOldOneIsRemoved() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), AS_BODY);
    Files.writeString(corpus.resolve("b.txt"), AS_PLACE);
    Files.writeString(corpus.resolve("c.txt"), AS_PLACE);
    Path incremental = tmp.resolve("incremental");
    index(corpus, incremental, true);
    assertThat(kremlinIn(incremental, "a.txt")).isEqualTo(EntityType.LOCATION);

    Files.delete(corpus.resolve("b.txt"));
    Files.delete(corpus.resolve("c.txt"));
    Files.writeString(corpus.resolve("d.txt"), AS_BODY.replace("this week", "today"));
    index(corpus, incremental, true);
    Path full = tmp.resolve("full");
    index(corpus, full, false);

    assertThat(kremlinIn(incremental, "a.txt")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entitiesOf(incremental, "a.txt")).isEqualTo(entitiesOf(full, "a.txt"));
    assertThat(entitiesOf(incremental, "d.txt")).isEqualTo(entitiesOf(full, "d.txt"));
  }
}
