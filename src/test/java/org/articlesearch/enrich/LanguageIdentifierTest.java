package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same news paragraph in twenty languages, and English of several kinds: the common-word test
 * settles the English ones alone and leaves every other language to the statistical detector.
 */
class LanguageIdentifierTest {
  private static final String[] OTHER_LANGUAGES = {
    "af", "cs", "da", "de", "es", "fi", "fr", "hu", "id", "it", "nl", "no", "pl", "pt", "ro", "sv",
    "sw", "tl", "tr"
  };

  static Stream<String> otherLanguages() {
    return Stream.of(OTHER_LANGUAGES);
  }

  static Stream<String> englishTexts() {
    return Stream.of("en-news", "en-shouting", "en-speech", "en-with-names");
  }

  @ParameterizedTest
  @MethodSource("otherLanguages")
  void anotherLanguageIsLeftToTheDetectorWhichNamesIt(String language) throws IOException {
    String text = paragraph(language);
    assertThat(EnglishEvidence.isPlainlyEnglish(text)).isFalse();
    assertThat(LanguageIdentifier.shared().identify(text)).isEqualTo(language);
  }

  @ParameterizedTest
  @MethodSource("englishTexts")
  void plainEnglishIsSettledByItsCommonWords(String name) throws IOException {
    String text = paragraph(name);
    assertThat(EnglishEvidence.isPlainlyEnglish(text)).isTrue();
    assertThat(LanguageIdentifier.shared().identify(text)).isEqualTo("en");
  }

  @Test
  void aFrenchArticleQuotingEnglishIsFrench() throws IOException {
    String text = paragraph("fr-quoting-en");
    assertThat(EnglishEvidence.isPlainlyEnglish(text)).isFalse();
    assertThat(LanguageIdentifier.shared().identify(text)).isEqualTo("fr");
  }

  @Test
  void tooFewWordsOrNoProseAreLeftToTheDetector() {
    assertThat(EnglishEvidence.isPlainlyEnglish("God bless America.")).isFalse();
    assertThat(EnglishEvidence.isPlainlyEnglish("")).isFalse();
    assertThat(
            EnglishEvidence.isPlainlyEnglish(
                "Menu Home News Sport Weather Business Technology Science Health Culture Travel"
                    + " Contact Login Register Search Archive Newsletter Podcasts"))
        .isFalse();
  }

  @Test
  void englishWordsInAnotherAlphabetDoNotMakeItEnglish() {
    String russian =
        "Городской совет во вторник вечером утвердил новый план общественного транспорта."
            + " The plan was approved. По словам мэра, работы начнутся весной и продлятся два года,"
            + " а жители северного района давно ждут трамвайную линию.";
    assertThat(EnglishEvidence.isPlainlyEnglish(russian)).isFalse();
  }

  private static String paragraph(String name) throws IOException {
    try (InputStream in =
        LanguageIdentifierTest.class.getResourceAsStream("languages/" + name + ".txt")) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
