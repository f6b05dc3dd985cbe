package org.articlesearch.enrich;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Tells which language an article is written in, so that English-only steps skip the others. */
public final class LanguageIdentifier {
  // The start of a text tells its language; reading more costs time and changes nothing.
  private static final int SAMPLE_CHARS = 10_000;

  private final LanguageDetector detector;

  private LanguageIdentifier(LanguageDetector detector) {
    this.detector = detector;
  }

  /** Loads the language profiles (about 0.7 s). */
  public static LanguageIdentifier load() {
    return new LanguageIdentifier(new OptimaizeLangDetector().loadModels());
  }

  /**
   * Returns the ISO 639-1 code of the text's language, or null when it cannot be told with
   * confidence.
   */
  public String identify(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    LanguageResult result;
    // Tika's detector keeps the text it is given between calls, so one caller at a time.
    synchronized (detector) {
      detector.reset();
      result = detector.detect(sample);
    }
    return result.isReasonablyCertain() && !result.getLanguage().isEmpty()
        ? result.getLanguage()
        : null;
  }
}
