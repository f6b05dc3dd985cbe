package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
  @Test
  void mentionsAnyFindsAWordInAnyCaseAnywhereInTheLine() {
    assertThat(ArticleText.mentionsAny("PUBLISHED IN The Times", "published in")).isTrue();
    assertThat(ArticleText.mentionsAny("First Published In", "published in")).isTrue();
    assertThat(ArticleText.mentionsAny("Follow her on Twitter", "tweets", "twitter")).isTrue();
    assertThat(ArticleText.mentionsAny("Publishe", "published")).isFalse();
    assertThat(ArticleText.mentionsAny("", "posted")).isFalse();
    assertThat(ArticleText.mentionsAny("unposted items", "updated", "views")).isFalse();
  }
}
