package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnpackBudgetTest {
  private static final ContainerLimits SMALL = new ContainerLimits(4, 3, 1000, 10, 100, 50);

  /** Records what a budget passes on. */
  private static final class Recorder implements MemberSink {
    final List<String> seen = new ArrayList<>();

    @Override
    public void member(String name, byte[] content) {
      seen.add(name + " " + content.length);
    }

    @Override
    public void skipped(String name, ExtractionException.Reason reason, String detail) {
      seen.add(name + " " + reason.label());
    }
  }

  private static InputStream bytes(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }

  @Test
  void membersPassUnlessTooLargeOrNamedOutOfTheArchive() throws Exception {
    UnpackBudget budget = new UnpackBudget(SMALL, 1000);
    Recorder sink = new Recorder();
    budget.pass("./a.txt", bytes(10), sink);
    budget.pass("big.txt", bytes(51), sink);
    budget.pass("../up.txt", bytes(5), sink);
    budget.pass("/etc/passwd", bytes(5), sink);
    budget.pass("C:\\\\x.txt", bytes(5), sink);
    assertThat(sink.seen)
        .containsExactly(
            "a.txt 10",
            "big.txt too large",
            "../up.txt path leaves the archive",
            "/etc/passwd path leaves the archive",
            "C:\\\\x.txt path leaves the archive");
  }

  @Test
  void aRatioOverTheLimitRefusesTheFileAndEveryLaterRead() throws Exception {
    UnpackBudget budget = new UnpackBudget(SMALL, 10);
    Recorder sink = new Recorder();
    assertThatThrownBy(() -> budget.pass("zeros", bytes(200), sink))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.ZIP_BOMB));
    assertThat(budget.refused()).isTrue();
    assertThatThrownBy(() -> budget.pass("next", bytes(1), sink))
        .isInstanceOf(ExtractionException.class);
    assertThat(sink.seen).isEmpty();
  }

  @Test
  void totalSizeAndMemberCountAreLimitsOfTheWholeFile() throws Exception {
    UnpackBudget large = new UnpackBudget(SMALL, 1_000_000);
    Recorder sink = new Recorder();
    for (int i = 0; i < 20; i++) {
      large.pass("m" + i, bytes(50), sink);
    }
    assertThatThrownBy(() -> large.pass("over", bytes(1), sink))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.UNPACKED_TOO_LARGE));
    UnpackBudget many = new UnpackBudget(SMALL, 1000);
    assertThatThrownBy(() -> many.countMembers(4))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.TOO_MANY_MEMBERS));
  }
}
