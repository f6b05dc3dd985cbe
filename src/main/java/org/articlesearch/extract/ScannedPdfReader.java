package org.articlesearch.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the pages of a PDF that have no text layer (or every page, when OCR is forced) with
 * Tesseract, one page at a time: a page that fails or runs out of time is reported and the others
 * are kept, and once the document's time limit has passed the remaining pages are reported unread.
 */
final class ScannedPdfReader {
  /**
   * A PDF's text, page by page from its text layer or from OCR.
   *
   * @param text the pages' text in order, separated by blank lines
   * @param ocrPages how many pages were read by OCR
   * @param problems one plain sentence per page that could not be read
   */
  record Result(String text, int ocrPages, List<String> problems) {}

  // A page with fewer letters than this in its text layer is a scan (at most a stamped page number
  // or a running header over an image).
  static final int MIN_LETTERS = 20;
  // Tesseract reads body text best at about 300 dots per inch.
  private static final float DPI = 300;

  private final TesseractReader tesseract;
  private final OcrSettings settings;

  ScannedPdfReader(TesseractReader tesseract, OcrSettings settings) {
    this.tesseract = tesseract;
    this.settings = settings;
  }

  /**
   * Returns the document's text with its scanned pages read, or empty when every page has a text
   * layer (and OCR is not forced), so the text Tika gave stands.
   *
   * @param content the whole file, or null to read it from the path
   */
  Optional<Result> read(Path file, byte[] content, int maxChars) throws IOException {
    long deadline = System.nanoTime() + settings.documentTimeout().toNanos();
    try (PDDocument document =
        content != null ? Loader.loadPDF(content) : Loader.loadPDF(file.toFile())) {
      int pages = document.getNumberOfPages();
      List<String> layers = new ArrayList<>(pages);
      boolean anyScanned = false;
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String layer = stripper.getText(document).strip();
        layers.add(layer);
        anyScanned |= letters(layer) < MIN_LETTERS;
      }
      if (!anyScanned && settings.mode() != OcrSettings.Mode.FORCE) {
        return Optional.empty();
      }
      PDFRenderer renderer = new PDFRenderer(document);
      StringBuilder text = new StringBuilder();
      List<String> problems = new ArrayList<>();
      int ocrPages = 0;
      for (int page = 1; page <= pages && text.length() < maxChars; page++) {
        String layer = layers.get(page - 1);
        String pageText = layer;
        if (settings.mode() == OcrSettings.Mode.FORCE || letters(layer) < MIN_LETTERS) {
          if (System.nanoTime() > deadline) {
            problems.add(
                "pages "
                    + page
                    + "–"
                    + pages
                    + " not read: the document's OCR time limit of "
                    + settings.documentTimeout().toMinutes()
                    + " min was reached");
            break;
          }
          try {
            BufferedImage image = renderer.renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
            String read = tesseract.read(png(image), maxChars);
            ocrPages++;
            // A page with a short text layer (a page number) and a scan keeps the OCR text.
            pageText = read.isEmpty() ? layer : read;
          } catch (Exception e) { // Tika's TikaException, SAXException, a renderer's IOException
            problems.add("page " + page + " not read by OCR: " + plain(e, settings));
          }
        }
        if (!pageText.isEmpty()) {
          if (!text.isEmpty()) {
            text.append("\n\n");
          }
          text.append(pageText);
        }
      }
      return Optional.of(new Result(text.toString(), ocrPages, List.copyOf(problems)));
    }
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Returns whether Tika gave up on Tesseract at the page time limit. */
  static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout")) {
        return true;
      }
    }
    return false;
  }

  /** Says why a page failed in words a user can act on. */
  private static String plain(Throwable e, OcrSettings settings) {
    if (timedOut(e)) {
      return "it took longer than the page time limit of "
          + settings.pageTimeout().toSeconds()
          + " s";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
