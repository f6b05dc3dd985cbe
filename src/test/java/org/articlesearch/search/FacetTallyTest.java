package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.articlesearch.index.IndexSchema;
import org.junit.jupiter.api.Test;

class FacetTallyTest {
  private static final List<String> DIMS =
      List.of(IndexSchema.AUTHOR, IndexSchema.YEAR, IndexSchema.PERSON);

  @Test
  void countsValuesAndOrderAsLuceneDoesOverSeveralSegmentsWithDeletions() throws IOException {
    FacetsConfig config = IndexSchema.facetsConfig();
    try (Directory directory = new ByteBuffersDirectory()) {
      write(directory, config);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
        assertThat(reader.numDeletedDocs()).isPositive();
        FacetOrdinals ordinals = FacetOrdinals.of(reader, config);
        DefaultSortedSetDocValuesReaderState state =
            new DefaultSortedSetDocValuesReaderState(reader, config);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (var query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("tag", "even")))) {
          FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
          assertSame(new SortedSetDocValuesFacetCounts(state, hits), FacetTally.of(ordinals, hits));
        }
        assertSame(new SortedSetDocValuesFacetCounts(state), FacetTally.ofAll(ordinals));
      }
    }
  }

  @Test
  void anIndexWithoutFacetValuesHasNoOrdinals() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        Document doc = new Document();
        doc.add(new StringField("tag", "even", Field.Store.NO));
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(FacetOrdinals.of(reader, IndexSchema.facetsConfig())).isNull();
      }
    }
  }

  private static void assertSame(Facets lucene, Facets tally) throws IOException {
    for (String dim : DIMS) {
      for (int topN : List.of(1, 3, 10, 1000)) {
        assertThat(describe(tally.getTopChildren(topN, dim)))
            .as("%s top %d", dim, topN)
            .isEqualTo(describe(lucene.getTopChildren(topN, dim)));
      }
      assertThat(describe(tally.getAllChildren(dim)))
          .as("%s all", dim)
          .isEqualTo(describe(lucene.getAllChildren(dim)));
    }
    assertThat(tally.getTopChildren(5, IndexSchema.LOCATION)).isNull();
  }

  private static String describe(FacetResult result) {
    return result == null ? "none" : result.toString();
  }

  /** Five segments of random authors, years and people, with ties; some documents deleted. */
  private static void write(Directory directory, FacetsConfig config) throws IOException {
    Random random = new Random(42);
    IndexWriterConfig writerConfig = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
      int id = 0;
      for (int segment = 0; segment < 5; segment++) {
        for (int i = 0; i < 60; i++, id++) {
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
          doc.add(new StringField("tag", id % 2 == 0 ? "even" : "odd", Field.Store.NO));
          doc.add(
              new SortedSetDocValuesFacetField(IndexSchema.YEAR, "" + (1900 + random.nextInt(12))));
          for (int a = random.nextInt(3); a >= 0; a--) {
            doc.add(
                new SortedSetDocValuesFacetField(
                    IndexSchema.AUTHOR, "Author " + random.nextInt(9)));
          }
          // Segment-specific names, so that each segment's ordinals differ from the index's.
          for (int p = random.nextInt(4); p > 0; p--) {
            doc.add(
                new SortedSetDocValuesFacetField(
                    IndexSchema.PERSON,
                    "Person " + (char) ('a' + random.nextInt(6 + 3 * segment))));
          }
          writer.addDocument(config.build(doc));
        }
        writer.commit();
      }
      for (int deleted = 3; deleted < id; deleted += 7) {
        writer.deleteDocuments(new Term("id", Integer.toString(deleted)));
      }
    }
  }
}
