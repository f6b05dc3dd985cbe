package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.articlesearch.index.IndexSchema;

/**
 * Collapses the copies of one story in the local index's results: a group shows as its first hit in
 * the result order, and the total counts groups. Built once per index version: each article with
 * copies gets its group's number, so that collapsing and counting read an array.
 */
final class CopyCollapse {
  private static final int ALONE = -1;

  // The group number of each document of the reader, ALONE for an article without copies.
  private final int[] groupOf;
  private final List<String> groupIds;

  private CopyCollapse(int[] groupOf, List<String> groupIds) {
    this.groupOf = groupOf;
    this.groupIds = groupIds;
  }

  /** Numbers the groups of the articles of a reader that have copies. */
  static CopyCollapse of(IndexReader reader) throws IOException {
    int[] groupOf = new int[reader.maxDoc()];
    Arrays.fill(groupOf, ALONE);
    Map<String, Integer> numbers = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      NumericDocValues counts = segment.getNumericDocValues(IndexSchema.COPY_COUNT);
      BinaryDocValues groups = segment.getBinaryDocValues(IndexSchema.COPY_GROUP);
      Bits live = segment.getLiveDocs();
      if (counts == null || groups == null) {
        continue;
      }
      for (int doc = counts.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; ) {
        if (counts.longValue() > 1 && (live == null || live.get(doc)) && groups.advanceExact(doc)) {
          String group = groups.binaryValue().utf8ToString();
          groupOf[leaf.docBase + doc] =
              numbers.computeIfAbsent(
                  group,
                  g -> {
                    ids.add(g);
                    return ids.size() - 1;
                  });
        }
        doc = counts.nextDoc();
      }
    }
    return new CopyCollapse(groupOf, ids);
  }

  /** Returns whether any article has a copy. */
  boolean anyCopies() {
    return !groupIds.isEmpty();
  }

  /** Returns the hits that come first in their group, in their order. */
  ScoreDoc[] firstOfEachGroup(ScoreDoc[] hits) {
    FixedBitSet seen = new FixedBitSet(Math.max(1, groupIds.size()));
    List<ScoreDoc> first = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      int group = groupOf[hit.doc];
      if (group == ALONE || !seen.getAndSet(group)) {
        first.add(hit);
      }
    }
    return first.toArray(ScoreDoc[]::new);
  }

  /** Returns how many groups the articles a query matches fall into. */
  long groups(IndexSearcher searcher, Query query) throws IOException {
    GroupCounter counted = searcher.search(query, new GroupCounting());
    return counted.alone + counted.groups.cardinality();
  }

  /** Returns the group id (its first seen article's) of a document with copies, or null. */
  String groupId(int doc) {
    return groupOf[doc] == ALONE ? null : groupIds.get(groupOf[doc]);
  }

  /** Returns the documents of the group a document is in, itself included; empty when alone. */
  List<Integer> members(int doc) {
    int group = groupOf[doc];
    if (group == ALONE) {
      return List.of();
    }
    List<Integer> members = new ArrayList<>();
    for (int d = 0; d < groupOf.length; d++) {
      if (groupOf[d] == group) {
        members.add(d);
      }
    }
    return members;
  }

  /** Counts the matching articles without copies, and marks the groups of those with some. */
  private final class GroupCounter extends SimpleCollector {
    long alone;
    final FixedBitSet groups = new FixedBitSet(Math.max(1, groupIds.size()));
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void collect(int doc) {
      int group = groupOf[docBase + doc];
      if (group == ALONE) {
        alone++;
      } else {
        groups.set(group);
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

  private final class GroupCounting implements CollectorManager<GroupCounter, GroupCounter> {
    @Override
    public GroupCounter newCollector() {
      return new GroupCounter();
    }

    @Override
    public GroupCounter reduce(Collection<GroupCounter> collectors) {
      GroupCounter all = new GroupCounter();
      for (GroupCounter c : collectors) {
        all.alone += c.alone;
        all.groups.or(c.groups);
      }
      return all;
    }
  }
}
