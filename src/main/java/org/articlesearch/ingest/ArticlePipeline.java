package org.articlesearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.articlesearch.article.Article;
import org.articlesearch.enrich.ArticleEnricher;
import org.articlesearch.extract.ExtractedText;
import org.articlesearch.extract.ExtractionException;
import org.articlesearch.extract.TikaTextExtractor;

/** File to article: the one path both {@code index} and {@code extract} take. */
public final class ArticlePipeline implements AutoCloseable {
  private final TikaTextExtractor extractor;
  private final ArticleEnricher enricher;

  public ArticlePipeline(TikaTextExtractor extractor, ArticleEnricher enricher) {
    this.extractor = extractor;
    this.enricher = enricher;
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
    return new ArticlePipeline(new TikaTextExtractor(), ArticleEnricher.standard(recognitionCache, aliasFile));
  }

  /**
   * Processes one file.
   *
   * @param relativePath the file's path relative to the corpus, which fixes its id
   */
  public Article process(Path file, String relativePath) throws ExtractionException {
    ExtractedText text = extractor.extract(file);
    String hash;
    try {
      hash = sha256(file);
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
    }
    return enricher.enrich(idFor(relativePath), relativePath, hash, text);
  }

  /** Returns the stable id of a corpus path: 16 hex digits of its SHA-256, safe in URLs. */
  public static String idFor(String relativePath) {
    return HexFormat.of().formatHex(digest().digest(relativePath.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  /** Returns the hex SHA-256 of a file's bytes, or "" when it cannot be read (so it never matches). */
  public static String contentHash(Path file) {
    try {
      return sha256(file);
    } catch (IOException e) {
      return "";
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
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
