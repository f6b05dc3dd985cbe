package org.articlesearch.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerPathsTest {
  @Test
  void aMembersContainerIsThePathBeforeTheLastSeparator() {
    assertThat(ContainerPaths.containerOf("june.zip!/more/inner.zip!/a.txt"))
        .contains("june.zip!/more/inner.zip");
    assertThat(ContainerPaths.containerOf("june.zip!/tram.txt")).contains("june.zip");
    assertThat(ContainerPaths.containerOf("desk/contract.eml!/report.pdf"))
        .contains("desk/contract.eml");
  }

  @Test
  void aFolderWhoseNameEndsInAnExclamationMarkIsNoContainer() {
    assertThat(ContainerPaths.containerOf("wow!/story.txt")).isEmpty();
    assertThat(ContainerPaths.containerOf("story.txt")).isEmpty();
    assertThat(ContainerPaths.fileOf("wow!/story.txt")).isEqualTo("wow!/story.txt");
  }

  @Test
  void theFileOfAMemberIsItsOutermostContainer() {
    assertThat(ContainerPaths.fileOf("june.zip!/more/inner.zip!/a.txt")).isEqualTo("june.zip");
    assertThat(ContainerPaths.fileOf("june.zip")).isEqualTo("june.zip");
  }

  @Test
  void formatsAreToldByName() {
    assertThat(ContainerFormat.of("a.TAR.GZ")).contains(ContainerFormat.TAR_GZ);
    assertThat(ContainerFormat.of("a.tgz")).contains(ContainerFormat.TAR_GZ);
    assertThat(ContainerFormat.of("a.tar")).contains(ContainerFormat.TAR);
    assertThat(ContainerFormat.of("a.msg").map(ContainerFormat::holding))
        .contains(ContainerFormat.Holding.ATTACHMENTS);
    assertThat(ContainerFormat.of(".zip")).isEmpty();
    assertThat(ContainerFormat.of("zip.txt")).isEmpty();
  }
}
