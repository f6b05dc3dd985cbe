package org.articlesearch.testing;

import java.nio.file.Path;

/**
 * Four short news articles written for the language tests: one each in German, French, Urdu and
 * English.
 */
public final class LanguageCorpus {
  public static final Path DIR = Path.of("src/test/resources/org/articlesearch/languages");

  /** The German article: it says "Wahl", never "Wahlen". */
  public static final String GERMAN = "wahl-in-bayern";

  /** The French article: "l'hôpital" and "chevaux". */
  public static final String FRENCH = "hopital-de-lyon";

  /** The Urdu article, about local elections ("انتخابات") in Lahore. */
  public static final String URDU = "lahore-intikhabat";

  /** The English article: a hospital, in English words. */
  public static final String ENGLISH = "leeds-hospital";

  private LanguageCorpus() {}

  /** Copies the articles into dir and returns dir. */
  public static Path copyTo(Path dir) {
    return SeedServer.copyAll(DIR, dir);
  }
}
