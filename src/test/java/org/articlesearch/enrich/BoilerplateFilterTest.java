package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
  @Test
  void removesTeasersBannersAndCounters() {
    String text =
        String.join(
            "\n",
            "Headline",
            "First paragraph of the article.",
            "Read more: Another story entirely",
            "Subscription banner youtube",
            "About the Author(s)",
            "+ posts",
            "Second paragraph.",
            "(Visited 3,644 times, 1 visits today)",
            "Leave a Reply",
            "Related Posts");
    assertThat(BoilerplateFilter.clean(text))
        .isEqualTo("Headline\nFirst paragraph of the article.\nSecond paragraph.");
  }

  @Test
  void keepsSentencesThatMerelyMentionTheWords() {
    String text = "Readers who subscribe to the paper read more than others, the survey says.";
    assertThat(BoilerplateFilter.clean(text)).isEqualTo(text);
  }

  @Test
  void blankLinesCollapseToOneAndTheTextIsStripped() {
    assertThat(
            BoilerplateFilter.clean("\n\nOne\n\n\n\nTwo\r\n\r\n\r\nRead more here\n\n\nThree\n\n"))
        .isEqualTo("One\n\nTwo\n\nThree");
    assertThat(BoilerplateFilter.clean("One\n  \n\n\nTwo")).isEqualTo("One\n  \n\nTwo");
  }
}
