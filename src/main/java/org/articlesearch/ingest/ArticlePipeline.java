package org.articlesearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.articlesearch.article.Article;
import org.articlesearch.article.ArticleIds;
import org.articlesearch.enrich.ArticleEnricher;
import org.articlesearch.enrich.GivenMetadata;
import org.articlesearch.extract.ContainerReader;
import org.articlesearch.extract.ExtractedText;
import org.articlesearch.extract.ExtractionException;
import org.articlesearch.extract.OcrSettings;
import org.articlesearch.extract.TikaTextExtractor;

/** File to article: the one path both {@code index} and {@code extract} take. */
public final class ArticlePipeline implements AutoCloseable {
  // Files up to this size are read whole, once; larger ones are streamed by the hash and the
  // parser.
  private static final long READ_WHOLE_BYTES = 16L << 20;

  private final TikaTextExtractor extractor;
  private final ArticleEnricher enricher;
  private final ContainerReader containers;

  public ArticlePipeline(TikaTextExtractor extractor, ArticleEnricher enricher) {
    this.extractor = extractor;
    this.enricher = enricher;
    this.containers = new ContainerReader(extractor, TikaTextExtractor.Limits.DEFAULT.maxChars());
  }

  /** Returns the standard pipeline without a recognition cache or user aliases. */
  public static ArticlePipeline withDefaults() {
    return standard(null, null);
  }

  /**
   * Returns the standard pipeline: Tika with default limits, then {@link ArticleEnricher#standard}.
   *
   * @param recognitionCache folder of cached recognition results, or null
   * @param aliasFile the user's alias file, or null
   */
  public static ArticlePipeline standard(Path recognitionCache, Path aliasFile) {
    return standard(recognitionCache, aliasFile, OcrSettings.DEFAULT);
  }

  /**
   * Returns the standard pipeline reading scans as the OCR settings say.
   *
   * @param recognitionCache folder of cached recognition results, or null
   * @param aliasFile the user's alias file, or null
   */
  public static ArticlePipeline standard(Path recognitionCache, Path aliasFile, OcrSettings ocr) {
    return new ArticlePipeline(
        extractor(ocr), ArticleEnricher.standard(recognitionCache, aliasFile));
  }

  /** Returns the standard pipeline without entity recognition, which loads no NER model. */
  public static ArticlePipeline withoutRecognition() {
    return withoutRecognition(OcrSettings.DEFAULT);
  }

  /** Returns the pipeline without entity recognition, reading scans as the settings say. */
  public static ArticlePipeline withoutRecognition(OcrSettings ocr) {
    return new ArticlePipeline(extractor(ocr), ArticleEnricher.withoutRecognition());
  }

  private static TikaTextExtractor extractor(OcrSettings ocr) {
    return new TikaTextExtractor(TikaTextExtractor.Limits.DEFAULT, ocr);
  }

  /**
   * Processes one file.
   *
   * <p>A {@code .meta.json} sidecar next to the file overrides what the file says; a malformed one
   * skips the file with the reason, so the correction is not silently lost.
   *
   * @param relativePath the file's path relative to the corpus, which fixes its id
   */
  public Article process(Path file, String relativePath) throws ExtractionException {
    return enrich(extract(file, relativePath));
  }

  /**
   * A file read but not yet enriched: the first half of {@link #process}, which needs no NER model.
   *
   * @param relativePath the file's path relative to the corpus
   * @param contentHash hex SHA-256 of the file
   * @param text what the format gave
   * @param overrides the sidecar's corrections, if any
   */
  public record Extracted(
      String relativePath,
      String contentHash,
      ExtractedText text,
      Optional<SidecarOverrides> overrides) {}

  /**
   * Reads a file and its sidecar; callers that run many files may do this while the model loads.
   */
  public Extracted extract(Path file, String relativePath) throws ExtractionException {
    SidecarOverrides.Found sidecars;
    try {
      sidecars = SidecarOverrides.readAll(file);
    } catch (SidecarOverrides.InvalidSidecarException e) {
      throw new ExtractionException(ExtractionException.Reason.INVALID_SIDECAR, e.getMessage(), e);
    }
    // An article-sized file is read once, for its text and its hash alike.
    byte[] content = readIfSmall(file);
    ExtractedText text = extractor.extract(file, content);
    MessageDigest digest = digest();
    try {
      if (content != null) {
        digest.update(content);
      } else {
        digestFile(file, digest);
      }
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
    }
    return new Extracted(
        relativePath, hexWithSidecars(digest, sidecars.contents()), text, sidecars.overrides());
  }

  /** Returns the reader of e-mails and archives, which shares this pipeline's parser. */
  ContainerReader containers() {
    return containers;
  }

  /**
   * Reads a member of a container, unpacked to a scratch file named as the member is.
   *
   * @param path the member's path, which fixes its id
   */
  Extracted extractMember(Path scratch, byte[] content, String path) throws ExtractionException {
    return new Extracted(
        path, hashOf(content), extractor.extract(scratch, content), Optional.empty());
  }

  /** Returns the hex SHA-256 of bytes held in memory. */
  static String hashOf(byte[] content) {
    return HexFormat.of().formatHex(digest().digest(content));
  }

  /** The file's bytes when it is small enough to hold; null when it is larger or unreadable. */
  private static byte[] readIfSmall(Path file) {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      if (size > READ_WHOLE_BYTES) {
        return null;
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // until full or at the end
      }
      // A file that shrank while read is read again, by the extractor, and fails there if it must.
      return buffer.hasRemaining() ? null : buffer.array();
    } catch (IOException e) {
      return null; // the extractor says why it cannot be read
    }
  }

  /**
   * Turns a read file into its article: metadata, clean body, entities; the sidecar's corrections
   * are taken instead of what the text says.
   */
  public Article enrich(Extracted extracted) {
    String path = extracted.relativePath();
    GivenMetadata given =
        extracted.overrides().map(SidecarOverrides::asGiven).orElse(GivenMetadata.NONE);
    return enricher.enrich(idFor(path), path, extracted.contentHash(), extracted.text(), given);
  }

  /** Returns the author and date candidates the enricher weighed for a read file. */
  public Map<String, List<String>> candidates(Extracted extracted) {
    return enricher.candidates(extracted.text());
  }

  /** Returns the stable id of a corpus path: 16 hex digits of its SHA-256, safe in URLs. */
  public static String idFor(String relativePath) {
    return ArticleIds.of(relativePath);
  }

  /**
   * Returns the hex SHA-256 of what an article is made from: the file's bytes and, when there is
   * one, its sidecar's; "" when the file cannot be read, so it never matches.
   */
  public static String contentHash(Path file) {
    try {
      return sha256(file);
    } catch (IOException e) {
      return "";
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    digestFile(file, digest);
    List<byte[]> sidecars = new ArrayList<>(1);
    for (Path sidecar : SidecarOverrides.candidates(file)) {
      if (Files.isRegularFile(sidecar)) {
        sidecars.add(Files.readAllBytes(sidecar));
      }
    }
    return hexWithSidecars(digest, sidecars);
  }

  private static void digestFile(Path file, MessageDigest digest) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  /** A corrected sidecar changes the article, so it changes the hash incremental runs compare. */
  private static String hexWithSidecars(MessageDigest digest, List<byte[]> sidecars) {
    for (byte[] sidecar : sidecars) {
      digest.update((byte) 0);
      digest.update(sidecar);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public void close() {
    extractor.close();
  }
}
