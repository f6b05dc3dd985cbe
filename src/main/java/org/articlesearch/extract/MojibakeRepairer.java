package org.articlesearch.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("Ã©" for "é", "â€™" for "’",
 * "Â " for a no-break space) before it reached us. A run of such characters is replaced only when
 * its bytes are whole UTF-8 characters of a script that text of this kind holds; real Latin-1,
 * German or French text has no such runs and stays as it is.
 */
final class MojibakeRepairer {
  // What Windows-1252 makes of the bytes 0x80 to 0x9F; its five undefined ones become U+FFFD.
  private static final String WINDOWS_1252_HIGH = windows1252High();
  // Closing quotes follow a capital letter in real text ("„SPASS“" in Windows-1252 is ß then “).
  private static final String QUOTES = "‘’‚“”„‹›«»";

  private MojibakeRepairer() {}

  /** Returns the extracted text with its body and metadata values repaired. */
  static ExtractedText repair(ExtractedText extracted) {
    Map<String, List<String>> metadata = new LinkedHashMap<>();
    extracted
        .metadata()
        .forEach((key, values) -> metadata.put(key, values.stream().map(v -> repair(v)).toList()));
    return new ExtractedText(
        repair(extracted.text()), metadata, extracted.mediaType(), extracted.truncated());
  }

  /** Returns the text with every unambiguous run of mojibake decoded; null stays null. */
  static String repair(String text) {
    if (text == null || !mayHoldMojibake(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int lead = byteOf(text.charAt(i));
      int length = sequenceLength(lead);
      if (length > 1 && i + length <= text.length()) {
        String decoded = decoded(text, i, length);
        if (decoded != null && plausible(text, i, decoded)) {
          out.append(decoded);
          i += length;
          continue;
        }
      }
      if (isMisreadNoBreakSpace(text, i)) {
        i++;
        continue;
      }
      out.append(text.charAt(i));
      i++;
    }
    return out.toString();
  }

  /**
   * True for an "Â" glued to the word or sign before it and followed by a space: a no-break space
   * read as Latin-1 is "Â" and itself, and the second often became a space. A capital before it may
   * end a real word ("ROMÂ"), a space before it may start one.
   */
  private static boolean isMisreadNoBreakSpace(String text, int i) {
    if (text.charAt(i) != 'Â' || i == 0 || i + 1 == text.length() || text.charAt(i + 1) != ' ') {
      return false;
    }
    char before = text.charAt(i - 1);
    return !Character.isWhitespace(before) && !Character.isUpperCase(before);
  }

  /** True when the text holds a character that can lead a UTF-8 sequence read as Latin-1. */
  private static boolean mayHoldMojibake(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'Â' && c <= 'ô') {
        return true;
      }
    }
    return false;
  }

  /** Returns the UTF-8 characters the run's bytes make, or null when they make none. */
  private static String decoded(String text, int start, int length) {
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      int b = byteOf(text.charAt(start + k));
      if (b < 0 || (k > 0 && (b & 0xC0) != 0x80)) {
        return null;
      }
      bytes[k] = (byte) b;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null; // an overlong form or a surrogate: not text anyone wrote
    }
  }

  /**
   * True when the decoded character is one that misread text holds: a two-byte sequence could be a
   * capital letter of real text followed by a symbol, so it must decode to Latin, Greek or Cyrillic
   * and must not be a capital word's letter followed by a closing quote.
   */
  private static boolean plausible(String text, int start, String decoded) {
    int c = decoded.codePointAt(0);
    if (decoded.length() > 1 || c >= 0x800) {
      return true; // three or four bytes: no real text strings such symbols after a letter
    }
    boolean script = (c >= 0xA0 && c <= 0x17F) || (c >= 0x370 && c <= 0x4FF);
    boolean afterCapital = start > 0 && Character.isUpperCase(text.charAt(start - 1));
    return script && !(afterCapital && QUOTES.indexOf(text.charAt(start + 1)) >= 0);
  }

  /** Returns the byte a Windows-1252 or Latin-1 decoder turned into this character, or -1. */
  private static int byteOf(char c) {
    if (c >= 0x80 && c <= 0xFF) {
      return c; // Latin-1, and the five bytes Windows-1252 leaves undefined
    }
    int b = c < 0x80 || c == '\uFFFD' ? -1 : WINDOWS_1252_HIGH.indexOf(c);
    return b < 0 ? -1 : 0x80 + b;
  }

  private static String windows1252High() {
    byte[] high = new byte[0x20];
    for (int b = 0; b < high.length; b++) {
      high[b] = (byte) (0x80 + b);
    }
    return new String(high, Charset.forName("windows-1252"));
  }

  /** Returns how many bytes a UTF-8 sequence with this lead byte has, or 0 for no lead byte. */
  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }
}
