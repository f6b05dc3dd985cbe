package org.articlesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.articlesearch.index.IndexSchema;

/** Reads every result of a search, up to a cap, in the search's order, for export. */
final class ResultExporter {
  private static final Set<String> FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.AUTHOR,
          IndexSchema.DATE_ISO,
          IndexSchema.PUBLISHER,
          IndexSchema.PATH);

  /** Rows highlighted and counted together. */
  private static final int BATCH = 256;

  private ResultExporter() {}

  /**
   * Sends the results to the sink.
   *
   * @param base the parsed query, date range applied
   * @param matching the parsed query alone, whose matches the snippets mark and the rows count
   * @param sort the order, or null for relevance
   */
  static void export(
      IndexSearcher searcher,
      SnippetHighlighter highlighter,
      FacetsConfig config,
      Query base,
      Query matching,
      SearchRequest request,
      Sort sort,
      int maxRows,
      ExportSink sink)
      throws IOException {
    DrillDownQuery query = new DrillDownQuery(config, base);
    request.filters().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
    TopDocs top =
        sort == null
            ? searcher.search(query, maxRows)
            : searcher.search(query, maxRows, sort, true);
    sink.start(top.totalHits.value());
    StoredFields stored = searcher.storedFields();
    List<Query> counted = OccurrenceClauses.of(matching);
    for (int from = 0; from < top.scoreDocs.length; from += BATCH) {
      ScoreDoc[] batch =
          Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + BATCH));
      int[] docIds = Arrays.stream(batch).mapToInt(h -> h.doc).toArray();
      String[] snippets = highlighter.snippets(matching, docIds);
      long[] matches = OccurrenceCounter.perArticle(searcher.getIndexReader(), counted, docIds);
      for (int i = 0; i < batch.length; i++) {
        Document doc = stored.document(batch[i].doc, FIELDS);
        sink.row(
            new ExportRow(
                doc.get(IndexSchema.ID),
                doc.get(IndexSchema.TITLE),
                List.of(doc.getValues(IndexSchema.AUTHOR)),
                doc.get(IndexSchema.DATE_ISO),
                doc.get(IndexSchema.PUBLISHER),
                doc.get(IndexSchema.PATH),
                Float.isNaN(batch[i].score) ? 0f : batch[i].score,
                matches[i],
                snippets[i] == null ? "" : SnippetText.plain(snippets[i].strip())));
      }
    }
  }
}
