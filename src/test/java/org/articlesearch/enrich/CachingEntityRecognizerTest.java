package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.articlesearch.article.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingEntityRecognizerTest {
  @TempDir Path dir;

  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  private EntityRecognizer fake() {
    loads.incrementAndGet();
    return text -> {
      calls.incrementAndGet();
      int at = text.indexOf("Oslo");
      return at < 0
          ? List.of()
          : List.of(new EntityMention("Oslo", EntityType.LOCATION, at, at + 4));
    };
  }

  @Test
  void recognizesEachTextOnceAndLoadsTheModelOnlyWhenNeeded() {
    String text = "A ferry left Oslo at dawn.";
    List<EntityMention> first = new CachingEntityRecognizer(dir, "m1", this::fake).recognize(text);
    CachingEntityRecognizer second = new CachingEntityRecognizer(dir, "m1", this::fake);
    assertThat(second.recognize(text))
        .isEqualTo(first)
        .extracting(EntityMention::text)
        .containsExactly("Oslo");
    assertThat(calls).hasValue(1);
    assertThat(loads).hasValue(1);
  }

  @Test
  void anotherModelOrTextIsRecognizedAfresh() {
    new CachingEntityRecognizer(dir, "m1", this::fake).recognize("Oslo");
    new CachingEntityRecognizer(dir, "m2", this::fake).recognize("Oslo");
    new CachingEntityRecognizer(dir, "m1", this::fake).recognize("Oslo!");
    assertThat(calls).hasValue(3);
  }

  @Test
  void aDamagedEntryIsRecomputed() throws Exception {
    new CachingEntityRecognizer(dir, "m1", this::fake).recognize("Oslo");
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, "garbage\n");
      }
    }
    assertThat(new CachingEntityRecognizer(dir, "m1", this::fake).recognize("Oslo")).hasSize(1);
    assertThat(calls).hasValue(2);
  }
}
