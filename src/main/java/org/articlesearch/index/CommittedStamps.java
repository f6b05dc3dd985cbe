package org.articlesearch.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.articlesearch.index.ArticleIndexWriter.Committed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The committed articles' paths, content hashes and file stamps, written beside the index after
 * each commit: a run over an unchanged corpus reads this one file instead of opening the index,
 * whose readers cost most of such a run in a just-started program. It belongs to one commit, named
 * by a random id kept in that commit's user data; a file of another commit, or a damaged one, is
 * not used, and the index's doc values answer instead.
 */
final class CommittedStamps {
  /** The key of the commit user data naming the commit the file belongs to. */
  static final String COMMIT_KEY = "stamps";

  // Not a name Lucene's file deleter claims: it removes only segment and codec files.
  static final String FILE = "article-search-stamps";
  private static final String TEMP = FILE + ".tmp";
  private static final String CODEC = "ArticleSearchStamps";
  private static final int VERSION = 1;
  private static final Logger LOG = LoggerFactory.getLogger(CommittedStamps.class);

  private CommittedStamps() {}

  /**
   * Writes the articles of the commit named {@code commitId}. Not synced: a file lost or torn by a
   * crash fails its checksum or names an older commit, and is then not used.
   */
  static void write(Directory directory, String commitId, Map<String, Committed> articles) {
    try {
      delete(directory, TEMP);
      try (IndexOutput out = directory.createOutput(TEMP, IOContext.DEFAULT)) {
        CodecUtil.writeHeader(out, CODEC, VERSION);
        out.writeString(commitId);
        out.writeVInt(articles.size());
        for (Map.Entry<String, Committed> e : articles.entrySet()) {
          out.writeString(e.getKey());
          out.writeString(e.getValue().path());
          out.writeString(e.getValue().contentHash());
          out.writeString(e.getValue().fileStamp());
        }
        CodecUtil.writeFooter(out);
      }
      delete(directory, FILE);
      directory.rename(TEMP, FILE);
    } catch (IOException | RuntimeException e) {
      // Only the next run's shortcut is lost: it reads the index instead.
      LOG.warn("cannot write {}: {}", FILE, e.toString());
      clear(directory);
    }
  }

  /** Returns the articles of the commit named {@code commitId}, if the file holds that commit. */
  static Optional<Map<String, Committed>> read(Directory directory, String commitId) {
    if (commitId == null) {
      return Optional.empty();
    }
    try (ChecksumIndexInput in = directory.openChecksumInput(FILE)) {
      CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
      if (!commitId.equals(in.readString())) {
        return Optional.empty();
      }
      int count = in.readVInt();
      Map<String, Committed> articles = HashMap.newHashMap(count);
      for (int i = 0; i < count; i++) {
        String id = in.readString();
        articles.put(id, new Committed(in.readString(), in.readString(), in.readString()));
      }
      CodecUtil.checkFooter(in);
      return Optional.of(articles);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.debug("not using {}: {}", FILE, e.toString());
      return Optional.empty();
    }
  }

  /** Removes the file, so that no later commit can be mistaken for the one it describes. */
  static void clear(Directory directory) {
    try {
      delete(directory, FILE);
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", FILE, e.toString());
    }
  }

  private static void delete(Directory directory, String name) throws IOException {
    try {
      directory.deleteFile(name);
    } catch (NoSuchFileException e) {
      // nothing to delete
    }
  }
}
