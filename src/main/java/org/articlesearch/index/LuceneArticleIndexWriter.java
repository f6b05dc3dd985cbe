package org.articlesearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.article.Article;
import org.articlesearch.article.NamedEntity;

/**
 * Builds a Lucene index in a directory. A rebuild replaces the old index only at commit, so a crash
 * or a failed run leaves the last committed index as it was.
 */
public final class LuceneArticleIndexWriter implements ArticleIndexWriter {
  private final Directory directory;
  private final IndexWriter writer;
  private final ArticleDocuments documents = new ArticleDocuments();
  // In an index begun empty, the ids added so far: an article's first add needs no delete of an
  // older copy, which Lucene would otherwise look up in every segment it flushes. Null when the
  // index was opened with committed articles.
  private final Set<String> addedToEmpty;
  // The committed articles as this writer's changes leave them, for the stamps file each commit
  // writes; null while unknown: an index opened with articles, before committed() read them.
  private volatile Map<String, Committed> tracked;
  // Names the last commit's stamps file; null when it has none, or when the index is replaced.
  private volatile String commitId;
  private DirectoryReader nrt;
  private volatile boolean writtenSinceOpen;

  private LuceneArticleIndexWriter(Directory directory, IndexWriter writer, boolean empty) {
    this.directory = directory;
    this.writer = writer;
    this.addedToEmpty = empty ? ConcurrentHashMap.newKeySet() : null;
    this.tracked = empty ? new ConcurrentHashMap<>() : null;
    this.commitId = empty ? null : liveCommitData().get(CommittedStamps.COMMIT_KEY);
  }

  /** Opens a writer that replaces the whole index in a folder at its first commit. */
  public static LuceneArticleIndexWriter rebuild(Path indexDir) throws IOException {
    return rebuild(FSDirectory.open(indexDir));
  }

  /**
   * Opens a writer that replaces the whole index in a directory at its first commit; takes
   * ownership of it.
   */
  public static LuceneArticleIndexWriter rebuild(Directory directory) throws IOException {
    return open(directory, IndexWriterConfig.OpenMode.CREATE);
  }

  /**
   * Opens a writer that changes the index in a folder, or creates it; nothing shows before commit.
   */
  public static LuceneArticleIndexWriter update(Path indexDir) throws IOException {
    return open(FSDirectory.open(indexDir), IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  private static LuceneArticleIndexWriter open(Directory directory, IndexWriterConfig.OpenMode mode)
      throws IOException {
    if (mode == IndexWriterConfig.OpenMode.CREATE_OR_APPEND
        && DirectoryReader.indexExists(directory)
        && !IndexSchema.VERSION.equals(
            SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY))) {
      // Written to an older schema: replaced at the first commit, like a rebuild.
      mode = IndexWriterConfig.OpenMode.CREATE;
    }
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(128);
    try {
      LuceneArticleIndexWriter opened =
          new LuceneArticleIndexWriter(
              directory,
              new IndexWriter(directory, config),
              mode == IndexWriterConfig.OpenMode.CREATE);
      if (mode == IndexWriterConfig.OpenMode.CREATE) {
        opened.recordSettings(Map.of());
      }
      return opened;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public void add(Article article, List<NamedEntity> recognized, String fileStamp)
      throws IOException {
    writtenSinceOpen = true;
    Document doc = documents.asDocument(article, recognized);
    doc.add(new BinaryDocValuesField(IndexSchema.FILE_STAMP, new BytesRef(fileStamp)));
    try {
      if (addedToEmpty != null && addedToEmpty.add(article.id())) {
        writer.addDocument(doc);
      } else {
        writer.updateDocument(new Term(IndexSchema.ID, article.id()), doc);
      }
      Map<String, Committed> known = tracked;
      if (known != null) {
        known.put(article.id(), new Committed(article.path(), article.contentHash(), fileStamp));
      }
    } catch (AlreadyClosedException e) {
      throw rootCause(e);
    }
  }

  @Override
  public void restamp(String id, String fileStamp) throws IOException {
    writtenSinceOpen = true;
    try {
      // A doc-values update: the article is not inverted again.
      writer.updateBinaryDocValue(
          new Term(IndexSchema.ID, id), IndexSchema.FILE_STAMP, new BytesRef(fileStamp));
      Map<String, Committed> known = tracked;
      if (known != null) {
        known.computeIfPresent(id, (key, c) -> new Committed(c.path(), c.contentHash(), fileStamp));
      }
    } catch (AlreadyClosedException e) {
      throw rootCause(e);
    }
  }

  @Override
  public void delete(String id) throws IOException {
    writtenSinceOpen = true;
    try {
      writer.deleteDocuments(new Term(IndexSchema.ID, id));
      Map<String, Committed> known = tracked;
      if (known != null) {
        known.remove(id);
      }
    } catch (AlreadyClosedException e) {
      throw rootCause(e);
    }
  }

  /**
   * After a failed write (a full disk, say) the writer is closed; the reason is what the user
   * needs.
   */
  private IOException rootCause(AlreadyClosedException e) {
    Throwable tragic = writer.getTragicException();
    return tragic == null
        ? new IOException(e.getMessage(), e)
        : new IOException(tragic.getMessage(), tragic);
  }

  @Override
  public Map<String, Committed> committed() throws IOException {
    Map<String, Committed> committed = CommittedStamps.read(directory, commitId).orElse(null);
    if (committed == null) {
      committed = committedFromDocValues();
    }
    if (tracked == null && !writtenSinceOpen) {
      // A copy: the caller keeps the committed list while this writer's changes apply to it.
      tracked = new ConcurrentHashMap<>(committed);
    }
    return committed;
  }

  private Map<String, Committed> committedFromDocValues() throws IOException {
    Map<String, Committed> committed = new HashMap<>();
    if (!DirectoryReader.indexExists(directory)) {
      return committed;
    }
    // From doc values: an incremental run over an unchanged corpus then decompresses no document.
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader segment = leaf.reader();
        SortedDocValues ids = segment.getSortedDocValues(IndexSchema.ID);
        BinaryDocValues paths = segment.getBinaryDocValues(IndexSchema.PATH);
        BinaryDocValues hashes = segment.getBinaryDocValues(IndexSchema.CONTENT_HASH);
        BinaryDocValues stamps = segment.getBinaryDocValues(IndexSchema.FILE_STAMP);
        StoredFields stored = segment.storedFields();
        Bits live = segment.getLiveDocs();
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          if (ids != null
              && paths != null
              && hashes != null
              && ids.advanceExact(doc)
              && paths.advanceExact(doc)
              && hashes.advanceExact(doc)) {
            committed.put(
                ids.lookupOrd(ids.ordValue()).utf8ToString(),
                new Committed(
                    paths.binaryValue().utf8ToString(),
                    hashes.binaryValue().utf8ToString(),
                    stampOf(stamps, doc)));
          } else {
            // Written before paths and hashes were doc values: the stored fields have them.
            Document d = stored.document(doc, COMMITTED_FIELDS);
            committed.put(
                d.get(IndexSchema.ID),
                new Committed(d.get(IndexSchema.PATH), d.get(IndexSchema.CONTENT_HASH), ""));
          }
        }
      }
    }
    return committed;
  }

  /** Returns a document's file stamp, or "" for one written before stamps were kept. */
  private static String stampOf(BinaryDocValues stamps, int doc) throws IOException {
    return stamps != null && stamps.advanceExact(doc) ? stamps.binaryValue().utf8ToString() : "";
  }

  private static final Set<String> COMMITTED_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.PATH, IndexSchema.CONTENT_HASH);

  @Override
  public void forEachRecognized(BiConsumer<String, List<NamedEntity>> consumer) throws IOException {
    forEachCommitted(
        Set.of(IndexSchema.ID, IndexSchema.ENTITIES, IndexSchema.ENTITIES_RECOGNIZED),
        doc ->
            consumer.accept(doc.get(IndexSchema.ID), ArticleDocuments.recognizedEntitiesOf(doc)));
  }

  @Override
  public synchronized void forEachCopyMember(
      BiConsumer<CopyGroups.Member, CopyGroups.Group> consumer) throws IOException {
    // Opening a reader flushes the buffered articles one buffer after another; on every core
    // first, as the commit would.
    flushBuffersInParallel();
    DirectoryReader reader = nearRealTime();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      SortedDocValues ids = segment.getSortedDocValues(IndexSchema.ID);
      BinaryDocValues signatures = segment.getBinaryDocValues(IndexSchema.COPY_SIGNATURE);
      SortedNumericDocValues days = segment.getSortedNumericDocValues(IndexSchema.DATE);
      BinaryDocValues groups = segment.getBinaryDocValues(IndexSchema.COPY_GROUP);
      NumericDocValues counts = segment.getNumericDocValues(IndexSchema.COPY_COUNT);
      Bits live = segment.getLiveDocs();
      for (int doc = 0; doc < segment.maxDoc(); doc++) {
        if ((live != null && !live.get(doc)) || ids == null || !ids.advanceExact(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        int[] signature =
            signatures != null && signatures.advanceExact(doc)
                ? CopySignature.fromBytes(signatures.binaryValue())
                : null;
        long day = days != null && days.advanceExact(doc) ? days.nextValue() : CopyGroups.UNDATED;
        CopyGroups.Group group =
            groups != null && groups.advanceExact(doc) && counts != null && counts.advanceExact(doc)
                ? new CopyGroups.Group(
                    groups.binaryValue().utf8ToString(), (int) counts.longValue())
                : CopyGroups.Group.alone(id);
        consumer.accept(new CopyGroups.Member(id, signature, day), group);
      }
    }
  }

  @Override
  public void setCopyGroup(String id, CopyGroups.Group group) throws IOException {
    writtenSinceOpen = true;
    try {
      // Doc-values updates: the article is not inverted again.
      Term term = new Term(IndexSchema.ID, id);
      writer.updateDocValues(
          term,
          new BinaryDocValuesField(IndexSchema.COPY_GROUP, new BytesRef(group.id())),
          new NumericDocValuesField(IndexSchema.COPY_COUNT, group.size()));
    } catch (AlreadyClosedException e) {
      throw rootCause(e);
    }
  }

  @Override
  public Map<String, String> committedSettings() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    data.remove(SCHEMA_KEY);
    data.remove(CommittedStamps.COMMIT_KEY);
    return data;
  }

  @Override
  public void recordSettings(Map<String, String> settings) {
    Map<String, String> data = new HashMap<>(settings);
    data.put(SCHEMA_KEY, IndexSchema.VERSION);
    Map<String, String> live = liveCommitData();
    String stampsOf = live.get(CommittedStamps.COMMIT_KEY);
    if (stampsOf != null) {
      data.put(CommittedStamps.COMMIT_KEY, stampsOf); // set anew by the next commit
    }
    if (!data.equals(live)) {
      writer.setLiveCommitData(Map.copyOf(data).entrySet());
    }
  }

  private Map<String, String> liveCommitData() {
    Map<String, String> live = new HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(e -> live.put(e.getKey(), e.getValue()));
    }
    return live;
  }

  private static final String SCHEMA_KEY = "schema";

  /** Visits the stored fields of every article in the last commit. */
  private void forEachCommitted(Set<String> fields, Consumer<Document> visitor) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            visitor.accept(stored.document(leaf.docBase + doc, fields));
          }
        }
      }
    }
  }

  /**
   * Returns a near-real-time reader, which sees what this writer added before any commit; it is
   * reopened only after further writes, so a run of lookups costs one reopen.
   */
  private DirectoryReader nearRealTime() throws IOException {
    if (nrt == null) {
      nrt = DirectoryReader.open(writer);
    } else if (writtenSinceOpen) {
      DirectoryReader newer = DirectoryReader.openIfChanged(nrt, writer);
      if (newer != null) {
        nrt.close();
        nrt = newer;
      }
    }
    writtenSinceOpen = false;
    return nrt;
  }

  @Override
  public synchronized Optional<StoredArticle> find(String id) throws IOException {
    IndexSearcher searcher = new IndexSearcher(nearRealTime());
    TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int hit = top.scoreDocs[0].doc;
    Document doc = ArticleDocuments.read(nrt, hit);
    LeafReaderContext leaf = nrt.leaves().get(ReaderUtil.subIndex(hit, nrt.leaves()));
    String stamp =
        stampOf(leaf.reader().getBinaryDocValues(IndexSchema.FILE_STAMP), hit - leaf.docBase);
    return Optional.of(
        new StoredArticle(
            ArticleDocuments.fromDocument(doc), ArticleDocuments.recognizedEntitiesOf(doc), stamp));
  }

  @Override
  public void commit() throws IOException {
    try {
      flushBuffersInParallel();
      // Nothing added, deleted or restamped and the same settings: the last commit stands, and
      // an unchanged run spares writing and syncing a new one.
      if (writer.hasUncommittedChanges() || !DirectoryReader.indexExists(directory)) {
        Map<String, Committed> known = tracked;
        Map<String, String> data = liveCommitData();
        String id = known == null ? null : UUID.randomUUID().toString();
        if (id == null) {
          data.remove(CommittedStamps.COMMIT_KEY);
        } else {
          data.put(CommittedStamps.COMMIT_KEY, id);
        }
        writer.setLiveCommitData(Map.copyOf(data).entrySet());
        writer.commit();
        commitId = id;
        if (id == null) {
          CommittedStamps.clear(directory);
        } else {
          CommittedStamps.write(directory, id, known);
        }
      }
    } catch (AlreadyClosedException e) {
      throw rootCause(e);
    }
  }

  /**
   * Writes the buffered documents out as segments, one indexing buffer per core at a time: commit
   * alone flushes them one after another on its own thread, which left the other core idle for the
   * last tenth of a build.
   */
  private void flushBuffersInParallel() throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    if (threads < 2) {
      return;
    }
    List<Future<?>> flushes = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      FutureTask<Void> flush =
          new FutureTask<>(
              () -> {
                while (writer.flushNextBuffer()) {
                  // until no buffer is left
                }
                return null;
              });
      Thread.ofPlatform().name("index-flush-" + i).start(flush);
      flushes.add(flush);
    }
    for (Future<?> flush : flushes) {
      try {
        flush.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while writing the index", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof AlreadyClosedException closed) {
          throw rootCause(closed);
        }
        throw e.getCause() instanceof IOException io
            ? io
            : new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (nrt != null) {
        nrt.close();
      }
      // Anything not committed is dropped: close must never publish a half-built index.
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
