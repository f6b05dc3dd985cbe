package org.articlesearch.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Groups articles whose bodies are copies of one story: signatures that agree on a whole band of
 * buckets are candidates (locality-sensitive hashing), a candidate pair whose signatures agree on
 * at least {@link #THRESHOLD} of all buckets is a copy, and copies of copies join one group. The
 * group is named after its earliest member, undated last, then by id, so that the same articles
 * always give the same groups.
 */
public final class CopyGroups {
  /**
   * The share of buckets two copies agree on at least, chosen on the labelled copies of the State
   * of the Union passages (docs/performance.md has precision and recall).
   */
  public static final double THRESHOLD = 0.4;

  // Buckets per band: pairs agreeing on half the buckets are candidates in nearly every case.
  private static final int ROWS = 4;
  private static final int BANDS = CopySignature.BUCKETS / ROWS;

  // Low bits of a sorted band entry: the member's position among those with a signature.
  private static final int INDEX_BITS = 24;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  /** The day an undated article counts as published: after every dated one. */
  public static final long UNDATED = Long.MAX_VALUE;

  /**
   * An article as grouping sees it.
   *
   * @param signature its {@link CopySignature}, or null when its body is too short to compare
   * @param day publication date as epoch day, or {@link #UNDATED}
   */
  public record Member(String id, int[] signature, long day) {}

  /**
   * The group an article belongs to.
   *
   * @param id the id of the group's earliest member
   * @param size how many articles the group holds, this one included
   */
  public record Group(String id, int size) {
    /** The group of an article without copies. */
    public static Group alone(String id) {
      return new Group(id, 1);
    }
  }

  private CopyGroups() {}

  /** Returns each member's group, at the given threshold. */
  public static Map<String, Group> of(Collection<Member> members, double threshold) {
    List<Member> ordered = new ArrayList<>(members);
    ordered.sort(Comparator.comparingLong(Member::day).thenComparing(Member::id));
    int[] parent = new int[ordered.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int[] signed =
        IntStream.range(0, ordered.size())
            .filter(i -> ordered.get(i).signature() != null)
            .toArray();
    if (signed.length > 1 << INDEX_BITS) {
      throw new IllegalArgumentException("more than " + (1 << INDEX_BITS) + " articles to group");
    }
    long[] keyed = new long[signed.length];
    for (int band = 0; band < BANDS; band++) {
      // Band key and position in one long, sorted as primitives: the candidates of a band are
      // runs of equal keys. A key's top bits suffice, since every candidate is compared anyway.
      for (int k = 0; k < signed.length; k++) {
        keyed[k] = (bandKey(ordered.get(signed[k]).signature(), band) << INDEX_BITS) | k;
      }
      Arrays.sort(keyed);
      for (int from = 0, to; from < keyed.length; from = to) {
        to = from + 1;
        while (to < keyed.length && keyed[to] >>> INDEX_BITS == keyed[from] >>> INDEX_BITS) {
          to++;
        }
        if (to - from > 1) {
          joinCopies(ordered, parent, signed, keyed, from, to, threshold);
        }
      }
    }
    int[] sizes = new int[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      sizes[root(parent, i)]++;
    }
    Map<String, Group> groups = HashMap.newHashMap(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      int root = root(parent, i);
      groups.put(ordered.get(i).id(), new Group(ordered.get(root).id(), sizes[root]));
    }
    return groups;
  }

  /**
   * Joins the copies among the members of one band's run of equal keys: each is compared with one
   * member of each group met earlier in the run, so a run of exact copies costs one comparison a
   * member.
   */
  private static void joinCopies(
      List<Member> ordered,
      int[] parent,
      int[] signed,
      long[] keyed,
      int from,
      int to,
      double threshold) {
    List<Integer> met = new ArrayList<>();
    for (int k = from; k < to; k++) {
      int i = signed[(int) (keyed[k] & INDEX_MASK)];
      boolean joined = false;
      for (int j : met) {
        if (root(parent, i) == root(parent, j)) {
          joined = true;
        } else if (CopySignature.similarity(ordered.get(i).signature(), ordered.get(j).signature())
            >= threshold) {
          union(parent, i, j);
          joined = true;
        }
      }
      if (!joined) {
        met.add(i);
      }
    }
  }

  private static long bandKey(int[] signature, int band) {
    long key = band;
    for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
      key = key * 0x9E3779B97F4A7C15L + signature[row];
    }
    return key;
  }

  /** Returns the root of a member's set; the root is always the set's earliest member. */
  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    // The earlier member (smaller index) stays the root, so it names the group.
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
