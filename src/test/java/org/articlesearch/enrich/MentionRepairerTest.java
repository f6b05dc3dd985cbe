package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.article.EntityType;
import org.junit.jupiter.api.Test;

class MentionRepairerTest {
  @Test
  void extendsAnOrganisationCutAtAHyphen() {
    String text = "the China-Pakistan Economic Corridor is a project";
    var repaired =
        MentionRepairer.repair(
            text,
            List.of(
                at(text, "China", EntityType.LOCATION),
                at(text, "Pakistan Economic Corridor", EntityType.ORGANIZATION)));
    assertThat(repaired)
        .extracting(EntityMention::text)
        .containsExactly("China-Pakistan Economic Corridor");
  }

  @Test
  void keepsTwoPlacesJoinedByAHyphenApart() {
    String text = "The Islamabad-Moscow ties grew.";
    var repaired =
        MentionRepairer.repair(
            text,
            List.of(
                at(text, "Islamabad", EntityType.LOCATION),
                at(text, "Moscow", EntityType.LOCATION)));
    assertThat(repaired).extracting(EntityMention::text).containsExactly("Islamabad", "Moscow");
  }

  @Test
  void extendsAnOrganisationCutAtAnd() {
    String text = "the Oil and Gas Development Company signed";
    var repaired =
        MentionRepairer.repair(
            text, List.of(at(text, "Gas Development Company", EntityType.ORGANIZATION)));
    assertThat(repaired)
        .extracting(EntityMention::text)
        .containsExactly("Oil and Gas Development Company");
  }

  @Test
  void dropsDescriptionsEndingInLowerCaseWords() {
    String text = "across the South Asian region today";
    assertThat(
            MentionRepairer.repair(
                text, List.of(at(text, "South Asian region", EntityType.LOCATION))))
        .isEmpty();
  }

  /** Repairs the mentions of the phrases, given as alternating phrase and type. */
  private static List<String> repaired(String text, Object... phraseAndType) {
    List<EntityMention> mentions = new java.util.ArrayList<>();
    for (int i = 0; i < phraseAndType.length; i += 2) {
      mentions.add(at(text, (String) phraseAndType[i], (EntityType) phraseAndType[i + 1]));
    }
    return MentionRepairer.repair(text, mentions).stream()
        .map(m -> m.type() + ":" + m.text())
        .toList();
  }

  @Test
  void joinsANameCutAtANumberInsideIt() {
    String text = "deputies of Movimento 5 Stelle (M5S) voted, and 5 Italians left";
    assertThat(repaired(text, "Movimento", EntityType.ORGANIZATION, "Stelle", EntityType.PERSON))
        .containsExactly("ORGANIZATION:Movimento 5 Stelle");
  }

  @Test
  void keepsNamesApartAcrossANumberAndMoreText() {
    String text = "Sweden won 1 - 0 against Korea";
    assertThat(repaired(text, "Sweden", EntityType.LOCATION, "Korea", EntityType.LOCATION))
        .containsExactly("LOCATION:Sweden", "LOCATION:Korea");
  }

  @Test
  void dropsTheNameOfAProductAfterItsModelCode() {
    String text = "The navy retired its SH-3 Sea King helicopters and bought from Westland.";
    var repaired =
        MentionRepairer.repair(
            text,
            List.of(
                at(text, "Sea King", EntityType.ORGANIZATION),
                at(text, "Westland", EntityType.ORGANIZATION)));
    assertThat(repaired).extracting(EntityMention::text).containsExactly("Westland");
  }

  @Test
  void dropsATitleFollowedByItsYearButNotAPlace() {
    String text = "Her novel Winter Orchards (1931) was written in Vienna (1930) for Anna Berg.";
    var repaired =
        MentionRepairer.repair(
            text,
            List.of(
                at(text, "Winter Orchards", EntityType.PERSON),
                at(text, "Vienna", EntityType.LOCATION),
                at(text, "Anna Berg", EntityType.PERSON)));
    assertThat(repaired).extracting(EntityMention::text).containsExactly("Vienna", "Anna Berg");
  }

  @Test
  void splitsNamesRunTogetherAcrossSpacedDashesButKeepsHyphenatedNames() {
    String text = "Stops: Arden - Bellwood - Corvale, then Saint-Ours.";
    var repaired =
        MentionRepairer.repair(
            text,
            List.of(
                at(text, "Arden - Bellwood - Corvale", EntityType.ORGANIZATION),
                at(text, "Saint-Ours", EntityType.LOCATION)));
    assertThat(repaired)
        .extracting(m -> m.text() + "@" + m.start())
        .containsExactly("Arden@7", "Bellwood@15", "Corvale@26", "Saint-Ours@40");
  }

  @Test
  void dropsTheNameOfALicenceAnAwardACultureOrASystemButKeepsTheBodyThatGivesIt() {
    String text =
        "Code is under the Tarnix license, runs the KLM system, studies the Orvo culture; she won"
            + " a Velo award from the Velo Guild.";
    var repaired =
        MentionRepairer.repair(
            text,
            List.of(
                at(text, "Tarnix", EntityType.ORGANIZATION),
                at(text, "KLM", EntityType.ORGANIZATION),
                at(text, "Orvo", EntityType.LOCATION),
                at(text, "Velo", EntityType.ORGANIZATION),
                at(text, "Velo Guild", EntityType.ORGANIZATION)));
    assertThat(repaired).extracting(EntityMention::text).containsExactly("Velo Guild");
  }

  @Test
  void dropsTheLabelOfACodeInBracketsButKeepsTheCode() {
    String text = "Fly into Dorve Field (ICAO: DRVF) from the north.";
    var repaired =
        MentionRepairer.repair(
            text,
            List.of(
                at(text, "Dorve Field", EntityType.LOCATION),
                at(text, "ICAO", EntityType.ORGANIZATION),
                at(text, "DRVF", EntityType.ORGANIZATION)));
    assertThat(repaired).extracting(EntityMention::text).containsExactly("Dorve Field", "DRVF");
  }

  @Test
  void joinsTwoNamesThatShareAPluralHeadWord() {
    String text = "Farms line the Orla and Tesk Rivers of the plain.";
    var repaired =
        MentionRepairer.repair(
            text,
            List.of(
                at(text, "Orla", EntityType.LOCATION),
                at(text, "Tesk Rivers", EntityType.ORGANIZATION)));
    assertThat(repaired).extracting(EntityMention::text).containsExactly("Orla and Tesk Rivers");
  }
}
