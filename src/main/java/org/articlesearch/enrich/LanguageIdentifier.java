package org.articlesearch.enrich;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Tells which language an article is written in, so that English-only steps skip the others.
 * English is told by its commonest words ({@link EnglishEvidence}); a text with a trace of another
 * language goes to Tika's statistical detector, whose language profiles load on the first such
 * text. A few words in Latin letters that show no language are left unknown.
 */
public final class LanguageIdentifier {
  // The start of a text tells the detector its language; reading more costs time, changes nothing.
  private static final int SAMPLE_CHARS = 400;

  private static final LanguageIdentifier SHARED = new LanguageIdentifier();

  // Tika's detector keeps the text it is given between calls: one per concurrent caller, reused.
  private final Queue<LanguageDetector> idle = new ConcurrentLinkedQueue<>();

  private LanguageIdentifier() {}

  /** The program's identifier: the language profiles are loaded once, and only if needed. */
  public static LanguageIdentifier shared() {
    return SHARED;
  }

  /**
   * Returns the ISO 639-1 code of the text's language, or null when it cannot be told with
   * confidence.
   */
  public String identify(String text) {
    return switch (EnglishEvidence.judge(text)) {
      case ENGLISH -> "en";
      case TOO_SHORT -> null;
      case UNDECIDED ->
          detect(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
    };
  }

  /** Tika's detector: its profiles (about 0.7 s to load) are read on the first call. */
  String detect(String sample) {
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
