package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.articlesearch.article.Span;
import org.articlesearch.index.ArticleDocuments;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LanguageFields;

/**
 * Finds where a query matches in an article's body, for stepping from hit to hit: the unified
 * highlighter over the whole text as one passage, with weight matches so that a phrase is one span.
 */
final class QueryMatches {
  private QueryMatches() {}

  /** Returns the query's matches in the body of the article with this id, in order. */
  static List<Span> find(IndexSearcher searcher, Analyzer analyzer, Query query, String id)
      throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    int doc = top.scoreDocs[0].doc;
    String language =
        searcher
            .storedFields()
            .document(doc, Set.of(IndexSchema.LANGUAGE))
            .get(IndexSchema.LANGUAGE);
    SpanCollector spans = new SpanCollector();
    new WholeBodyHighlighter(configure(UnifiedHighlighter.builder(searcher, analyzer), spans))
        .highlightFields(
            new String[] {LanguageFields.bodyOf(language)}, query, new int[] {doc}, new int[] {1});
    return spans.merged();
  }

  /**
   * Returns the query's matches in a body given as text, found by analysing it as the body field of
   * its language ({@link LanguageFields#bodyOf}).
   */
  static List<Span> inText(Analyzer analyzer, Query query, String field, String body)
      throws IOException {
    SpanCollector spans = new SpanCollector();
    configure(UnifiedHighlighter.builderWithoutSearcher(analyzer), spans)
        .build()
        .highlightWithoutSearcher(field, query, body, 1);
    return spans.merged();
  }

  /** The whole text as one passage, every match kept, a phrase as one match. */
  private static UnifiedHighlighter.Builder configure(
      UnifiedHighlighter.Builder builder, SpanCollector spans) {
    return builder
        .withFormatter(spans)
        .withBreakIterator(WholeBreakIterator::new)
        .withWeightMatches(true)
        .withMaxNoHighlightPassages(0)
        .withMaxLength(Integer.MAX_VALUE - 1);
  }

  /**
   * Takes the body from where {@link ArticleDocuments#read} finds it: the body is a stored field
   * only when it is longer than its doc value, which is where the highlighter would look.
   */
  private static final class WholeBodyHighlighter extends UnifiedHighlighter {
    WholeBodyHighlighter(Builder builder) {
      super(builder);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      IndexReader reader = getIndexSearcher().getIndexReader();
      // A language's body field analyses the body's text.
      String[] stored = new String[fields.length];
      for (int i = 0; i < fields.length; i++) {
        stored[i] = LanguageFields.isBody(fields[i]) ? IndexSchema.BODY : fields[i];
      }
      Set<String> wanted = Set.copyOf(List.of(stored));
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        Document document = ArticleDocuments.read(reader, doc, wanted);
        CharSequence[] row = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          row[i] = document.get(stored[i]); // the body is one value; null when there is none
        }
        values.add(row);
      }
      return values;
    }
  }

  /** Keeps the match offsets of the passages instead of formatting them. */
  private static final class SpanCollector extends PassageFormatter {
    private final List<Span> spans = new ArrayList<>();

    @Override
    public Object format(Passage[] passages, String content) {
      for (Passage passage : passages) {
        for (int i = 0; i < passage.getNumMatches(); i++) {
          spans.add(new Span(passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
        }
      }
      return "";
    }

    /** Returns the spans in order, overlapping ones joined. */
    List<Span> merged() {
      spans.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : a.end() - b.end());
      List<Span> out = new ArrayList<>();
      for (Span s : spans) {
        Span last = out.isEmpty() ? null : out.getLast();
        if (last != null && s.start() < last.end()) {
          out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
        } else {
          out.add(s);
        }
      }
      return out;
    }
  }
}
