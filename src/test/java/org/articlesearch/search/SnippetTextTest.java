package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTextTest {
  @Test
  void marksAndEscapesAreTakenOff() {
    assertThat(
            SnippetText.plain(
                "The <mark>Soviet</mark> &amp; the &#x27;West&#x27; &lt;b&gt; a&#47;b &#233;t&#xE9;"))
        .isEqualTo("The Soviet & the 'West' <b> a/b été");
  }

  @Test
  void plainTextStaysAsItIs() {
    assertThat(SnippetText.plain("No marks here; 5 & 6 stay."))
        .isEqualTo("No marks here; 5 & 6 stay.");
  }
}
