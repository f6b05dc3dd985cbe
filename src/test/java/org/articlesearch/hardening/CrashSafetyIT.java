package org.articlesearch.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.search.LuceneArticleSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild that dies, or cannot write, leaves the previous index complete and searchable. */
class CrashSafetyIT {
  @TempDir Path tmp;

  private static long count(Path index) throws IOException {
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      return searcher.count();
    }
  }

  @Test
  void killNineDuringARebuildLeavesThePreviousIndexIntact() throws Exception {
    Path index = tmp.resolve("index");
    Corpora.build(Corpora.write(tmp.resolve("old"), 7, 800, 1), index);
    assertThat(count(index)).isEqualTo(7);
    Path big = Corpora.write(tmp.resolve("big"), 3_000, 1_500, 2);

    CommandProcess indexer =
        CommandProcess.start(
            List.of("index", "--corpus", big.toString(), "--index", index.toString()));
    // A progress line: the run is under way.
    boolean midway = indexer.awaitLine(line -> line.matches("\\s+\\d+/3000 files, .*"));
    assertThat(midway)
        .as("the indexer reached the middle of its run:%n%s", indexer.transcript())
        .isTrue();
    assertThat(indexer.kill()).isTrue(); // SIGKILL: no shutdown hook, no rollback

    assertThat(count(index)).as("the old index, untouched").isEqualTo(7);
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      assertThat(searcher.search(org.articlesearch.search.SearchRequest.of("common")).total())
          .isEqualTo(7);
    }

    Corpora.build(big, index);
    assertThat(count(index)).as("the next run completes normally").isEqualTo(3_000);
  }

  @Test
  void aFullDiskFailsTheRebuildWithAClearErrorAndKeepsTheOldIndex() throws Exception {
    Path index = tmp.resolve("index");
    Corpora.build(Corpora.write(tmp.resolve("old"), 7, 800, 1), index);
    Path corpus = Corpora.write(tmp.resolve("new"), 400, 3_000, 3);

    Directory full = new FullDisk(FSDirectory.open(index), 200_000);
    assertThatThrownBy(
            () -> {
              try (ArticlePipeline pipeline = Corpora.pipelineWithoutNer();
                  LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(full)) {
                new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("No space left on device");
    assertThat(count(index)).isEqualTo(7);
  }

  @Test
  void anIndexPathThatIsAFileIsAClearError() throws Exception {
    Path notADir = Files.writeString(tmp.resolve("index"), "not a folder");
    Path corpus = Corpora.write(tmp.resolve("c"), 2, 300, 4);
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();
    int status =
        org.articlesearch.cli.CliRunner.run(
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(err, true),
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            notADir.toString());
    assertThat(status).isNotZero();
    assertThat(err.toString().strip())
        .startsWith("article-search: cannot create the index folder")
        .doesNotContain("\tat ");
    assertThat(Files.readString(notADir)).isEqualTo("not a folder");
  }

  /** A directory whose disk fills up after a number of bytes. */
  private static final class FullDisk extends FilterDirectory {
    private final AtomicLong room;

    FullDisk(Directory in, long bytes) {
      super(in);
      this.room = new AtomicLong(bytes);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return limited(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return limited(super.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput limited(IndexOutput out) {
      return new FilterIndexOutput("full disk", out.getName(), out) {
        @Override
        public void writeByte(byte b) throws IOException {
          take(1);
          super.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          take(length);
          super.writeBytes(b, offset, length);
        }
      };
    }

    private void take(long bytes) throws IOException {
      if (room.addAndGet(-bytes) < 0) {
        throw new IOException("No space left on device");
      }
    }
  }
}
