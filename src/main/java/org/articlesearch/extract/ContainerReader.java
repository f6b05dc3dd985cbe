package org.articlesearch.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.ContainerFormat;

/**
 * Opens a container, an e-mail or an archive, and hands each of its members to a sink; returns the
 * container's own text, which only an e-mail has.
 */
public final class ContainerReader {
  private final TikaTextExtractor extractor;
  private final int maxChars;

  public ContainerReader(TikaTextExtractor extractor, int maxChars) {
    this.extractor = extractor;
    this.maxChars = maxChars;
  }

  /**
   * Unpacks one container.
   *
   * @param name its file or member name, which names its format
   * @param content its bytes, or null to read the file
   * @return the message of an e-mail; for an archive or a mailbox, empty text and no metadata
   * @throws ExtractionException when the container cannot be read, or the corpus file it is in
   *     passed a limit of the budget
   */
  public ExtractedText read(
      ContainerFormat format,
      String name,
      Path file,
      byte[] content,
      UnpackBudget budget,
      MemberSink sink)
      throws ExtractionException {
    if (format.holding() != ContainerFormat.Holding.ARCHIVE) {
      return MailUnpacker.unpack(
          extractor.parser(), format, name, file, content, maxChars, budget, sink);
    }
    try {
      ArchiveUnpacker.unpack(format, file, content, budget, sink);
    } catch (IOException e) {
      budget.refuseAgain();
      throw new ExtractionException(ExtractionException.Reason.CORRUPT, e.getMessage(), e);
    }
    return new ExtractedText("", Map.of(), mediaType(format), false);
  }

  private static String mediaType(ContainerFormat format) {
    return switch (format) {
      case ZIP -> "application/zip";
      case TAR -> "application/x-tar";
      case TAR_GZ -> "application/gzip";
      case SEVEN_Z -> "application/x-7z-compressed";
      default -> "message/rfc822";
    };
  }

  /** Returns the names a container's members go by, for a container that has no text. */
  public static String listing(List<String> names) {
    return String.join("\n", names);
  }
}
