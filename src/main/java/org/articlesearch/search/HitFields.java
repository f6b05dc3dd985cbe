package org.articlesearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.index.IndexSchema;

/**
 * Reads what a result row shows (id, title, authors, date, publisher) from doc values: a stored
 * document is compressed in blocks of many, so reading it costs more than the rest of a hit.
 * Segments written before these doc values existed are read from the stored fields.
 */
final class HitFields {
  /** The shown fields of one article. */
  record Values(String id, String title, List<String> authors, String date, String publisher) {}

  private HitFields() {}

  /** Returns the shown fields of one document of the reader. */
  static Values of(IndexReader reader, int docId) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    LeafReader segment = leaf.reader();
    int doc = docId - leaf.docBase;
    FieldInfo id = segment.getFieldInfos().fieldInfo(IndexSchema.ID);
    FieldInfo title = segment.getFieldInfos().fieldInfo(IndexSchema.TITLE);
    if (id == null
        || id.getDocValuesType() != DocValuesType.SORTED
        || (title != null && title.getDocValuesType() != DocValuesType.BINARY)) {
      return stored(segment, doc);
    }
    String authors = binary(segment.getBinaryDocValues(IndexSchema.AUTHOR), doc);
    return new Values(
        sorted(segment.getSortedDocValues(IndexSchema.ID), doc),
        binary(segment.getBinaryDocValues(IndexSchema.TITLE), doc),
        authors == null ? List.of() : List.of(authors.split(IndexSchema.VALUE_SEPARATOR)),
        sorted(segment.getSortedDocValues(IndexSchema.DATE_ISO), doc),
        sorted(segment.getSortedDocValues(IndexSchema.PUBLISHER), doc));
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
        d.get(IndexSchema.PUBLISHER));
  }
}
