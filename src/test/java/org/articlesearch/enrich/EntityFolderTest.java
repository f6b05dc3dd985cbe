package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.at;
import static org.articlesearch.enrich.EnrichmentFixtures.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.junit.jupiter.api.Test;

class EntityFolderTest {
  private final EntityFolder folder = EntityFolder.withDefaults();

  @Test
  void keepsTwoWordPersonNamesOutsideHeadings() {
    String text =
        "Pro-Beijing candidates Raymond Wong and Wong Pik-wan were elected, and Wong Yeung-tat lost.";
    var folded =
        folder.fold(
            text,
            List.of(
                at(text, "Raymond Wong", EntityType.PERSON),
                at(text, "Wong Pik-wan", EntityType.PERSON),
                at(text, "Wong Yeung-tat", EntityType.PERSON)));
    assertThat(folded).hasSize(3);
  }

  @Test
  void prefersTheInstitutionNameOverAPlaceInsideItAndKeepsThePlaceAFacilityIsNamedAfter() {
    String text =
        "The match at the Volgograd Arena was delayed; the Greek Ministry of Culture objected.";
    var folded =
        folder.fold(
            text,
            List.of(
                at(text, "Volgograd", EntityType.LOCATION),
                at(text, "Greek", EntityType.ORGANIZATION)));
    assertThat(summary(folded))
        .containsExactlyInAnyOrder(
            "LOCATION:Volgograd Arena=1",
            "LOCATION:Volgograd=1",
            "ORGANIZATION:Greek Ministry of Culture=1");
  }

  private static List<String> summary(List<NamedEntity> entities) {
    return entities.stream().map(e -> e.type() + ":" + e.name() + "=" + e.count()).toList();
  }

  @Test
  void foldsCountryVariantsIntoOneName() {
    var folded =
        folder.fold(
            "",
            mentions(
                EntityType.LOCATION,
                "US",
                EntityType.LOCATION,
                "U.S.",
                EntityType.LOCATION,
                "USA",
                EntityType.LOCATION,
                "America",
                EntityType.LOCATION,
                "United States",
                EntityType.ORGANIZATION,
                "USSR"));
    assertThat(summary(folded))
        .containsExactly("LOCATION:United States=5", "LOCATION:Soviet Union=1");
  }

  @Test
  void foldsAnAcronymDefinedInTheText() {
    String text =
        "Pakistan joined the Joint Harbour Safety Board (JHSB) in 2011. The JHSB met twice.";
    var folded =
        folder.fold(
            text,
            mentions(
                EntityType.ORGANIZATION,
                "Joint Harbour Safety Board",
                EntityType.ORGANIZATION,
                "JHSB",
                EntityType.ORGANIZATION,
                "JHSB"));
    assertThat(summary(folded)).containsExactly("ORGANIZATION:Joint Harbour Safety Board=3");
  }

  @Test
  void foldsSpellingVariantsAndPossessives() {
    var folded =
        folder.fold(
            "",
            mentions(
                EntityType.ORGANIZATION,
                "Harbour Cooperation Organisation",
                EntityType.ORGANIZATION,
                "Harbour Cooperation Organization",
                EntityType.PERSON,
                "Vladimir Putin",
                EntityType.PERSON,
                "Putin’s"));
    assertThat(summary(folded))
        .containsExactly(
            "ORGANIZATION:Harbour Cooperation Organisation=2", "PERSON:Vladimir Putin=2");
  }

  @Test
  void foldsAPartialNameOnlyWhenOnePersonFits() {
    var folded =
        folder.fold(
            "",
            mentions(
                EntityType.PERSON,
                "Liaquat Ali Khan",
                EntityType.PERSON,
                "Khan",
                EntityType.PERSON,
                "President Musharraf"));
    assertThat(summary(folded)).containsExactly("PERSON:Liaquat Ali Khan=2", "PERSON:Musharraf=1");
    var ambiguous =
        folder.fold(
            "",
            mentions(
                EntityType.PERSON,
                "Imran Khan",
                EntityType.PERSON,
                "Liaquat Ali Khan",
                EntityType.PERSON,
                "Khan"));
    assertThat(summary(ambiguous)).contains("PERSON:Khan=1");
  }

  @Test
  void foldsANameWithoutItsMiddleNameIntoTheOneFullNameThatFits() {
    var folded =
        folder.fold(
            "",
            mentions(
                EntityType.PERSON,
                "Dame Zaha Mohammad Hadid",
                EntityType.PERSON,
                "Zaha Hadid",
                EntityType.PERSON,
                "Eugene A. Nida",
                EntityType.PERSON,
                "Eugene Nida",
                EntityType.PERSON,
                "Nida"));
    assertThat(summary(folded))
        .containsExactlyInAnyOrder("PERSON:Zaha Mohammad Hadid=2", "PERSON:Eugene A. Nida=3");
    var ambiguous =
        folder.fold(
            "",
            mentions(
                EntityType.PERSON,
                "John Quincy Adams",
                EntityType.PERSON,
                "John Adams",
                EntityType.PERSON,
                "John Couch Adams"));
    assertThat(summary(ambiguous)).contains("PERSON:John Adams=1");
  }

  @Test
  void dropsCodesReligionsAndNationalities() {
    var folded =
        folder.fold(
            "",
            mentions(
                EntityType.ORGANIZATION,
                "Mi-35M",
                EntityType.ORGANIZATION,
                "JF-17",
                EntityType.ORGANIZATION,
                "Islam",
                EntityType.ORGANIZATION,
                "Russian",
                EntityType.LOCATION,
                "Moscow"));
    assertThat(summary(folded)).containsExactly("LOCATION:Moscow=1");
  }

  @Test
  void foldsASurnameCaughtWithTheNextWordOfAHeading() {
    String text =
        "Imran Khan and Putin Calls\nThe calls between Vladimir Putin and the premier went well.";
    var folded =
        folder.fold(
            text,
            List.of(
                at(text, "Imran Khan", EntityType.PERSON),
                at(text, "Putin Calls", EntityType.PERSON),
                at(text, "Vladimir Putin", EntityType.PERSON)));
    assertThat(summary(folded)).containsExactly("PERSON:Vladimir Putin=2", "PERSON:Imran Khan=1");
  }

  @Test
  void foldsAPossessiveInsideAName() {
    var folded =
        folder.fold(
            "",
            mentions(
                EntityType.ORGANIZATION,
                "New People Party",
                EntityType.ORGANIZATION,
                "New People's Party"));
    assertThat(folded).hasSize(1);
    assertThat(folded.get(0).count()).isEqualTo(2);
  }

  @Test
  void dropsANameEndingInAYearAsAnEvent() {
    var folded =
        folder.fold(
            "",
            mentions(
                EntityType.ORGANIZATION, "Fan Expo Canada 2016", EntityType.LOCATION, "Toronto"));
    assertThat(summary(folded)).containsExactly("LOCATION:Toronto=1");
  }

  @Test
  void keepsTheCompleteNameWhenAPartialOneIsMoreFrequent() {
    var folded =
        folder.fold(
            "",
            mentions(
                EntityType.PERSON,
                "Vladimir Putin",
                EntityType.PERSON,
                "Putin",
                EntityType.PERSON,
                "Putin"));
    assertThat(summary(folded)).containsExactly("PERSON:Vladimir Putin=3");
  }

  @Test
  void dropsASentenceConnectiveAndALoneTitle() {
    String text = "The talks failed, Hence, the Earl left and Lord Grey stayed.";
    var folded =
        EntityFolder.withDefaults()
            .fold(
                text,
                List.of(
                    at(text, "Hence", EntityType.PERSON),
                    at(text, "Earl", EntityType.PERSON),
                    at(text, "Lord Grey", EntityType.PERSON)));
    assertThat(summary(folded)).containsExactly("PERSON:Lord Grey=1");
  }

  /** The last mention of a name, where the text writes it apart from a longer one. */
  private static EntityMention last(String text, String mention, EntityType type) {
    int start = text.lastIndexOf(mention);
    return new EntityMention(mention, type, start, start + mention.length());
  }

  @Test
  void foldsTheStartOrEndOfAFullPersonNameIntoIt() {
    String text =
        "Anna Maria Kowalska drew the plans. Anna Maria left for Lyon; Maria Kowalska returned.";
    var folded =
        EntityFolder.withDefaults()
            .fold(
                text,
                List.of(
                    at(text, "Anna Maria Kowalska", EntityType.PERSON),
                    last(text, "Anna Maria", EntityType.PERSON),
                    last(text, "Maria Kowalska", EntityType.PERSON),
                    at(text, "Lyon", EntityType.LOCATION)));
    assertThat(summary(folded))
        .containsExactlyInAnyOrder("PERSON:Anna Maria Kowalska=3", "LOCATION:Lyon=1");
  }

  @Test
  void leavesAPartOfTwoFullPersonNamesAlone() {
    String text = "Tom Berg Lind and Tom Berg Olsen met; Tom Berg spoke first.";
    var folded =
        EntityFolder.withDefaults()
            .fold(
                text,
                List.of(
                    at(text, "Tom Berg Lind", EntityType.PERSON),
                    at(text, "Tom Berg Olsen", EntityType.PERSON),
                    last(text, "Tom Berg", EntityType.PERSON)));
    assertThat(folded).hasSize(3);
  }

  @Test
  void aOneWordNameBeforeAnAttackOrABaseIsAPlace() {
    String text =
        "After the Tarvo attack, troops left the Tarvo army base; Mirel spoke and the Mirel"
            + " administration fell.";
    var folded =
        EntityFolder.withDefaults()
            .fold(
                text,
                List.of(
                    at(text, "Tarvo", EntityType.PERSON),
                    last(text, "Tarvo", EntityType.PERSON),
                    at(text, "Mirel", EntityType.PERSON),
                    last(text, "Mirel", EntityType.PERSON)));
    assertThat(summary(folded)).containsExactlyInAnyOrder("LOCATION:Tarvo=2", "PERSON:Mirel=2");
  }

  @Test
  void findsARoadByItsHeadWordAndTypesItAPlace() {
    String text = "Take the Harlow Turnpike east, then the Brenton Parkway to the coast.";
    var folded =
        EntityFolder.withDefaults()
            .fold(text, List.of(at(text, "Harlow Turnpike", EntityType.PERSON)));
    assertThat(summary(folded))
        .containsExactlyInAnyOrder("LOCATION:Harlow Turnpike=1", "LOCATION:Brenton Parkway=1");
  }

  @Test
  void dropsAwardsLicencesRevolutionsAndStylesButKeepsASchoolOfThem() {
    String text =
        "Vera Lind won the Harwell Silver Medal, built in Neo Deco, released it under the Open"
            + " Garden License, wrote on the Velmar Revolution and taught at the Brask School of"
            + " Architecture.";
    var folded =
        folder.fold(
            text,
            List.of(
                at(text, "Vera Lind", EntityType.PERSON),
                at(text, "Harwell Silver Medal", EntityType.ORGANIZATION),
                at(text, "Neo Deco", EntityType.LOCATION),
                at(text, "Open Garden License", EntityType.ORGANIZATION),
                at(text, "Velmar Revolution", EntityType.ORGANIZATION),
                at(text, "Brask School of Architecture", EntityType.ORGANIZATION)));
    assertThat(summary(folded))
        .containsExactlyInAnyOrder(
            "PERSON:Vera Lind=1", "ORGANIZATION:Brask School of Architecture=1");
  }

  @Test
  void aPlaceNameCutShortJoinsTheFullNameButACityKeepsThePlacesNamedAfterIt() {
    String text =
        "Planes land at Pine Hill Sky Harbor Airport; Pine Hill Sky Harbor is busy. Oru Tamsin"
            + " Square is near Tamsin Square. Fenwick Bay lies beside Fenwick Bay Stadium.";
    var folded =
        folder.fold(
            text,
            List.of(
                at(text, "Pine Hill Sky Harbor Airport", EntityType.LOCATION),
                last(text, "Pine Hill Sky Harbor", EntityType.LOCATION),
                at(text, "Oru Tamsin Square", EntityType.LOCATION),
                last(text, "Tamsin Square", EntityType.LOCATION),
                at(text, "Fenwick Bay", EntityType.LOCATION),
                at(text, "Fenwick Bay Stadium", EntityType.LOCATION)));
    assertThat(summary(folded))
        .containsExactlyInAnyOrder(
            "LOCATION:Pine Hill Sky Harbor Airport=3",
            "LOCATION:Oru Tamsin Square=2",
            "LOCATION:Fenwick Bay=2",
            "LOCATION:Fenwick Bay Stadium=1");
  }

  @Test
  void aPlaceHeadWordAloneIsNoPlace() {
    String text = "Signs name each Street, Avenue and Place; we live on Dorrel Avenue.";
    var folded =
        folder.fold(
            text,
            List.of(
                at(text, "Avenue", EntityType.LOCATION),
                at(text, "Dorrel Avenue", EntityType.LOCATION)));
    assertThat(summary(folded)).containsExactly("LOCATION:Dorrel Avenue=1");
  }
}
