package org.articlesearch.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code .txt} file that is valid UTF-8 without Tika: its magic-number and CSV detectors
 * cost several times more than the rest of indexing a short article. Anything else (another
 * encoding, a byte-order mark of UTF-16, binary data) is left to Tika.
 */
final class PlainTextExtractor {
  static final String MEDIA_TYPE = "text/plain";

  private PlainTextExtractor() {}

  /** True for a file name Tika would read as plain text by its extension. */
  static boolean isTextByName(String fileName) {
    return fileName.regionMatches(true, fileName.length() - 4, ".txt", 0, 4);
  }

  /**
   * Decodes the bytes when they are UTF-8 and free of NUL bytes, as text files are.
   *
   * @param maxChars the text is cut at this length
   * @return the text, or empty when Tika should decide what the bytes are
   */
  static Optional<ExtractedText> extract(byte[] bytes, String fileName, int maxChars) {
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.empty(); // UTF-16 or binary
      }
    }
    Optional<String> decoded = decodeUtf8(bytes);
    if (decoded.isEmpty()) {
      return Optional.empty(); // Windows-1252 and other single-byte encodings
    }
    String text = decoded.get();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.strip();
    boolean truncated = text.length() > maxChars;
    if (truncated) {
      text = text.substring(0, maxChars);
    }
    Map<String, List<String>> metadata =
        Map.of(
            "Content-Type", List.of(MEDIA_TYPE + "; charset=UTF-8"),
            "Content-Encoding", List.of("UTF-8"),
            "resourceName", List.of(fileName));
    return Optional.of(new ExtractedText(text, metadata, MEDIA_TYPE, truncated));
  }

  /** Returns the bytes decoded as UTF-8, or empty when they are not valid UTF-8. */
  static Optional<String> decodeUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
