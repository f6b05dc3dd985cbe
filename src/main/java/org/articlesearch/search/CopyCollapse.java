package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import org.articlesearch.index.IndexSchema;

/**
 * Collapses the copies of one story in the local index's results: a group shows as its first hit in
 * the result order, and the total counts groups. An article's group is a doc value that grouping
 * updates in place, so only articles whose group holds more than one are looked at.
 */
final class CopyCollapse {
  private CopyCollapse() {}

  /** Returns whether any article of the reader has a copy. */
  static boolean anyCopies(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues counts = leaf.reader().getNumericDocValues(IndexSchema.COPY_COUNT);
      Bits live = leaf.reader().getLiveDocs();
      if (counts != null) {
        for (int doc = counts.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; ) {
          if (counts.longValue() > 1 && (live == null || live.get(doc))) {
            return true;
          }
          doc = counts.nextDoc();
        }
      }
    }
    return false;
  }

  /** Returns the hits that come first in their group, in their order. */
  static ScoreDoc[] firstOfEachGroup(IndexReader reader, ScoreDoc[] hits) throws IOException {
    String[] groups = new String[hits.length];
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    // In index order, so that each segment's doc values are read forwards.
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = reader.leaves();
    Segment segment = null;
    for (int i : byDoc) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      if (segment == null || segment.leaf != leaf) {
        segment = new Segment(leaf);
      }
      groups[i] = segment.sharedGroup(hits[i].doc - leaf.docBase);
    }
    Set<String> seen = new HashSet<>();
    List<ScoreDoc> first = new ArrayList<>();
    for (int i = 0; i < hits.length; i++) {
      if (groups[i] == null || seen.add(groups[i])) {
        first.add(hits[i]);
      }
    }
    return first.toArray(ScoreDoc[]::new);
  }

  /** Returns how many groups the articles a query matches fall into. */
  static long groups(IndexSearcher searcher, Query query) throws IOException {
    GroupCounter counted = searcher.search(query, new GroupCounting());
    return counted.alone + counted.shared.size();
  }

  /**
   * Returns the documents of the group an article is in, itself included; empty when it has no
   * copies.
   */
  static List<Integer> members(IndexReader reader, int doc) throws IOException {
    String group = groupOf(reader, doc);
    if (group == null) {
      return List.of();
    }
    List<LeafReaderContext> leaves = reader.leaves();
    List<Integer> members = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      Segment segment = new Segment(leaf);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if ((live == null || live.get(d)) && group.equals(segment.sharedGroup(d))) {
          members.add(leaf.docBase + d);
        }
      }
    }
    return members;
  }

  /** Returns the group of a document that has copies, or null when it has none. */
  static String groupOf(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return new Segment(at).sharedGroup(doc - at.docBase);
  }

  /** The group doc values of one segment, read forwards. */
  private static final class Segment {
    final LeafReaderContext leaf;
    private final NumericDocValues counts;
    private final BinaryDocValues groups;

    Segment(LeafReaderContext leaf) throws IOException {
      this.leaf = leaf;
      LeafReader segment = leaf.reader();
      this.counts = segment.getNumericDocValues(IndexSchema.COPY_COUNT);
      this.groups = segment.getBinaryDocValues(IndexSchema.COPY_GROUP);
    }

    /** Returns the group of a document that has copies, or null when it has none. */
    String sharedGroup(int doc) throws IOException {
      if (counts == null
          || !counts.advanceExact(doc)
          || counts.longValue() < 2
          || groups == null
          || !groups.advanceExact(doc)) {
        return null;
      }
      return groups.binaryValue().utf8ToString();
    }
  }

  /** Counts the matching articles without copies, and collects the groups of those with some. */
  private static final class GroupCounter extends SimpleCollector {
    long alone;
    final Set<String> shared = new HashSet<>();
    private Segment segment;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      segment = new Segment(context);
    }

    @Override
    public void collect(int doc) throws IOException {
      String group = segment.sharedGroup(doc);
      if (group == null) {
        alone++;
      } else {
        shared.add(group);
      }
    }

    @Override
    public void setScorer(Scorable scorer) {
      // counts only
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class GroupCounting implements CollectorManager<GroupCounter, GroupCounter> {
    @Override
    public GroupCounter newCollector() {
      return new GroupCounter();
    }

    @Override
    public GroupCounter reduce(Collection<GroupCounter> collectors) {
      GroupCounter all = new GroupCounter();
      for (GroupCounter c : collectors) {
        all.alone += c.alone;
        all.shared.addAll(c.shared);
      }
      return all;
    }
  }
}
