package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which last word of a query being typed becomes a prefix. */
class TypedPrefixTest {
  private static String typing(String q) {
    return TypedPrefix.of(
        new SearchRequest(q, Map.of(), SortOrder.DATE, 1, 10, null, null, true), 3);
  }

  @Test
  void theLastWordAlsoMatchesTheWordsItStarts() {
    assertThat(typing("Krem")).isEqualTo("(Krem OR Krem*)");
    assertThat(typing("pakistan Krem")).isEqualTo("pakistan (Krem OR Krem*)");
    assertThat(typing("war -Krem")).isEqualTo("war -(Krem OR Krem*)");
    assertThat(typing("(war OR Krem")).isEqualTo("(war OR (Krem OR Krem*)");
    assertThat(typing("person:vla")).isEqualTo("person:(vla OR vla*)");
  }

  @Test
  void otherEndingsStayAsTyped() {
    assertThat(typing("war AND")).isEqualTo("war AND");
    assertThat(typing("\"the tali")).isEqualTo("\"the tali");
    assertThat(typing("\"the taliban\"")).isEqualTo("\"the taliban\"");
    assertThat(typing("year:201")).isEqualTo("year:201");
    assertThat(typing("pres*")).isEqualTo("pres*");
    assertThat(typing("presid~")).isEqualTo("presid~");
    assertThat(typing("al-Qa")).isEqualTo("al-Qa");
  }

  @Test
  void aLastWordTooShortToNarrowByIsLeftOutUntilItIsLonger() {
    assertThat(typing("Pu")).isEqualTo("");
    assertThat(typing("pakistan Pu")).isEqualTo("pakistan");
    // Left as typed where leaving it out would change what the rest means.
    assertThat(typing("war -Pu")).isEqualTo("war -Pu");
    assertThat(typing("war OR Pu")).isEqualTo("war OR Pu");
    assertThat(typing("(war OR Pu")).isEqualTo("(war OR Pu");
    assertThat(typing("person:Pu")).isEqualTo("person:Pu");
  }

  @Test
  void aSubmittedQueryIsUnchanged() {
    assertThat(TypedPrefix.of(SearchRequest.of("Krem"), 3)).isEqualTo("Krem");
  }
}
