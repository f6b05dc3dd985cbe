package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.article.EntityType;
import org.junit.jupiter.api.Test;

class RoadNameFinderTest {
  private static List<String> names(String text) {
    return RoadNameFinder.find(text).stream().map(EntityMention::text).toList();
  }

  @Test
  void findsNumberedHighwaysWithTheirDirection() {
    assertThat(
            names(
                "Take I-35 North to the bridge, then Highway 9 and US 281 South; Route 12 ends"
                    + " at SR 3."))
        .containsExactlyInAnyOrder("I-35 North", "Highway 9", "US 281 South", "Route 12", "SR 3");
  }

  @Test
  void leavesThePronounAndQuantitiesAlone() {
    assertThat(names("I 5 times said the US 10-year yield rose, US 2.5 percent, US 40%."))
        .isEmpty();
  }

  @Test
  void findsNumberedAndAbbreviatedStreetsAndTerminals() {
    assertThat(
            names(
                "The hotel on W 12th St faces 3rd Avenue; buses stop on Pine Ave, and flights"
                    + " leave from Terminal 2."))
        .containsExactlyInAnyOrder("W 12th St", "3rd Avenue", "Pine Ave", "Terminal 2");
  }

  @Test
  void anAbbreviatedStreetMayEndASentence() {
    assertThat(names("North and south meet at Admiral Blvd. Name streets run east."))
        .containsExactly("Admiral Blvd");
  }

  @Test
  void aircraftCodesAndHeadingsAreNotRoads() {
    assertThat(names("The SR-71 and SH-60 flew over the Old Town\nAve Maria was sung.")).isEmpty();
  }

  @Test
  void aSaintIsNotAStreet() {
    assertThat(names("The choir of Old St Mark sang.")).isEmpty();
  }

  @Test
  void foldedRoadsArePlacesAndANumberedRoadIsNotDroppedAsAProductCode() {
    String text = "Drive south on I-35 past the Elm Rd exit; the F-16 flew over.";
    var folded =
        EntityFolder.withDefaults()
            .fold(text, List.of(EnrichmentFixtures.at(text, "F-16", EntityType.ORGANIZATION)));
    assertThat(folded.stream().map(e -> e.type() + ":" + e.name()).toList())
        .containsExactlyInAnyOrder("LOCATION:I-35", "LOCATION:Elm Rd");
  }
}
