package org.articlesearch.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.articlesearch.cli.RelevanceCommand;
import org.articlesearch.enrich.ArticleEnricher;
import org.articlesearch.enrich.EntityFolder;
import org.articlesearch.extract.TikaTextExtractor;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.search.Judgment;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.RelevanceEvaluator;
import org.articlesearch.search.RelevanceReport;
import org.articlesearch.search.SortOrder;
import org.articlesearch.testing.SeedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the ranking on the committed judged queries ({@code relevance/judgments.jsonl}): the seed
 * articles always, and the 233 State of the Union addresses when {@code -Drelevance.sotu=DIR} names
 * the folder {@code bench/Corpora.java sotu DIR} wrote ({@code .ci/run} does).
 */
class RelevanceIT {
  static final Path JUDGMENTS = Path.of("relevance", "judgments.jsonl");

  // Measured with this ranking (docs/relevance.md); a drop beyond the margin fails the build.
  static final double SEEDS_SUCCESS_AT_1 = 1.0;
  static final double SEEDS_NDCG_AT_10 = 1.0;
  static final double ALL_SUCCESS_AT_1 = 0.778;
  static final double ALL_NDCG_AT_10 = 0.842;
  static final double MARGIN = 0.03;

  @TempDir Path dir;

  /** Indexes the corpus without entity recognition: ranking reads titles and bodies only. */
  private LuceneArticleSearcher index(Path corpus) throws Exception {
    Path index = dir.resolve("index");
    try (ArticlePipeline pipeline =
            new ArticlePipeline(
                new TikaTextExtractor(),
                new ArticleEnricher(text -> List.of(), EntityFolder.withDefaults()));
        LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
    }
    return LuceneArticleSearcher.open(index);
  }

  private static RelevanceReport evaluate(LuceneArticleSearcher searcher) throws Exception {
    List<Judgment> judgments = RelevanceCommand.read(JUDGMENTS);
    assertThat(judgments).hasSizeGreaterThanOrEqualTo(30);
    return RelevanceEvaluator.evaluate(searcher, judgments, SortOrder.RELEVANCE);
  }

  private static void print(String name, RelevanceReport report) {
    System.out.printf(
        "relevance %s: %d queries, success@1 %.3f, nDCG@10 %.3f%n",
        name, report.evaluated().size(), report.successAt1(), report.ndcgAt10());
    for (RelevanceReport.QueryScore s : report.evaluated()) {
      if (!s.successAt1()) {
        System.out.printf("  rank %d: %s%n", s.firstRelevantRank(), s.judgment().query());
      }
    }
  }

  @Test
  void theSeedQueriesRankTheirArticleFirst() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    try (LuceneArticleSearcher searcher = index(corpus)) {
      RelevanceReport report = evaluate(searcher);
      print("seeds", report);
      assertThat(report.evaluated())
          .allSatisfy(s -> assertThat(s.judgment().corpus()).isEqualTo("seeds"))
          .hasSizeGreaterThanOrEqualTo(6);
      assertThat(report.successAt1()).isGreaterThanOrEqualTo(SEEDS_SUCCESS_AT_1 - MARGIN);
      assertThat(report.ndcgAt10()).isGreaterThanOrEqualTo(SEEDS_NDCG_AT_10 - MARGIN);
    }
  }

  @Test
  void theWholeJudgedSetKeepsItsScores() throws Exception {
    String sotu = System.getProperty("relevance.sotu", "");
    if (sotu.isBlank() || !Files.isDirectory(Path.of(sotu))) {
      System.err.println(
          "RelevanceIT: SKIPPING the State of the Union queries: no -Drelevance.sotu=DIR"
              + " (write it with bench/Corpora.java sotu DIR, as .ci/run does)");
      Assumptions.abort("-Drelevance.sotu is not set");
    }
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(dir.resolve("corpus")));
    copy(Path.of(sotu), Files.createDirectory(corpus.resolve("sotu")));
    try (LuceneArticleSearcher searcher = index(corpus)) {
      RelevanceReport report = evaluate(searcher);
      print("all", report);
      assertThat(report.skipped()).isEmpty();
      assertThat(report.evaluated()).hasSizeGreaterThanOrEqualTo(30);
      assertThat(report.successAt1()).isGreaterThanOrEqualTo(ALL_SUCCESS_AT_1 - MARGIN);
      assertThat(report.ndcgAt10()).isGreaterThanOrEqualTo(ALL_NDCG_AT_10 - MARGIN);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
