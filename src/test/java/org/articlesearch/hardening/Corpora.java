package org.articlesearch.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.articlesearch.enrich.ArticleEnricher;
import org.articlesearch.enrich.EntityFolder;
import org.articlesearch.extract.TikaTextExtractor;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.IngestSummary;

/** Generated corpora and quick index builds for the robustness tests. */
final class Corpora {
  private static final String[] WORDS = {
    "council", "harbour", "budget", "strike", "ferry", "election", "minister", "river", "bridge",
        "school",
    "vote", "report", "inquiry", "market", "winter", "storm", "museum", "library", "transit",
        "court",
  };

  private Corpora() {}

  /**
   * Writes n plain-text articles of about the given length, each with the word "common" and its own
   * number.
   */
  static Path write(Path dir, int n, int chars, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      StringBuilder b =
          new StringBuilder("Article number ").append(i).append(" about common things\n\n");
      while (b.length() < chars) {
        b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(7) == 0 ? ". " : " ");
      }
      Files.writeString(dir.resolve(String.format("article-%05d.txt", i)), b);
    }
    return dir;
  }

  /** A pipeline without entity recognition, for tests about indexing rather than enrichment. */
  static ArticlePipeline pipelineWithoutNer() {
    return new ArticlePipeline(
        new TikaTextExtractor(),
        new ArticleEnricher(text -> List.of(), EntityFolder.withDefaults()));
  }

  /** Rebuilds the index in a folder from a corpus, without entity recognition. */
  static IngestSummary build(Path corpus, Path index) throws IOException, InterruptedException {
    try (ArticlePipeline pipeline = pipelineWithoutNer();
        LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      return new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
    }
  }
}
