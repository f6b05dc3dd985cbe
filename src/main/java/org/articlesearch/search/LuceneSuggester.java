package org.articlesearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.index.IndexSchema;

/**
 * Autocomplete over titles, authors and entity names: Lucene's infix suggester, matching the start
 * of any word, case- and accent-insensitively, best known (most articles) first.
 *
 * <p>The suggester is built in memory on first use and again for each newly committed index, on a
 * thread of its own, so that server start never waits for it; until a rebuild is done the previous
 * one answers.
 */
public final class LuceneSuggester implements Closeable {
  /**
   * How long a request waits for the very first build before answering without suggestions; the
   * next keystroke asks again, and a small index is built well within it.
   */
  private static final long FIRST_BUILD_WAIT_SECONDS = 3;

  private static final List<String> DIMS =
      List.of(
          IndexSchema.AUTHOR, IndexSchema.PERSON, IndexSchema.ORGANIZATION, IndexSchema.LOCATION);

  private final ExecutorService builder =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "suggester-build");
            t.setDaemon(true);
            return t;
          });
  private Built current;
  private Object pendingFor;
  private Future<Built> pending;

  /** A suggester built from one version of the index. */
  private record Built(Object version, AnalyzingInfixSuggester suggester) {}

  /**
   * One version of an index the entries are read from: equal versions share one build. The
   * suggester holds the source from {@link #retain()} until its build has read it.
   */
  public interface Source {
    /** Returns what identifies this version of the index. */
    Object version();

    /** Returns the entries: every title and every author and entity name, with article counts. */
    List<Entry> entries() throws IOException;

    /** Keeps this version readable until {@link #release()}. */
    default void retain() {}

    /** Lets this version go. */
    default void release() throws IOException {}
  }

  /** Returns up to size suggestions for what the user has typed so far, from the local index. */
  List<Suggestion> suggest(IndexReader reader, String prefix, int size) throws IOException {
    return suggest(
        new Source() {
          @Override
          public Object version() {
            return reader;
          }

          @Override
          public List<Entry> entries() throws IOException {
            return LuceneSuggester.entries(reader);
          }

          @Override
          public void retain() {
            reader.incRef();
          }

          @Override
          public void release() throws IOException {
            reader.decRef();
          }
        },
        prefix,
        size);
  }

  /** Returns up to size suggestions for what the user has typed so far. */
  public List<Suggestion> suggest(Source source, String prefix, int size) throws IOException {
    if (prefix.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return List.of();
    }
    Built built = builtFor(source);
    if (built == null) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    for (Lookup.LookupResult r : built.suggester().lookup(prefix, size, true, false)) {
      out.add(new Suggestion(r.key.toString(), r.payload.utf8ToString()));
    }
    return out;
  }

  /** Returns the suggester for this version, the previous one while it builds, or null. */
  private Built builtFor(Source source) throws IOException {
    Object version = source.version();
    Future<Built> wait;
    synchronized (this) {
      if (current != null && current.version().equals(version)) {
        return current;
      }
      if (!version.equals(pendingFor)) {
        source.retain();
        pendingFor = version;
        pending = builder.submit(() -> build(source, version));
      }
      if (current != null) {
        return current;
      }
      wait = pending;
    }
    try {
      return wait.get(FIRST_BUILD_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      throw new IOException("building the suggester failed", e.getCause());
    }
  }

  private Built build(Source source, Object version) throws IOException {
    try {
      AnalyzingInfixSuggester suggester =
          new AnalyzingInfixSuggester(
              new ByteBuffersDirectory(),
              new FoldingAnalyzer(true),
              new FoldingAnalyzer(false),
              4,
              false);
      suggester.build(new EntryIterator(source.entries()));
      Built built = new Built(version, suggester);
      Built previous;
      synchronized (this) {
        previous = current;
        current = built;
        if (version.equals(pendingFor)) {
          pendingFor = null;
          pending = null;
        }
      }
      if (previous != null) {
        previous.suggester().close();
      }
      return built;
    } finally {
      source.release();
    }
  }

  /**
   * One entry per distinct text and field, weighted by the number of articles that have it.
   *
   * @param field {@code title}, or the facet the name comes from
   */
  public record Entry(String text, String field, long articles) {}

  /** The facets whose values are suggested, besides titles. */
  public static final List<String> SUGGESTED_FACETS = DIMS;

  private static List<Entry> entries(IndexReader reader) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<String, Long> titles = new HashMap<>();
    StoredFields stored = reader.storedFields();
    Set<String> fields = Set.of(IndexSchema.TITLE);
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          String title = stored.document(leaf.docBase + doc, fields).get(IndexSchema.TITLE);
          if (title != null && !title.isBlank()) {
            titles.merge(title.strip(), 1L, Long::sum);
          }
        }
      }
    }
    titles.forEach((title, n) -> entries.add(new Entry(title, IndexSchema.TITLE, n)));
    FacetOrdinals ordinals = FacetOrdinals.of(reader, IndexSchema.facetsConfig());
    if (ordinals == null) {
      return entries; // no facet values at all
    }
    FacetTally counts = FacetTally.ofAll(ordinals);
    for (String dim : DIMS) {
      FacetResult result = counts.getAllChildren(dim);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          entries.add(new Entry(lv.label, dim, lv.value.longValue()));
        }
      }
    }
    return entries;
  }

  @Override
  public void close() throws IOException {
    builder.shutdownNow();
    synchronized (this) {
      if (current != null) {
        current.suggester().close();
        current = null;
      }
    }
  }

  /**
   * Words lower-cased and stripped of accents, so "mush" finds "Musharraf" and "pervéz" too; for
   * the entries, also each two neighbouring words joined, so "mckinley" finds "William Mc Kinley".
   */
  private static final class FoldingAnalyzer extends Analyzer {
    private final boolean joinNeighbours;

    FoldingAnalyzer(boolean joinNeighbours) {
      this.joinNeighbours = joinNeighbours;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      if (joinNeighbours) {
        ShingleFilter joined = new ShingleFilter(result, 2, 2);
        joined.setTokenSeparator("");
        result = joined;
      }
      return new TokenStreamComponents(source, result);
    }
  }

  /** Feeds the entries to the suggester: text as key, article count as weight, field as payload. */
  private static final class EntryIterator implements InputIterator {
    private final Iterator<Entry> entries;
    private Entry entry;

    EntryIterator(List<Entry> entries) {
      this.entries = entries.iterator();
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      entry = entries.next();
      return new BytesRef(entry.text());
    }

    @Override
    public long weight() {
      return entry.articles();
    }

    @Override
    public BytesRef payload() {
      return new BytesRef(entry.field().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
