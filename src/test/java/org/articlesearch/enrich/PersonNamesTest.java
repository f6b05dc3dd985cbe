package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MUHAMMAD HAMZA TANVIR|Muhammad Hamza Tanvir",
        "Mr Muhammad Hamza Tanvir|Muhammad Hamza Tanvir",
        "Dr. Jane Q. Public.|Jane Q. Public",
        "Yasir M’alik|Yasir M’alik",
        "Ursula von der Leyen|Ursula von der Leyen",
        "Mary-Jane O'Neil|Mary-Jane O'Neil",
      })
  void putsNamesInOneForm(String raw, String clean) {
    assertThat(PersonNames.clean(raw)).isEqualTo(clean);
  }

  @ParameterizedTest
  @CsvSource({
    "Staff",
    "Read more",
    "Subscription banner youtube",
    "Editorial Team",
    "Madonna",
    "the news desk"
  })
  void rejectsWhatIsNotAPersonName(String raw) {
    assertThat(PersonNames.clean(raw)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Evan Halper Staff Writer|Evan Halper",
        "Ana Lopez Senior Correspondent|Ana Lopez",
        "Grant Tinley PhD|Grant Tinley",
      })
  void dropsARoleAfterTheName(String raw, String clean) {
    assertThat(PersonNames.clean(raw)).isEqualTo(clean);
  }

  @ParameterizedTest
  @CsvSource({"TMZ Staff", "Betty Test Kitchens", "Associated Press", "Tech Desk"})
  void tellsAnOrganisationThatSignsFromAPerson(String raw) {
    assertThat(PersonNames.clean(raw)).isNull();
    assertThat(PersonNames.isOrganization(raw)).isTrue();
  }

  @Test
  void capitalisesALowerCaseNameStatedAsAName() {
    assertThat(PersonNames.cleanStructured("mobasir hassan")).isEqualTo("Mobasir Hassan");
    assertThat(PersonNames.clean("mobasir hassan")).isNull();
  }
}
