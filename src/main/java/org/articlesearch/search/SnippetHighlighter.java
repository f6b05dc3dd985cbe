package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LanguageFields;

/**
 * Highlights snippets of about two sentences of about 160 characters: matches marked, text escaped.
 * The body comes from its doc values, not from the stored document, whose block decompression cost
 * a sixth of a search. Thread-safe; one per index version.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  static final int SNIPPET_LENGTH = 160;

  /** How many passages a snippet joins. */
  static final int PASSAGES = 2;

  private SnippetHighlighter(Builder builder) {
    super(builder);
  }

  /** Returns the highlighter for one index version. */
  static SnippetHighlighter on(IndexReader reader, Analyzer analyzer) {
    IndexSearcher searcher = new IndexSearcher(reader);
    // Match offsets are read once per hit: caching the query's matches would cost, not save.
    searcher.setQueryCache(null);
    return new SnippetHighlighter(configure(UnifiedHighlighter.builder(searcher, analyzer)));
  }

  /**
   * Returns the snippets of documents, in the order given, each marking the query's words where its
   * language's analysis found them: an article in German in {@code body_de}, one in English or of
   * no known language in the body.
   */
  String[] snippets(Query query, int[] docIds) throws IOException {
    Map<String, List<Integer>> byField = new LinkedHashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      byField.computeIfAbsent(bodyFieldOf(docIds[i]), f -> new ArrayList<>()).add(i);
    }
    String[] snippets = new String[docIds.length];
    for (Map.Entry<String, List<Integer>> group : byField.entrySet()) {
      List<Integer> at = group.getValue();
      int[] docs = at.stream().mapToInt(i -> docIds[i]).toArray();
      String[] some =
          highlightFields(new String[] {group.getKey()}, query, docs, new int[] {PASSAGES})
              .get(group.getKey());
      for (int j = 0; j < at.size(); j++) {
        snippets[at.get(j)] = some[j];
      }
    }
    return snippets;
  }

  /** Returns the body field analysed in the language of a document. */
  private String bodyFieldOf(int doc) throws IOException {
    List<LeafReaderContext> leaves = getIndexSearcher().getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues languages = leaf.reader().getSortedDocValues(IndexSchema.LANGUAGE);
    return languages != null && languages.advanceExact(doc - leaf.docBase)
        ? LanguageFields.bodyOf(languages.lookupOrd(languages.ordValue()).utf8ToString())
        : IndexSchema.BODY;
  }

  /** A field's matches are its own: the precondition of {@link SharedWeightOffsetStrategy}. */
  @Override
  protected Predicate<String> getFieldMatcher(String field) {
    return field::equals;
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source == OffsetSource.POSTINGS
        && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return new SharedWeightOffsetStrategy(components, getIndexSearcher());
    }
    return super.getOffsetStrategy(source, components);
  }

  /** Sets the snippet length, marks and escaping; shared with {@link TextHighlighter}. */
  static UnifiedHighlighter.Builder configure(UnifiedHighlighter.Builder builder) {
    return builder
        .withFormatter(new BudgetPassageFormatter())
        .withScorer(new SnippetPassageScorer())
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    new SentenceBreakIterator(), SNIPPET_LENGTH, 0.5f))
        .withMaxLength(IndexSchema.SNIPPET_SOURCE_CHARS);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    if (fields.length != 1 || !LanguageFields.isBody(fields[0])) {
      return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    }
    IndexReader reader = getIndexSearcher().getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
    List<CharSequence[]> values = new ArrayList<>();
    // The documents come in index order: one doc values iterator for each segment's hits.
    LeafReaderContext leaf = null;
    BinaryDocValues bodies = null;
    int previous = -1;
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        previous = doc, doc = docIter.nextDoc()) {
      if (leaf == null || doc <= previous || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        bodies = leaf.reader().getBinaryDocValues(IndexSchema.BODY);
      }
      if (bodies != null && bodies.advanceExact(doc - leaf.docBase)) {
        values.add(new CharSequence[] {bodies.binaryValue().utf8ToString()});
      } else {
        // A segment written before the body was a doc value.
        values.add(
            super.loadFieldValues(
                    new String[] {IndexSchema.BODY},
                    DocIdSetIterator.range(doc, doc + 1),
                    cacheCharsThreshold)
                .get(0));
      }
    }
    return values;
  }
}
