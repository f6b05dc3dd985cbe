package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.article.EntityType;
import org.junit.jupiter.api.Test;

class UnexplainedNamesTest {
  private static List<String> windows(String text, List<EntityMention> known) {
    return new UnexplainedNames(text)
        .windows(0, text.length(), known).stream()
            .map(w -> text.substring(w.start(), w.end()))
            .toList();
  }

  @Test
  void opensAWindowAroundACapitalisedWordTheFirstModelLeftUnexplained() {
    String text = "The temple was dedicated to the worship of Zeus and the twelve gods of Olympus.";
    assertThat(windows(text, List.of(at(text, "Olympus", EntityType.LOCATION))))
        .containsExactly("to the worship of Zeus and the twelve gods");
  }

  @Test
  void skipsKnownMentionsAndOrdinaryWordsWrittenWithACapital() {
    String text =
        "Turnout rose as voters chose Regina Ip. Voters said the turnout was high, and the"
            + " Government said the government would act.";
    assertThat(windows(text, List.of(at(text, "Regina Ip", EntityType.PERSON)))).isEmpty();
  }

  @Test
  void joinsUnexplainedWordsCloseTogetherIntoOneWindow() {
    String text = "a list of DAB and FTU members";
    assertThat(windows(text, List.of())).containsExactly("a list of DAB and FTU members");
  }

  @Test
  void acceptsASecondOpinionOnAnUnexplainedWordOnly() {
    String text =
        "Elizabeth Quat of DAB was elected, said Regina Ip. Turnout rose, as turnout does.";
    List<EntityMention> known = List.of(at(text, "Regina Ip", EntityType.PERSON));
    UnexplainedNames names = new UnexplainedNames(text);
    names.windows(0, text.length(), known);
    assertThat(names.accepts(at(text, "DAB", EntityType.ORGANIZATION), known)).isTrue();
    assertThat(names.accepts(at(text, "Turnout", EntityType.PERSON), known)).isFalse();
    assertThat(names.accepts(at(text, "Ip", EntityType.PERSON), known)).isFalse();
  }

  @Test
  void refusesHalfACompoundAQuotationAndAHeading() {
    String text =
        "An Overview of the Relationship Between Pakistan and Russia\n"
            + "New concerns came with Pak-Russia ties and the “Eurasian Union Integration” plan.";
    UnexplainedNames names = new UnexplainedNames(text);
    names.windows(0, text.length(), List.of());
    assertThat(names.accepts(at(text, "Pak", EntityType.LOCATION), List.of())).isFalse();
    assertThat(
            names.accepts(
                at(text, "Eurasian Union Integration", EntityType.ORGANIZATION), List.of()))
        .isFalse();
    assertThat(
            names.accepts(
                at(text, "Relationship Between Pakistan", EntityType.LOCATION), List.of()))
        .isFalse();
  }

  @Test
  void tellsTitleCaseHeadingsFromSentencesAndCaptions() {
    assertThat(UnexplainedNames.isHeading("Russia and Pakistan: an Era of Détente", 10)).isTrue();
    assertThat(UnexplainedNames.isHeading("Belle Image: Nick Moreau.", 0)).isFalse();
    assertThat(UnexplainedNames.isHeading("New faces emerge as politicians step down", 0))
        .isFalse();
  }
}
