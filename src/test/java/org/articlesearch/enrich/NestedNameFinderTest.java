package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articlesearch.article.EntityType;
import org.junit.jupiter.api.Test;

class NestedNameFinderTest {
  private static List<String> nested(String text, String mention, EntityType type) {
    return NestedNameFinder.find(List.of(at(text, mention, type))).stream()
        .map(m -> m.type() + ":" + text.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void findsThePlaceAFacilityIsNamedAfter() {
    String text = "Sweden played at the Nizhny Novgorod Stadium on Monday.";
    assertThat(nested(text, "Nizhny Novgorod Stadium", EntityType.LOCATION))
        .containsExactly("LOCATION:Nizhny Novgorod");
  }

  @Test
  void anAirportIsNamedAfterItsCityNotAfterItsKind() {
    String text = "Flights land at Ardmore International Airport and Lakeside Regional Airport.";
    assertThat(nested(text, "Ardmore International Airport", EntityType.LOCATION))
        .containsExactly("LOCATION:Ardmore");
    assertThat(nested(text, "Lakeside Regional Airport", EntityType.LOCATION))
        .containsExactly("LOCATION:Lakeside");
  }

  @Test
  void findsThePlacesInAUniversityName() {
    String text = "a team from the University of Sheffield of the UK and Colorado State University";
    assertThat(nested(text, "University of Sheffield of the UK", EntityType.ORGANIZATION))
        .containsExactly("LOCATION:Sheffield", "LOCATION:UK");
    assertThat(nested(text, "Colorado State University", EntityType.ORGANIZATION))
        .containsExactly("LOCATION:Colorado State");
  }

  @Test
  void findsThePlaceBeforeInstituteOf() {
    String text = "researchers at the Massachusetts Institute of Technology said";
    assertThat(nested(text, "Massachusetts Institute of Technology", EntityType.ORGANIZATION))
        .containsExactly("LOCATION:Massachusetts");
  }

  @Test
  void findsThePersonAMemorialHonoursThroughAStationNamedAfterIt() {
    String text = "Staff at Chiang Kai Shek Memorial Hall Station helped.";
    assertThat(nested(text, "Chiang Kai Shek Memorial Hall Station", EntityType.LOCATION))
        .containsExactly("LOCATION:Chiang Kai Shek Memorial Hall", "PERSON:Chiang Kai Shek");
  }

  @Test
  void findsTheNamesakeOfACity() {
    String text = "The team flew to Mexico City on Monday.";
    assertThat(nested(text, "Mexico City", EntityType.LOCATION)).containsExactly("LOCATION:Mexico");
  }

  @Test
  void findsTheTownOfAMunicipality() {
    String text = "a letter from the Municipality of Bogliasco arrived";
    assertThat(nested(text, "Municipality of Bogliasco", EntityType.ORGANIZATION))
        .containsExactly("LOCATION:Bogliasco");
  }

  @Test
  void leavesOrganisationsPeopleAndPlainPlacesWhole() {
    String text = "The Shanghai Cooperation Organisation met in Moscow; Jack Station spoke.";
    assertThat(nested(text, "Shanghai Cooperation Organisation", EntityType.ORGANIZATION))
        .isEmpty();
    assertThat(nested(text, "Moscow", EntityType.LOCATION)).isEmpty();
    assertThat(nested(text, "Jack Station", EntityType.PERSON)).isEmpty();
  }
}
