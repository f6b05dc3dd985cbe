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
  void removesWelcomeBannersFollowLinesAndCommentForms() {
    String text =
        String.join(
            "\n",
            "| Welcome to Harbour Daily",
            "First paragraph of the article.",
            "Follow  on twitter; @janedoe and on facebook at  Jane Doe",
            "If you want to submit your articles, please check the Submissions page.",
            "Your email address will not be published. Required fields are marked *",
            "Sorry no post found in Ports & Ferries Category");
    assertThat(BoilerplateFilter.clean(text)).isEqualTo("First paragraph of the article.");
  }

  @Test
  void keepsSentencesThatMerelyMentionTheWords() {
    String text =
        String.join(
            "\n",
            "Readers who subscribe to the paper read more than others, the survey says.",
            "Welcome to the new normal, said the mayor.",
            "Follow the money: Twitter and Facebook sold ads to both campaigns.");
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
