package org.articlesearch.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * When and how scanned pages and images are read with Tesseract.
 *
 * @param mode which pages are read by OCR
 * @param languages Tesseract's language codes joined by '+', e.g. {@code eng+deu}
 * @param pageTimeout how long one page or image may take; a page over it is reported and skipped
 * @param documentTimeout how long one document's OCR may take; pages after it are reported unread
 */
public record OcrSettings(
    Mode mode, String languages, Duration pageTimeout, Duration documentTimeout) {
  /** Which pages are read by OCR. */
  public enum Mode {
    /** Images, and the pages of a PDF that have no text layer. */
    AUTO,
    /** None: a scan without a text layer yields no text. */
    OFF,
    /** Every page of a PDF, text layer or not, and every image. */
    FORCE;

    /** Parses a command-line value: auto, off or force, in any case. */
    public static Mode parse(String value) {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }

  public static final OcrSettings DEFAULT =
      new OcrSettings(Mode.AUTO, "eng", Duration.ofMinutes(2), Duration.ofMinutes(15));

  public OcrSettings {
    if (!languages.matches("[a-z_]{3,}(?:\\+[a-z_]{3,})*")) {
      throw new IllegalArgumentException(
          "OCR languages are Tesseract codes joined by '+', e.g. eng+deu: " + languages);
    }
    if (pageTimeout.isNegative() || pageTimeout.isZero() || documentTimeout.isNegative()) {
      throw new IllegalArgumentException("OCR time limits must be positive");
    }
  }

  /** Returns these settings with another mode. */
  public OcrSettings withMode(Mode other) {
    return new OcrSettings(other, languages, pageTimeout, documentTimeout);
  }

  /** Returns whether OCR may run: it is not switched off and Tesseract is installed. */
  public boolean enabled() {
    return mode != Mode.OFF && tesseractInstalled();
  }

  /** Returns whether a {@code tesseract} program is on the PATH. */
  public static boolean tesseractInstalled() {
    return Installed.TESSERACT;
  }

  /** Looked up once: the PATH does not change while a run lasts. */
  private static final class Installed {
    static final boolean TESSERACT = onPath("tesseract");

    private static boolean onPath(String program) {
      String path = System.getenv("PATH");
      if (path == null) {
        return false;
      }
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
          return true;
        }
      }
      return false;
    }
  }
}
