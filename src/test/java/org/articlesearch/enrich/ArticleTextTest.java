package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.articlesearch.extract.ExtractedText;
import org.junit.jupiter.api.Test;

class ArticleTextTest {
  @Test
  void mentionsAnyFindsAWordInAnyCaseAnywhereInTheLine() {
    ArticleText text =
        new ArticleText(
            new ExtractedText(
                "PUBLISHED IN The Times\nFirst Published In\nFollow her on Twitter\nPublishe\n"
                    + "unposted items",
                Map.of(),
                "text/plain",
                false));
    assertThat(text.lines()).hasSize(5);
    assertThat(text.mentionsAny(text.lines().get(0), "published in")).isTrue();
    assertThat(text.mentionsAny(text.lines().get(1), "published in")).isTrue();
    assertThat(text.mentionsAny(text.lines().get(2), "tweets", "twitter")).isTrue();
    assertThat(text.mentionsAny(text.lines().get(3), "published")).isFalse();
    assertThat(text.mentionsAny(text.lines().get(4), "updated", "views")).isFalse();
    assertThat(text.mentionsAny("", "posted")).isFalse();
    // Asked again, from the lower-cased copy.
    assertThat(text.mentionsAny(text.lines().get(0), "the times")).isTrue();
  }
}
