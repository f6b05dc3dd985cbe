package org.articlesearch.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/**
 * The MinHash signature of a body's word shingles: two bodies are copies of one story when enough
 * of their signatures' buckets hold the same value, which estimates the Jaccard similarity of their
 * shingle sets.
 */
public final class CopySignature {
  /** Words per shingle: a changed word alters this many shingles. */
  static final int SHINGLE_WORDS = 3;

  /** Buckets of the one-permutation MinHash; the estimate's error shrinks with their root. */
  public static final int BUCKETS = 128;

  /**
   * Bodies with fewer words are never grouped: a few words in common (an empty scan, a caption) say
   * nothing about being one story.
   */
  static final int MIN_WORDS = 20;

  private static final long EMPTY = Long.MAX_VALUE;

  private CopySignature() {}

  /**
   * Returns the signature of a body, one value per bucket, or null when it has too few words to be
   * compared.
   *
   * <p>One-permutation MinHash with rotation, the scheme of Lucene's {@code MinHashFilter}: each
   * shingle's hash picks a bucket by its top bits, the bucket keeps its smallest value, and an
   * empty bucket takes the next filled one's. It is computed here over hashes of the words: the
   * filter, behind Lucene's tokenizer and shingle filter, makes a string of every shingle and took
   * several times as long as the rest of indexing an article.
   */
  public static int[] of(String body) {
    if (!hasWords(body, MIN_WORDS)) {
      return null;
    }
    long[] minimum = new long[BUCKETS];
    Arrays.fill(minimum, EMPTY);
    long[] window = new long[SHINGLE_WORDS];
    int words = 0;
    long word = FNV_OFFSET;
    boolean inWord = false;
    // Words are runs of letters and digits, compared in lower case; one pass, no strings made.
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word = (word ^ Character.toLowerCase(c)) * FNV_PRIME;
        inWord = true;
        continue;
      }
      if (!inWord) {
        continue;
      }
      window[words++ % SHINGLE_WORDS] = mix(word);
      word = FNV_OFFSET;
      inWord = false;
      if (words >= SHINGLE_WORDS) {
        long shingle = 0;
        for (int w = words - SHINGLE_WORDS; w < words; w++) {
          shingle = shingle * FNV_PRIME + window[w % SHINGLE_WORDS];
        }
        shingle = mix(shingle);
        int bucket = (int) (shingle >>> (Long.SIZE - BUCKET_BITS));
        long value = shingle & 0xFFFFFFFFL;
        if (value < minimum[bucket]) {
          minimum[bucket] = value;
        }
      }
    }
    return words < SHINGLE_WORDS ? null : rotated(minimum);
  }

  private static final int BUCKET_BITS = Integer.numberOfTrailingZeros(BUCKETS);

  /** Fills each empty bucket from the next filled one, offset by how far it had to look. */
  private static int[] rotated(long[] minimum) {
    int[] signature = new int[BUCKETS];
    for (int i = 0; i < BUCKETS; i++) {
      int distance = 0;
      while (minimum[(i + distance) % BUCKETS] == EMPTY) {
        distance++;
      }
      signature[i] = (int) minimum[(i + distance) % BUCKETS] + distance * 0x9E3779B9;
    }
    return signature;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  /** MurmurHash3's 64-bit finalizer: every input bit moves every output bit. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Returns the share of buckets two signatures agree on: their estimated Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < BUCKETS; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / BUCKETS;
  }

  /** Returns a signature as bytes, as the index keeps it. */
  public static BytesRef toBytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(BUCKETS * Integer.BYTES);
    buffer.asIntBuffer().put(signature);
    return new BytesRef(buffer.array());
  }

  /** Reads a signature from the bytes {@link #toBytes} wrote; null for none or another length. */
  public static int[] fromBytes(BytesRef bytes) {
    if (bytes == null || bytes.length != BUCKETS * Integer.BYTES) {
      return null;
    }
    int[] signature = new int[BUCKETS];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer().get(signature);
    return signature;
  }

  private static boolean hasWords(String text, int count) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words < count; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words >= count;
  }
}
