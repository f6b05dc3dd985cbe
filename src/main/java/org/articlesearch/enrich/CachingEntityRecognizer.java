package org.articlesearch.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.articlesearch.article.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers what a recognizer found in a text, keyed by the text's SHA-256, so re-indexing an
 * unchanged file (after an alias edit, say) runs no recognition at all. The model behind it is
 * loaded only when some text is not in the cache.
 */
public final class CachingEntityRecognizer implements EntityRecognizer {
  private static final Logger LOG = LoggerFactory.getLogger(CachingEntityRecognizer.class);

  private final Path dir;
  private final String modelId;
  private final Supplier<EntityRecognizer> model;
  private volatile EntityRecognizer loaded;

  /**
   * @param dir the cache folder; created when needed
   * @param modelId names the model, so a different model never reads another's results
   * @param model loads the real recognizer on first need
   */
  public CachingEntityRecognizer(Path dir, String modelId, Supplier<EntityRecognizer> model) {
    this.dir = dir;
    this.modelId = modelId;
    this.model = model;
  }

  @Override
  public List<EntityMention> recognize(String text) {
    Path file = entry(text);
    Optional<List<EntityMention>> cached = read(file, text);
    if (cached.isPresent()) {
      return cached.get();
    }
    List<EntityMention> mentions = recognizer().recognize(text);
    write(file, mentions);
    return mentions;
  }

  private EntityRecognizer recognizer() {
    EntityRecognizer r = loaded;
    if (r == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = model.get();
        }
        r = loaded;
      }
    }
    return r;
  }

  private Path entry(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(modelId.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      String hash = HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
      return dir.resolve(hash.substring(0, 2)).resolve(hash.substring(2) + ".tsv");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static Optional<List<EntityMention>> read(Path file, String text) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<EntityMention> mentions = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t");
        int start = Integer.parseInt(f[1]);
        int end = Integer.parseInt(f[2]);
        mentions.add(
            new EntityMention(text.substring(start, end), EntityType.valueOf(f[0]), start, end));
      }
      return Optional.of(mentions);
    } catch (IOException | RuntimeException e) {
      // A damaged entry is recomputed and rewritten, never trusted.
      LOG.warn("ignoring unreadable recognition cache entry {}: {}", file, e.toString());
      return Optional.empty();
    }
  }

  private static void write(Path file, List<EntityMention> mentions) {
    StringBuilder b = new StringBuilder();
    for (EntityMention m : mentions) {
      b.append(m.type()).append('\t').append(m.start()).append('\t').append(m.end()).append('\n');
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "entry", ".tmp");
      Files.writeString(tmp, b, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // The cache only saves time; failing to write it must not fail indexing.
      LOG.warn("cannot write recognition cache entry {}: {}", file, e.toString());
    }
  }
}
