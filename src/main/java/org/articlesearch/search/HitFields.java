package org.articlesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.index.IndexSchema;

/**
 * Reads what a result row shows (id, title, authors, date, publisher, url) from doc values: a
 * stored document is compressed in blocks of many, so reading it costs more than the rest of a hit.
 * Segments written before these doc values existed are read from the stored fields.
 */
final class HitFields {
  /** The shown fields of one article, and how many other articles are copies of its story. */
  record Values(
      String id,
      String title,
      List<String> authors,
      String date,
      String publisher,
      String url,
      int copies) {
    /** Returns the result row these fields make with a snippet and score. */
    SearchHit hit(String snippet, float score, long matches) {
      return new SearchHit(
          id, title, authors, date, publisher, url, snippet, score, matches, copies);
    }
  }

  private HitFields() {}

  /**
   * Returns the shown fields of documents of the reader, in the order given. The documents are read
   * in index order, so that each segment's doc values are opened once for all of its hits.
   */
  static Values[] of(IndexReader reader, int[] docIds) throws IOException {
    Integer[] order = new Integer[docIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
    List<LeafReaderContext> leaves = reader.leaves();
    Values[] values = new Values[docIds.length];
    Segment segment = null;
    for (int i : order) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      if (segment == null || segment.leaf != leaf) {
        segment = new Segment(leaf);
      }
      values[i] = segment.read(docIds[i] - leaf.docBase);
    }
    return values;
  }

  /** The doc values of one segment, read forwards. */
  private static final class Segment {
    private final LeafReaderContext leaf;
    private final boolean docValues;
    private final SortedDocValues ids;
    private final BinaryDocValues titles;
    private final BinaryDocValues authors;
    private final SortedDocValues dates;
    private final SortedDocValues publishers;
    private final BinaryDocValues urls;
    private final NumericDocValues copyCounts;

    Segment(LeafReaderContext leaf) throws IOException {
      this.leaf = leaf;
      LeafReader segment = leaf.reader();
      FieldInfo id = segment.getFieldInfos().fieldInfo(IndexSchema.ID);
      FieldInfo title = segment.getFieldInfos().fieldInfo(IndexSchema.TITLE);
      this.docValues =
          id != null
              && id.getDocValuesType() == DocValuesType.SORTED
              && (title == null || title.getDocValuesType() == DocValuesType.BINARY);
      this.ids = docValues ? segment.getSortedDocValues(IndexSchema.ID) : null;
      this.titles = docValues ? segment.getBinaryDocValues(IndexSchema.TITLE) : null;
      this.authors = docValues ? segment.getBinaryDocValues(IndexSchema.AUTHOR) : null;
      this.dates = docValues ? segment.getSortedDocValues(IndexSchema.DATE_ISO) : null;
      this.publishers = docValues ? segment.getSortedDocValues(IndexSchema.PUBLISHER) : null;
      this.urls = docValues ? segment.getBinaryDocValues(IndexSchema.URL) : null;
      this.copyCounts = segment.getNumericDocValues(IndexSchema.COPY_COUNT);
    }

    Values read(int doc) throws IOException {
      if (!docValues) {
        return stored(leaf.reader(), doc);
      }
      String author = binary(authors, doc);
      return new Values(
          sorted(ids, doc),
          binary(titles, doc),
          author == null ? List.of() : List.of(author.split(IndexSchema.VALUE_SEPARATOR)),
          sorted(dates, doc),
          sorted(publishers, doc),
          binary(urls, doc),
          copyCounts != null && copyCounts.advanceExact(doc)
              ? (int) copyCounts.longValue() - 1
              : 0);
    }
  }

  private static String sorted(SortedDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return null;
    }
    return values.lookupOrd(values.ordValue()).utf8ToString();
  }

  private static String binary(BinaryDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return null;
    }
    BytesRef value = values.binaryValue();
    return value.utf8ToString();
  }

  private static Values stored(LeafReader segment, int doc) throws IOException {
    Document d = segment.storedFields().document(doc, java.util.Set.copyOf(IndexSchema.HIT_FIELDS));
    return new Values(
        d.get(IndexSchema.ID),
        d.get(IndexSchema.TITLE),
        List.of(d.getValues(IndexSchema.AUTHOR)),
        d.get(IndexSchema.DATE_ISO),
        d.get(IndexSchema.PUBLISHER),
        d.get(IndexSchema.URL),
        0);
  }
}
