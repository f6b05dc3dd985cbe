package org.articlesearch.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns the bytes of an HTML page into its article text and the metadata the markup states, with
 * jsoup rather than Tika: the raw markup carries JSON-LD, microdata and bylines that Tika's text
 * drops, and one parse is cheaper than two.
 */
final class HtmlTextExtractor {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]{1,40})");
  private static final int SNIFF_BYTES = 4096;

  private HtmlTextExtractor() {}

  /** True when the bytes start, after a BOM and white space, like markup. */
  static boolean looksLikeMarkup(byte[] head) {
    int i = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '<';
  }

  /**
   * Extracts a page.
   *
   * @param maxChars the text is cut at this length
   * @return the article text (boilerplate removed) and the page's metadata keys
   */
  static ExtractedText extract(byte[] bytes, String fileName, String mediaType, int maxChars)
      throws ExtractionException {
    Document doc = Jsoup.parse(decode(bytes), "");
    Map<String, List<String>> metadata = new LinkedHashMap<>(HtmlMetadataExtractor.extract(doc));
    metadata.put("Content-Type", List.of(mediaType));
    metadata.put("resourceName", List.of(fileName));
    String text = MainContentExtractor.extract(doc);
    boolean truncated = text.length() > maxChars;
    if (truncated) {
      text = text.substring(0, maxChars);
    }
    if (text.isBlank()) {
      throw new ExtractionException(ExtractionException.Reason.EMPTY, "no text in " + mediaType);
    }
    return new ExtractedText(text, metadata, mediaType, truncated);
  }

  /**
   * Decodes as a browser would: byte-order mark, then the declared charset, then UTF-8 if valid,
   * else Windows-1252.
   */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared);
    }
    // Not UTF-8 and nothing declared: the web's default for legacy Western pages.
    return PlainTextExtractor.decodeUtf8(bytes)
        .orElseGet(() -> new String(bytes, Charset.forName("windows-1252")));
  }

  private static Charset declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // Browsers read a Latin-1 label as Windows-1252, its superset.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      name = "windows-1252";
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label is ignored, as browsers do
    }
  }
}
