package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.articlesearch.enrich.EnglishEvidence.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same news paragraph in twenty languages, and English of several kinds: the common-word test
 * settles the English ones alone and leaves every other language to the statistical detector; a few
 * words that show no language are left unknown.
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
    assertThat(EnglishEvidence.judge(text)).isEqualTo(Verdict.UNDECIDED);
    assertThat(LanguageIdentifier.shared().identify(text)).isEqualTo(language);
  }

  @ParameterizedTest
  @MethodSource("englishTexts")
  void plainEnglishIsSettledByItsCommonWords(String name) throws IOException {
    String text = paragraph(name);
    assertThat(EnglishEvidence.judge(text)).isEqualTo(Verdict.ENGLISH);
    assertThat(LanguageIdentifier.shared().identify(text)).isEqualTo("en");
  }

  @Test
  void aFrenchArticleQuotingEnglishIsFrench() throws IOException {
    String text = paragraph("fr-quoting-en");
    assertThat(EnglishEvidence.judge(text)).isEqualTo(Verdict.UNDECIDED);
    assertThat(LanguageIdentifier.shared().identify(text)).isEqualTo("fr");
  }

  @Test
  void aFewWordsWithEnglishOnesAreEnglish() {
    assertThat(LanguageIdentifier.shared().identify("Thank you.")).isEqualTo("en");
    assertThat(LanguageIdentifier.shared().identify("Thank you, and God bless you."))
        .isEqualTo("en");
    assertThat(
            LanguageIdentifier.shared()
                .identify("The right road is the road of justice and orderly process."))
        .isEqualTo("en");
  }

  @Test
  void aFewWordsThatShowNoLanguageAreUnknown() {
    assertThat(EnglishEvidence.judge("God bless America.")).isEqualTo(Verdict.TOO_SHORT);
    assertThat(LanguageIdentifier.shared().identify("God bless America.")).isNull();
    assertThat(LanguageIdentifier.shared().identify("")).isNull();
    assertThat(LanguageIdentifier.shared().identify("1,234 5,678")).isNull();
  }

  @Test
  void aFewWordsWithATraceOfAnotherLanguageAreLeftToTheDetector() {
    assertThat(EnglishEvidence.judge("Merci et au revoir")).isEqualTo(Verdict.UNDECIDED);
    assertThat(EnglishEvidence.judge("Grüße aus Köln")).isEqualTo(Verdict.UNDECIDED);
    assertThat(EnglishEvidence.judge("Городской совет")).isEqualTo(Verdict.UNDECIDED);
  }

  @Test
  void aListOfNamesIsNotEnglishByItsCommonWords() {
    assertThat(
            EnglishEvidence.judge(
                "Menu Home News Sport Weather Business Technology Science Health Culture Travel"
                    + " Contact Login Register Search Archive Newsletter Podcasts"))
        .isEqualTo(Verdict.UNDECIDED);
  }

  @Test
  void aTableOfDatesAndEventsIsEnglishByItsFewFunctionWords() {
    String table =
        "-Riots; attempt to invade the isthmus. March, 1866.-Failed revolution. April, 1867.-Attempt"
            + " to overthrow Government. August, 1867.-Attempt at revolution. July 5, 1868.-Revolt;"
            + " provisional government inaugurated. August 29, 1868.-Revolution; provisional"
            + " government overthrown. April, 1871.-Revolution; followed by counter revolution.";
    assertThat(EnglishEvidence.judge(table)).isEqualTo(Verdict.ENGLISH);
  }

  @Test
  void denseProseIsEnglishOverALongerStart() {
    String prose =
        "Budget committee members, ministers, governors, mayors, union leaders, business owners,"
            + " economists, farmers, teachers, nurses, veterans, students and retirees - workers"
            + " everywhere - Américo Müller, José Ñúñez, Zoë Økland, Jürgen Błaszczyk, Ångström"
            + " Ærø, Søren Öçal. "
            + "The plan that was put to the council on Tuesday was the third that the city has"
            + " seen this year, and it was the first that the members of the committee said they"
            + " would be able to support. It is not clear when the vote will be held, but the"
            + " mayor said that it would be in the spring, and that she was sure that it would"
            + " pass by a wide margin if the members were given the time to read it.";
    assertThat(prose.length()).isGreaterThan(400);
    assertThat(EnglishEvidence.judge(prose.substring(0, 400))).isEqualTo(Verdict.UNDECIDED);
    assertThat(EnglishEvidence.judge(prose)).isEqualTo(Verdict.ENGLISH);
  }

  @Test
  void englishWordsInAnotherAlphabetDoNotMakeItEnglish() {
    String russian =
        "Городской совет во вторник вечером утвердил новый план общественного транспорта."
            + " The plan was approved. По словам мэра, работы начнутся весной и продлятся два года,"
            + " а жители северного района давно ждут трамвайную линию.";
    assertThat(EnglishEvidence.judge(russian)).isEqualTo(Verdict.UNDECIDED);
  }

  private static String paragraph(String name) throws IOException {
    try (InputStream in =
        LanguageIdentifierTest.class.getResourceAsStream("languages/" + name + ".txt")) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
