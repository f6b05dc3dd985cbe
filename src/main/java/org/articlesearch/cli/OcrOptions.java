package org.articlesearch.cli;

import java.time.Duration;
import org.articlesearch.extract.OcrSettings;
import picocli.CommandLine.Option;

/** {@code --ocr auto|off|force}, {@code --ocr-languages} and the OCR time limits. */
final class OcrOptions {
  @Option(
      names = "--ocr",
      paramLabel = "MODE",
      description =
          "Read scans with Tesseract: auto (images and PDF pages without text), off, or force"
              + " (every PDF page) (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto",
      converter = ModeConverter.class)
  OcrSettings.Mode mode;

  @Option(
      names = "--ocr-languages",
      paramLabel = "CODES",
      description =
          "Tesseract languages, joined by '+', e.g. eng+deu; each needs its tesseract-ocr-LANG"
              + " package (default: ${DEFAULT-VALUE}).",
      defaultValue = "eng")
  String languages;

  @Option(
      names = "--ocr-page-timeout",
      paramLabel = "SECONDS",
      description =
          "Time one page or image may take; a page over it is reported and the rest of the"
              + " document kept (default: ${DEFAULT-VALUE}).",
      defaultValue = "120")
  int pageSeconds;

  @Option(
      names = "--ocr-document-timeout",
      paramLabel = "MINUTES",
      description =
          "Time one document's OCR may take; later pages are reported unread (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "15")
  int documentMinutes;

  OcrSettings settings() {
    try {
      return new OcrSettings(
          mode, languages, Duration.ofSeconds(pageSeconds), Duration.ofMinutes(documentMinutes));
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<OcrSettings.Mode> {
    @Override
    public OcrSettings.Mode convert(String value) {
      try {
        return OcrSettings.Mode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not an OCR mode: auto, off or force");
      }
    }
  }
}
