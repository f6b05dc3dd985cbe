package org.articlesearch.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** Field names, analysis and facet configuration shared by indexing and searching. */
public final class IndexSchema {
  public static final String ID = "id";
  public static final String PATH = "path";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String AUTHOR = "author";

  /** Publication date as epoch day: points for range filters, doc values for sorting. */
  public static final String DATE = "date";

  /** Publication date as written, ISO at its precision, stored only. */
  public static final String DATE_ISO = "date_iso";

  public static final String YEAR = "year";
  public static final String PUBLISHER = "publisher";

  /** The address of the original page, http or https: stored, and a doc value for hits. */
  public static final String URL = "url";

  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String LOCATION = "location";

  /**
   * Entities stored as lines of {@code TYPE<tab>count<tab>name<tab>variants<tab>spans}, for the
   * document view.
   */
  public static final String ENTITIES = "entities";

  /**
   * Entities as recognized in the article, stored only where corpus-wide resolution changed them.
   */
  public static final String ENTITIES_RECOGNIZED = "entities_recognized";

  /** Provenance stored as lines of {@code field<tab>source}. */
  public static final String PROVENANCE = "provenance";

  public static final String CONTENT_TYPE = "content_type";
  public static final String CONTENT_HASH = "content_hash";

  /**
   * Size and modification time of the file and its sidecars when it was read, a doc value only: an
   * incremental run that finds them unchanged does not hash the file.
   */
  public static final String FILE_STAMP = "file_stamp";

  /**
   * Where an article's text came from, a facet for what a reader may want apart: {@link
   * #TEXT_FROM_OCR} for text Tesseract read from a scan; articles read as written have no value.
   */
  public static final String SOURCE = "source";

  /** The {@link #SOURCE} value of an article whose text, or part of it, OCR read. */
  public static final String TEXT_FROM_OCR = "Text from OCR";

  /** The paths of the articles a container holds, in its order; stored only. */
  public static final String MEMBERS = "members";

  /**
   * The MinHash signature of the body ({@link CopySignature}), a binary doc value: grouping reads
   * it to find copies of one story. Absent when the body is too short to compare.
   */
  public static final String COPY_SIGNATURE = "copy_signature";

  /**
   * The id of the earliest article of the article's copy group, its own id when it has no copies: a
   * binary doc value, updated in place as copies come and go, that results collapse on.
   */
  public static final String COPY_GROUP = "copy_group";

  /** How many articles the copy group holds, this one included: a numeric doc value. */
  public static final String COPY_COUNT = "copy_count";

  /**
   * ISO 639-1 language code, when known: a facet, and a sorted doc value that tells a hit's snippet
   * which body field marks its words ({@link LanguageFields}).
   */
  public static final String LANGUAGE = "language";

  /**
   * Between the values of a multi-valued field kept as one doc value (the authors, in order); a
   * control character no name contains.
   */
  public static final String VALUE_SEPARATOR = "\u001f";

  /**
   * The fields a search hit shows, kept as doc values as well as stored, so that a result page
   * reads them without decompressing the stored documents: {@link #ID}, {@link #DATE_ISO} and
   * {@link #PUBLISHER} as sorted values, {@link #TITLE}, {@link #URL} and {@link #AUTHOR} (joined
   * by {@link #VALUE_SEPARATOR}) as binary values.
   */
  public static final List<String> HIT_FIELDS =
      List.of(ID, TITLE, AUTHOR, DATE_ISO, PUBLISHER, URL);

  /**
   * How much of the body is kept as a binary doc value under {@link #BODY}: snippets, the document
   * view and every other reader of the body take it from there, which a result page reads faster
   * than the stored document. Only a longer body is stored as well, whole. Matches beyond it still
   * count; they just are not shown in snippets.
   */
  public static final int SNIPPET_SOURCE_CHARS = 500_000;

  /** The value of the year facet for articles without a publication date. */
  public static final String UNKNOWN_YEAR = "Unknown";

  /**
   * The version of this schema, kept in each commit: an index written to another version is rebuilt
   * rather than appended to, since Lucene refuses to give an existing field new doc values, and
   * words analysed another way would not match the queries.
   */
  public static final String VERSION = "5";

  /** Facet dimensions, in the order the page shows them. */
  public static final List<String> FACETS =
      List.of(AUTHOR, YEAR, PUBLISHER, PERSON, ORGANIZATION, LOCATION, LANGUAGE, SOURCE);

  /**
   * Body text, indexed with offsets in postings, which make highlighting cheap; not stored: the doc
   * value of {@link #SNIPPET_SOURCE_CHARS} holds it. Storing it as well would write every body
   * twice, slowing builds and growing the index.
   */
  public static final FieldType BODY_TYPE;

  /**
   * A body longer than {@link #SNIPPET_SOURCE_CHARS}: stored too, since the doc value has its
   * start.
   */
  public static final FieldType LONG_BODY_TYPE;

  static {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    BODY_TYPE = type;
    FieldType stored = new FieldType(type);
    stored.setStored(true);
    stored.freeze();
    LONG_BODY_TYPE = stored;
  }

  private IndexSchema() {}

  /**
   * Returns the analyzer for title and body as indexed, and for their text when highlighted; each
   * language's fields ({@link LanguageFields}) as that language.
   */
  public static Analyzer analyzer() {
    return LanguageFields.withLanguages(new ArticleAnalyzer());
  }

  /** Returns the analyzer for the words of a query searched in title, body and language fields. */
  public static Analyzer queryAnalyzer() {
    return LanguageFields.withLanguages(ArticleAnalyzer.forQueries());
  }

  /**
   * Returns the facet configuration: every dimension but year and publisher holds several values.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : List.of(AUTHOR, PERSON, ORGANIZATION, LOCATION)) {
      config.setMultiValued(dim, true);
    }
    return config;
  }
}
