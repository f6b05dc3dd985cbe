package org.articlesearch.enrich;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Tells which language an article is written in, so that English-only steps skip the others. */
public final class LanguageIdentifier {
  // The start of a text tells its language; reading more costs time and changes nothing.
  private static final int SAMPLE_CHARS = 400;

  // Tika's detector keeps the text it is given between calls: one per concurrent caller, reused.
  private final Queue<LanguageDetector> idle = new ConcurrentLinkedQueue<>();

  private LanguageIdentifier(LanguageDetector detector) {
    idle.add(detector);
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
    LanguageDetector detector = idle.poll();
    if (detector == null) {
      // The profiles are loaded once per program; another detector over them is cheap.
      detector = new OptimaizeLangDetector().loadModels();
    }
    LanguageResult result;
    try {
      detector.reset();
      result = detector.detect(sample);
    } finally {
      idle.add(detector);
    }
    return result.isReasonablyCertain() && !result.getLanguage().isEmpty()
        ? result.getLanguage()
        : null;
  }
}
