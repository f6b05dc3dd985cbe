package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.mentions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableTest {
  @TempDir Path dir;

  @Test
  void userRulesMergeRetypeAndHide() throws Exception {
    Path file = dir.resolve("aliases.tsv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "# my corrections",
            "merge\tThe Kremlin\tRussian Government\tORGANIZATION",
            "type\tUri\tLOCATION",
            "hide\tCold Spell",
            ""));
    EntityFolder folder = new EntityFolder(AliasTable.load(file));
    List<NamedEntity> folded =
        folder.fold(
            "",
            mentions(
                EntityType.LOCATION,
                "The Kremlin",
                EntityType.PERSON,
                "Uri",
                EntityType.ORGANIZATION,
                "Cold Spell",
                EntityType.LOCATION,
                "US"));
    assertThat(folded)
        .extracting(e -> e.type() + ":" + e.name())
        .containsExactlyInAnyOrder(
            "ORGANIZATION:Russian Government", "LOCATION:Uri", "LOCATION:United States");
  }

  @Test
  void aMissingUserFileMeansTheBuiltInTablesOnly() {
    AliasTable table = AliasTable.load(dir.resolve("none.tsv"));
    assertThat(table.lookup("U.S.A.").name()).isEqualTo("United States");
  }

  @Test
  void aBadRuleNamesItsFileAndLine() throws Exception {
    Path file = dir.resolve("aliases.tsv");
    Files.writeString(file, "merge\tonly-one-name\nhide\tX\n");
    assertThatThrownBy(() -> AliasTable.load(file))
        .hasMessageContaining("aliases.tsv line 1: merge needs");
  }
}
