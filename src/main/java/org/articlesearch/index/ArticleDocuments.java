package org.articlesearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.article.Span;

/** Converts between an {@link Article} and its Lucene document. */
public final class ArticleDocuments {
  // Between the variants of an entity in the stored field; a control character no name contains.
  private static final String VARIANT_SEPARATOR = IndexSchema.VALUE_SEPARATOR;

  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();

  /** Returns the document to index for an article, facet fields included. */
  public Document asDocument(Article article) throws IOException {
    return asDocument(article, article.entities());
  }

  /** Returns the document for an article whose entities differ from those recognized in it. */
  public Document asDocument(Article article, List<NamedEntity> recognized) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(article.id())));
    doc.add(new StoredField(IndexSchema.PATH, article.path()));
    doc.add(new BinaryDocValuesField(IndexSchema.PATH, new BytesRef(article.path())));
    if (article.title() != null) {
      doc.add(new TextField(IndexSchema.TITLE, article.title(), Field.Store.YES));
      doc.add(new BinaryDocValuesField(IndexSchema.TITLE, new BytesRef(article.title())));
    }
    boolean longBody = article.body().length() > IndexSchema.SNIPPET_SOURCE_CHARS;
    doc.add(
        new Field(
            IndexSchema.BODY,
            article.body(),
            longBody ? IndexSchema.LONG_BODY_TYPE : IndexSchema.BODY_TYPE));
    String bodyStart =
        longBody ? article.body().substring(0, IndexSchema.SNIPPET_SOURCE_CHARS) : article.body();
    doc.add(new BinaryDocValuesField(IndexSchema.BODY, new BytesRef(bodyStart)));
    for (String author : article.authors()) {
      doc.add(new StoredField(IndexSchema.AUTHOR, author));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.AUTHOR, author));
    }
    if (!article.authors().isEmpty()) {
      String authors = String.join(IndexSchema.VALUE_SEPARATOR, article.authors());
      doc.add(new BinaryDocValuesField(IndexSchema.AUTHOR, new BytesRef(authors)));
    }
    if (article.date() != null) {
      doc.add(new LongField(IndexSchema.DATE, article.date().date().toEpochDay(), Field.Store.NO));
      doc.add(new IntField(IndexSchema.YEAR, article.date().date().getYear(), Field.Store.NO));
      doc.add(new StoredField(IndexSchema.DATE_ISO, article.date().iso()));
      doc.add(new SortedDocValuesField(IndexSchema.DATE_ISO, new BytesRef(article.date().iso())));
      doc.add(
          new SortedSetDocValuesFacetField(
              IndexSchema.YEAR, Integer.toString(article.date().date().getYear())));
    } else {
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.YEAR, IndexSchema.UNKNOWN_YEAR));
    }
    if (article.publisher() != null) {
      doc.add(new StoredField(IndexSchema.PUBLISHER, article.publisher()));
      doc.add(new SortedDocValuesField(IndexSchema.PUBLISHER, new BytesRef(article.publisher())));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.PUBLISHER, article.publisher()));
    }
    if (article.url() != null) {
      doc.add(new StoredField(IndexSchema.URL, article.url()));
      doc.add(new BinaryDocValuesField(IndexSchema.URL, new BytesRef(article.url())));
    }
    if (article.textFromOcr()) {
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.SOURCE, IndexSchema.TEXT_FROM_OCR));
    }
    for (NamedEntity entity : article.entities()) {
      doc.add(new SortedSetDocValuesFacetField(entity.type().facetName(), entity.name()));
    }
    doc.add(new StoredField(IndexSchema.ENTITIES, entityLines(article.entities())));
    if (!recognized.equals(article.entities())) {
      doc.add(new StoredField(IndexSchema.ENTITIES_RECOGNIZED, entityLines(recognized)));
    }
    doc.add(new StoredField(IndexSchema.PROVENANCE, provenanceLines(article.provenance())));
    doc.add(new StoredField(IndexSchema.CONTENT_TYPE, article.contentType()));
    doc.add(new StringField(IndexSchema.CONTENT_HASH, article.contentHash(), Field.Store.YES));
    doc.add(
        new BinaryDocValuesField(IndexSchema.CONTENT_HASH, new BytesRef(article.contentHash())));
    int[] signature = CopySignature.of(article.body());
    if (signature != null) {
      doc.add(
          new BinaryDocValuesField(IndexSchema.COPY_SIGNATURE, CopySignature.toBytes(signature)));
    }
    // Alone until grouping, which runs once every article of a build is in, says otherwise.
    doc.add(new BinaryDocValuesField(IndexSchema.COPY_GROUP, new BytesRef(article.id())));
    doc.add(new NumericDocValuesField(IndexSchema.COPY_COUNT, 1));
    if (article.language() != null) {
      doc.add(new StringField(IndexSchema.LANGUAGE, article.language(), Field.Store.YES));
      doc.add(new SortedDocValuesField(IndexSchema.LANGUAGE, new BytesRef(article.language())));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.LANGUAGE, article.language()));
    }
    String key = LanguageFields.key(article.language());
    if (key != null) {
      if (article.title() != null) {
        doc.add(new TextField(LanguageFields.title(key), article.title(), Field.Store.NO));
      }
      // Offsets, as in the body: the snippets of an article in this language mark its words here.
      doc.add(new Field(LanguageFields.body(key), article.body(), IndexSchema.BODY_TYPE));
    }
    for (String member : article.members()) {
      doc.add(new StoredField(IndexSchema.MEMBERS, member));
    }
    return facetsConfig.build(doc);
  }

  /**
   * Reads a document's stored fields, or only the given ones when {@code fields} is not null. The
   * body, when among them, comes from its doc value unless it was long enough to be stored.
   */
  public static Document read(IndexReader reader, int doc, Set<String> fields) throws IOException {
    StoredFields stored = reader.storedFields();
    Document d = fields == null ? stored.document(doc) : stored.document(doc, fields);
    if ((fields == null || fields.contains(IndexSchema.BODY)) && d.get(IndexSchema.BODY) == null) {
      List<LeafReaderContext> leaves = reader.leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      BinaryDocValues bodies = leaf.reader().getBinaryDocValues(IndexSchema.BODY);
      if (bodies != null && bodies.advanceExact(doc - leaf.docBase)) {
        d.add(new StoredField(IndexSchema.BODY, bodies.binaryValue().utf8ToString()));
      }
    }
    return d;
  }

  /** Reads a whole document, body included; see {@link #read(IndexReader, int, Set)}. */
  public static Document read(IndexReader reader, int doc) throws IOException {
    return read(reader, doc, null);
  }

  /** Rebuilds the article from a document's stored fields, as {@link #read} gives them. */
  public static Article fromDocument(Document doc) {
    List<String> authors = List.of(doc.getValues(IndexSchema.AUTHOR));
    String iso = doc.get(IndexSchema.DATE_ISO);
    List<NamedEntity> entities = entitiesOf(doc);
    Map<String, String> provenance = parseProvenance(doc.get(IndexSchema.PROVENANCE));
    return new Article(
        doc.get(IndexSchema.ID),
        doc.get(IndexSchema.PATH),
        doc.get(IndexSchema.TITLE),
        authors,
        iso == null ? null : PublicationDate.parseIso(iso),
        doc.get(IndexSchema.PUBLISHER),
        doc.get(IndexSchema.BODY),
        entities,
        doc.get(IndexSchema.CONTENT_TYPE),
        doc.get(IndexSchema.CONTENT_HASH),
        provenance,
        doc.get(IndexSchema.LANGUAGE),
        doc.get(IndexSchema.URL),
        List.of(doc.getValues(IndexSchema.MEMBERS)));
  }

  /**
   * Returns entities as the lines of {@link IndexSchema#ENTITIES}: what every backend stores for
   * the document view.
   */
  public static String entityLines(List<NamedEntity> entities) {
    StringBuilder b = new StringBuilder();
    for (NamedEntity entity : entities) {
      b.append(entity.type())
          .append('\t')
          .append(entity.count())
          .append('\t')
          .append(entity.name())
          .append('\t')
          .append(String.join(VARIANT_SEPARATOR, entity.variants()))
          .append('\t')
          .append(spans(entity.mentions()))
          .append('\n');
    }
    return b.toString();
  }

  /**
   * Reads the entities of a document; the only stored field it needs is {@link
   * IndexSchema#ENTITIES}.
   */
  public static List<NamedEntity> entitiesOf(Document doc) {
    return parseEntities(doc.get(IndexSchema.ENTITIES));
  }

  /** Reads the entities as recognized in the article, before corpus-wide resolution. */
  public static List<NamedEntity> recognizedEntitiesOf(Document doc) {
    String recognized = doc.get(IndexSchema.ENTITIES_RECOGNIZED);
    return parseEntities(recognized != null ? recognized : doc.get(IndexSchema.ENTITIES));
  }

  /** Returns provenance as the lines of {@link IndexSchema#PROVENANCE}. */
  public static String provenanceLines(Map<String, String> provenance) {
    StringBuilder lines = new StringBuilder();
    provenance.forEach(
        (field, source) -> lines.append(field).append('\t').append(source).append('\n'));
    return lines.toString();
  }

  /** Reads provenance from the lines {@link #provenanceLines} wrote. */
  public static Map<String, String> parseProvenance(String stored) {
    Map<String, String> provenance = new LinkedHashMap<>();
    for (String line : lines(stored)) {
      String[] parts = line.split("\t", 2);
      provenance.put(parts[0], parts[1]);
    }
    return provenance;
  }

  /** Reads entities from the lines {@link #entityLines} wrote; null or empty gives none. */
  public static List<NamedEntity> parseEntities(String stored) {
    List<NamedEntity> entities = new ArrayList<>();
    for (String line : lines(stored)) {
      String[] parts = line.split("\t", -1);
      entities.add(
          new NamedEntity(
              parts[2],
              EntityType.valueOf(parts[0]),
              Integer.parseInt(parts[1]),
              parts[3].isEmpty() ? List.of() : List.of(parts[3].split(VARIANT_SEPARATOR)),
              parseSpans(parts[4])));
    }
    return entities;
  }

  private static String spans(List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span span : spans) {
      if (!b.isEmpty()) {
        b.append(',');
      }
      b.append(span.start()).append('-').append(span.end());
    }
    return b.toString();
  }

  private static List<Span> parseSpans(String value) {
    List<Span> spans = new ArrayList<>();
    if (!value.isEmpty()) {
      for (String pair : value.split(",")) {
        int dash = pair.indexOf('-');
        spans.add(
            new Span(
                Integer.parseInt(pair.substring(0, dash)),
                Integer.parseInt(pair.substring(dash + 1))));
      }
    }
    return spans;
  }

  private static List<String> lines(String value) {
    return value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"));
  }
}
