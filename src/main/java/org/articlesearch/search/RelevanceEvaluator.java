package org.articlesearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a searcher on judged queries: success@1 (is the first hit relevant?) and nDCG@10 with
 * binary relevance. Works on any {@link ArticleSearcher}.
 */
public final class RelevanceEvaluator {
  /** How deep nDCG looks. */
  public static final int DEPTH = 10;

  private RelevanceEvaluator() {}

  /** Runs every judged query whose articles are in the index and scores its top ten hits. */
  public static RelevanceReport evaluate(
      ArticleSearcher searcher, List<Judgment> judgments, SortOrder sort)
      throws IOException, InvalidQueryException, SearchTimeoutException {
    Set<String> indexed = indexedFiles(searcher);
    List<RelevanceReport.QueryScore> scores = new ArrayList<>();
    List<Judgment> skipped = new ArrayList<>();
    for (Judgment judgment : judgments) {
      Set<String> present = new HashSet<>(judgment.relevant());
      present.retainAll(indexed);
      if (present.isEmpty()) {
        skipped.add(judgment);
        continue;
      }
      SearchResult result =
          searcher.search(new SearchRequest(judgment.query(), Map.of(), sort, 1, DEPTH));
      List<Boolean> relevant = new ArrayList<>();
      for (SearchHit hit : result.hits()) {
        String file = searcher.document(hit.id()).map(a -> fileName(a.path())).orElse("");
        relevant.add(present.contains(file));
      }
      scores.add(
          new RelevanceReport.QueryScore(
              judgment, relevant.indexOf(true) + 1, ndcg(relevant, present.size())));
    }
    return new RelevanceReport(List.copyOf(scores), List.copyOf(skipped));
  }

  /** Returns nDCG of a ranking with binary relevance, against the ideal for so many relevant. */
  static double ndcg(List<Boolean> ranking, int relevantCount) {
    double dcg = 0;
    for (int i = 0; i < Math.min(DEPTH, ranking.size()); i++) {
      if (ranking.get(i)) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(DEPTH, relevantCount); i++) {
      ideal += 1 / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  private static Set<String> indexedFiles(ArticleSearcher searcher)
      throws IOException, InvalidQueryException, SearchTimeoutException {
    Set<String> files = new HashSet<>();
    searcher.export(
        new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 1),
        (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1, searcher.count())),
        new ExportSink() {
          @Override
          public void start(long total) {}

          @Override
          public void row(ExportRow row) {
            files.add(fileName(row.path()));
          }
        });
    return files;
  }

  private static String fileName(String path) {
    return Path.of(path).getFileName().toString();
  }
}
