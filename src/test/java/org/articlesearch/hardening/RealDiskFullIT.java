package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.articlesearch.cli.CliRunner;
import org.articlesearch.search.LuceneArticleSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the index lives on a 1 MB tmpfs. Needs permission to mount (root in CI); where
 * mounting is not allowed the simulated full disk of {@link CrashSafetyIT} still runs.
 */
class RealDiskFullIT {
  @TempDir Path tmp;
  private Path disk;

  @BeforeEach
  void mountTinyDisk() throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString())
            .redirectErrorStream(true)
            .start();
    boolean mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
    assumeTrue(mounted, "cannot mount a tmpfs here");
  }

  @AfterEach
  void unmount() throws Exception {
    new ProcessBuilder("umount", disk.toString()).start().waitFor(10, TimeUnit.SECONDS);
  }

  @Test
  void indexingOntoAFullDiskSaysSoAndKeepsTheOldIndex() throws Exception {
    Path index = disk.resolve("index");
    Corpora.build(Corpora.write(tmp.resolve("old"), 7, 800, 1), index);
    Path big = Corpora.write(tmp.resolve("big"), 600, 2_000, 2);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        CliRunner.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "index",
            "--corpus",
            big.toString(),
            "--index",
            index.toString(),
            "--aliases",
            tmp.resolve("none.tsv").toString());

    assertThat(status).isNotZero();
    assertThat(err.toString().strip())
        .startsWith("article-search: indexing failed:")
        .contains("No space left on device")
        .endsWith("is unchanged")
        .doesNotContain("\tat ");
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      assertThat(searcher.count()).isEqualTo(7);
    }
  }
}
