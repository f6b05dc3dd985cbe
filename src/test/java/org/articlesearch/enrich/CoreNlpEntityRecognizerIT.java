package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real CoreNLP models: the first model's finds and the second opinion on what it missed. */
class CoreNlpEntityRecognizerIT {
  private static CoreNlpEntityRecognizer recognizer;

  @BeforeAll
  static void loadModels() {
    recognizer = CoreNlpEntityRecognizer.load();
  }

  private static List<String> found(String text) {
    return recognizer.recognize(text).stream().map(m -> m.type() + ":" + m.text()).toList();
  }

  @Test
  void theSecondModelFindsTheGodsTheFirstMisses() {
    String text =
        "The temple in Athens was built for Athena, Hera, Zeus, Poseidon, and Aphrodite, the"
            + " archaeologists said.";
    assertThat(found(text))
        .contains("LOCATION:Athens", "PERSON:Zeus", "PERSON:Poseidon", "PERSON:Aphrodite");
  }

  @Test
  void mentionsComeInTextOrderWithOffsetsIntoTheText() {
    String text = "Zeus was honoured.\nPresident Barack Obama met Zeus in Washington.";
    var mentions = recognizer.recognize(text);
    assertThat(mentions).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    mentions.forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(found(text)).contains("PERSON:Barack Obama", "LOCATION:Washington");
  }

  @Test
  void halfOfAHyphenatedCompoundIsNoName() {
    String text = "With new developments in Pak-Russia relations come new concerns.";
    assertThat(found(text)).noneMatch(m -> m.endsWith(":Pak"));
  }
}
