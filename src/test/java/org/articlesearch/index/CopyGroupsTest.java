package org.articlesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyGroupsTest {
  private static final String STORY =
      "Gale-force winds closed the port of Hallam on Tuesday, leaving eleven container ships"
          + " anchored offshore while harbour pilots waited for the swell to ease. The harbour"
          + " master said cranes were locked down at dawn after gusts reached ninety kilometres an"
          + " hour, and that no vessel would be brought in before Thursday morning. Shipping"
          + " agents estimated that the closure delays about forty thousand tonnes of grain.";

  private static final String OTHER =
      "Farmers inland from Hallam counted the cost of the storm on Wednesday as flooded fields"
          + " left barley rotting in the ground and orchards stripped of fruit. The regional"
          + " growers' association said more than two hundred farms had reported damage, and"
          + " asked the government for emergency loans before the planting season.";

  private static final String SYNDICATED =
      "SHIPS STRANDED AS GALE SHUTS HARBOUR\nBy Ruth Maple, Coastal Wire\n"
          + STORY.replace("eleven", "twelve")
          + "\nCopyright Hallam Gazette. All rights reserved.";

  @Test
  void copiesAreSimilarAndOtherStoriesAreNot() {
    int[] story = CopySignature.of(STORY);
    assertThat(CopySignature.similarity(story, CopySignature.of(STORY))).isEqualTo(1.0);
    assertThat(CopySignature.similarity(story, CopySignature.of(SYNDICATED)))
        .isGreaterThanOrEqualTo(CopyGroups.THRESHOLD);
    assertThat(CopySignature.similarity(story, CopySignature.of(OTHER))).isLessThan(0.1);
  }

  @Test
  void aBodyOfAFewWordsHasNoSignature() {
    assertThat(CopySignature.of("Photo: the harbour at dawn.")).isNull();
    assertThat(CopySignature.of("")).isNull();
  }

  @Test
  void signaturesSurviveTheIndexBytes() {
    int[] story = CopySignature.of(STORY);
    assertThat(CopySignature.fromBytes(CopySignature.toBytes(story))).isEqualTo(story);
  }

  @Test
  void aGroupIsNamedAfterItsEarliestMemberUndatedLast() {
    Map<String, CopyGroups.Group> groups =
        CopyGroups.of(
            List.of(
                new CopyGroups.Member("b", CopySignature.of(SYNDICATED), 19_800),
                new CopyGroups.Member("a", CopySignature.of(STORY), CopyGroups.UNDATED),
                new CopyGroups.Member("c", CopySignature.of(STORY), 19_801),
                new CopyGroups.Member("d", CopySignature.of(OTHER), 19_000),
                new CopyGroups.Member("e", null, 19_000),
                new CopyGroups.Member("f", null, 19_000)),
            CopyGroups.THRESHOLD);
    assertThat(groups)
        .containsEntry("a", new CopyGroups.Group("b", 3))
        .containsEntry("b", new CopyGroups.Group("b", 3))
        .containsEntry("c", new CopyGroups.Group("b", 3))
        .containsEntry("d", CopyGroups.Group.alone("d"))
        .containsEntry("e", CopyGroups.Group.alone("e"))
        .containsEntry("f", CopyGroups.Group.alone("f"));
  }
}
