package org.articlesearch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Extracts text and metadata from any format Tika's standard parsers read. */
public final class TikaTextExtractor implements AutoCloseable {
  /** Limits that keep a hostile file from exhausting memory or time. */
  public record Limits(long maxFileBytes, int maxChars, Duration timeout) {
    public static final Limits DEFAULT = new Limits(100L << 20, 5_000_000, Duration.ofSeconds(60));
  }

  /** Metadata key: how many pages of the document were read by OCR. */
  public static final String OCR_PAGES = "ocr:pages";

  /** Metadata key: one plain sentence per page OCR could not read. */
  public static final String OCR_PROBLEMS = "ocr:problems";

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  private static final Pattern HTML_EXTENSION = Pattern.compile("\\.(?:html?|xhtml|shtml)$");

  // Built on first use: a run over web pages alone never pays for loading every Tika parser.
  private volatile AutoDetectParser parser;
  private final Limits limits;
  private final OcrSettings ocr;
  // Parsing runs on its own thread so a parser that hangs can be abandoned at the time limit.
  private final ExecutorService parseThreads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "tika-parse");
            t.setDaemon(true);
            return t;
          });

  public TikaTextExtractor() {
    this(Limits.DEFAULT);
  }

  public TikaTextExtractor(Limits limits) {
    this(limits, OcrSettings.DEFAULT);
  }

  public TikaTextExtractor(Limits limits, OcrSettings ocr) {
    this.limits = limits;
    this.ocr = ocr;
  }

  AutoDetectParser parser() {
    AutoDetectParser p = parser;
    if (p == null) {
      synchronized (this) {
        p = parser;
        if (p == null) {
          p = new AutoDetectParser();
          parser = p;
        }
      }
    }
    return p;
  }

  /** Extracts one file, or throws saying why it yields no text. */
  public ExtractedText extract(Path file) throws ExtractionException {
    return extract(file, null);
  }

  /**
   * Extracts one file whose bytes the caller may have read already, or throws saying why it yields
   * no text.
   *
   * @param content the whole file, or null to have it read here
   */
  public ExtractedText extract(Path file, byte[] content) throws ExtractionException {
    long size;
    if (content != null) {
      size = content.length;
    } else {
      try {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
          throw new ExtractionException(
              ExtractionException.Reason.UNREADABLE, "not a readable file");
        }
        size = Files.size(file);
      } catch (IOException e) {
        throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
      }
    }
    if (size == 0) {
      throw new ExtractionException(ExtractionException.Reason.EMPTY, "empty file");
    }
    if (size > limits.maxFileBytes()) {
      throw new ExtractionException(
          ExtractionException.Reason.TOO_LARGE,
          size + " bytes, over the limit of " + limits.maxFileBytes());
    }
    String name = file.getFileName().toString();
    if (PlainTextExtractor.isTextByName(name)) {
      // Decoding text cannot hang, so it needs no thread of its own to be timed on.
      Optional<ExtractedText> text =
          PlainTextExtractor.extract(
              content != null ? content : readAll(file), name, limits.maxChars());
      if (text.isPresent()) {
        return MojibakeRepairer.repair(checkedText(text.get()));
      }
    }
    byte[] read = content;
    Deadline deadline = new Deadline(limits.timeout());
    Future<ExtractedText> parse = parseThreads.submit(() -> parse(file, read, deadline));
    try {
      while (true) {
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) {
          parse.cancel(true);
          throw new ExtractionException(
              ExtractionException.Reason.TIMEOUT,
              "no result after " + deadline.allowed().toMillis() + " ms");
        }
        try {
          return MojibakeRepairer.repair(parse.get(remaining, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
          // OCR may have moved the deadline meanwhile: look at it again.
        }
      }
    } catch (InterruptedException e) {
      parse.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException(ExtractionException.Reason.TIMEOUT, "interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ExtractionException known) {
        throw known;
      }
      throw new ExtractionException(
          ExtractionException.Reason.CORRUPT, String.valueOf(e.getCause()), e.getCause());
    }
  }

  /**
   * When a parse is given up: the extraction's time limit from its start, moved once OCR starts to
   * that limit plus the OCR document limit from then, since OCR keeps to its own page and document
   * limits and this one only catches a parser that hangs.
   */
  private static final class Deadline {
    private final long start = System.nanoTime();
    private volatile long nanos;

    Deadline(Duration timeout) {
      nanos = start + timeout.toNanos();
    }

    void extendBy(Duration more) {
      nanos = Math.max(nanos, System.nanoTime() + more.toNanos());
    }

    long remainingNanos() {
      return nanos - System.nanoTime();
    }

    Duration allowed() {
      return Duration.ofNanos(nanos - start);
    }
  }

  private ExtractedText parse(Path file, byte[] content, Deadline deadline)
      throws ExtractionException {
    if (isHtmlByName(file)) {
      // The common case skips Tika's detector, whose start-up costs more than the page.
      return HtmlTextExtractor.extract(
          content != null ? content : readAll(file),
          file.getFileName().toString(),
          "text/html",
          limits.maxChars());
    }
    AutoDetectParser parser = parser();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    String detected = detect(file, metadata);
    if (HTML_TYPES.contains(detected)) {
      return parseHtml(file, metadata, detected);
    }
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    ParseContext context = TesseractReader.context(ocr, parser);
    if (ocr.enabled() && isImage(detected)) {
      deadline.extendBy(ocr.documentTimeout().plus(limits.timeout()));
    }
    boolean truncated = false;
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException(ExtractionException.Reason.ENCRYPTED, "password-protected", e);
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
    } catch (SAXException | TikaException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated = true;
      } else if (isImage(mediaType(metadata)) && ScannedPdfReader.timedOut(e)) {
        throw new ExtractionException(
            ExtractionException.Reason.TIMEOUT,
            "OCR took longer than the page time limit of " + ocr.pageTimeout().toSeconds() + " s",
            e);
      } else {
        throw new ExtractionException(ExtractionException.Reason.CORRUPT, rootMessage(e), e);
      }
    }
    String type = mediaType(metadata);
    Map<String, List<String>> fields = toMap(metadata);
    String text = handler.toString().strip();
    if (type.equals("application/pdf") && ocr.enabled() && mayHaveScannedPages(fields)) {
      deadline.extendBy(ocr.documentTimeout().plus(limits.timeout()));
      Optional<ScannedPdfReader.Result> scanned = readScannedPages(file, content);
      if (scanned.isPresent()) {
        if (!scanned.get().text().isEmpty()) {
          text = scanned.get().text();
        }
        fields.put(OCR_PAGES, List.of(Integer.toString(scanned.get().ocrPages())));
        fields.put(OCR_PROBLEMS, scanned.get().problems());
      }
    } else if (isImage(type) && ocr.enabled() && !text.isEmpty()) {
      fields.put(OCR_PAGES, List.of("1"));
    }
    return checkedText(new ExtractedText(text, fields, type, truncated));
  }

  private Optional<ScannedPdfReader.Result> readScannedPages(Path file, byte[] content)
      throws ExtractionException {
    try {
      return new ScannedPdfReader(new TesseractReader(parser(), ocr), ocr)
          .read(file, content, limits.maxChars());
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.CORRUPT, rootMessage(e), e);
    }
  }

  /**
   * Whether a PDF may hold a page without text: OCR is forced, or Tika counted few characters on a
   * page (or did not count), so that a PDF with text on every page is not opened a second time.
   */
  private boolean mayHaveScannedPages(Map<String, List<String>> fields) {
    List<String> perPage = fields.get(PDF.CHARACTERS_PER_PAGE.getName());
    if (ocr.mode() == OcrSettings.Mode.FORCE || perPage == null || perPage.isEmpty()) {
      return true;
    }
    for (String chars : perPage) {
      try {
        if (Integer.parseInt(chars.strip()) < ScannedPdfReader.MIN_LETTERS) {
          return true;
        }
      } catch (NumberFormatException e) {
        return true;
      }
    }
    return false;
  }

  private static boolean isImage(String mediaType) {
    return mediaType.startsWith("image/");
  }

  /** Refuses text that is empty or is binary data decoded as characters. */
  private ExtractedText checkedText(ExtractedText extracted) throws ExtractionException {
    String mediaType = extracted.mediaType();
    if (extracted.text().isEmpty()) {
      throw new ExtractionException(
          isUnknownType(mediaType)
              ? ExtractionException.Reason.UNSUPPORTED
              : ExtractionException.Reason.EMPTY,
          isUnknownType(mediaType) ? "no parser for " + mediaType : noText(extracted));
    }
    if (mediaType.startsWith("text/plain") && BinaryTextDetector.isBinary(extracted.text())) {
      throw new ExtractionException(
          ExtractionException.Reason.UNSUPPORTED, "binary data, not text");
    }
    return extracted;
  }

  /** Says why a scan gave no text, and what would read it. */
  private String noText(ExtractedText extracted) {
    String mediaType = extracted.mediaType();
    boolean scan = isImage(mediaType) || mediaType.equals("application/pdf");
    if (!scan) {
      return "no text in " + mediaType;
    }
    if (ocr.mode() == OcrSettings.Mode.OFF) {
      return mediaType + " without a text layer, and OCR is off (--ocr auto reads it)";
    }
    if (!OcrSettings.tesseractInstalled()) {
      return mediaType
          + " without a text layer, and Tesseract is not installed (apt-get install"
          + " tesseract-ocr)";
    }
    List<String> problems = extracted.metadata().getOrDefault(OCR_PROBLEMS, List.of());
    return "OCR found no text in "
        + mediaType
        + (problems.isEmpty() ? "" : ": " + String.join("; ", problems));
  }

  private String detect(Path file, Metadata metadata) throws ExtractionException {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return parser().getDetector().detect(in, metadata).getBaseType().toString();
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
    }
  }

  /** Reads a file Tika detected as HTML although its name does not say so. */
  private ExtractedText parseHtml(Path file, Metadata metadata, String mediaType)
      throws ExtractionException {
    return HtmlTextExtractor.extract(
        readAll(file), file.getFileName().toString(), mediaType, limits.maxChars());
  }

  private static byte[] readAll(Path file) throws ExtractionException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
    }
  }

  /** True for a file named like a web page whose bytes start like markup. */
  private static boolean isHtmlByName(Path file) throws ExtractionException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!HTML_EXTENSION.matcher(name).find()) {
      return false;
    }
    byte[] head = new byte[512];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, head.length);
      return HtmlTextExtractor.looksLikeMarkup(Arrays.copyOf(head, n));
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
    }
  }

  private static boolean isUnknownType(String mediaType) {
    return mediaType.equals(MediaType.OCTET_STREAM.toString());
  }

  private static String mediaType(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    if (type == null) {
      return MediaType.OCTET_STREAM.toString();
    }
    MediaType parsed = MediaType.parse(type);
    return parsed == null ? type : parsed.getBaseType().toString();
  }

  static Map<String, List<String>> toMap(Metadata metadata) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      map.put(name, List.of(metadata.getValues(name)));
    }
    return map;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    parseThreads.shutdownNow();
  }
}
