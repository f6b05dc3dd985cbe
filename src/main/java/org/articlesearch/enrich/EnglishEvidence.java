package org.articlesearch.enrich;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells, from its commonest words alone, that a text is plainly English: a third of running English
 * prose is a few dozen function words, which other languages written in Latin letters seldom use as
 * words. Most articles of an English corpus are settled here in microseconds, so the statistical
 * detector and its 70 language profiles (0.7 s to load, a quarter of a build's CPU) are needed only
 * for the rest. It never says a text is not English: anything it cannot settle goes to the
 * detector.
 */
final class EnglishEvidence {
  // English's commonest words: a third to a half of running English prose.
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "was", "with", "on",
          "he", "be", "at", "by", "this", "are", "from", "or", "his", "an", "have", "not", "they",
          "which", "but", "were", "been", "has", "had", "their", "we", "will", "would", "you", "i",
          "there", "her", "she", "its", "our", "who", "what", "all", "can", "said", "one", "more",
          "when", "also", "than", "into", "about", "them", "these", "other");

  // The commonest words of the other languages written in Latin letters, without the ones English
  // shares ("in", "a", "is", "was", "an", "die"...) or uses often ("per" cent, "van" and "dan" in
  // names): a text where they are frequent is not plainly English, whatever its English words.
  private static final Set<String> OTHERS =
      Stream.of(
              // German
              "der",
              "und",
              "das",
              "ist",
              "nicht",
              "mit",
              "den",
              "ein",
              "eine",
              "zu",
              "von",
              "sich",
              "auf",
              "dem",
              "des",
              "für",
              "wird",
              "sind",
              "auch",
              "werden",
              "nach",
              "bei",
              // French
              "le",
              "la",
              "les",
              "des",
              "et",
              "est",
              "une",
              "du",
              "que",
              "pour",
              "dans",
              "qui",
              "pas",
              "sur",
              "au",
              "aux",
              "avec",
              "sont",
              "ce",
              "il",
              "elle",
              "nous",
              "vous",
              "mais",
              // Spanish and Portuguese
              "el",
              "los",
              "las",
              "del",
              "y",
              "por",
              "con",
              "una",
              "para",
              "es",
              "se",
              "lo",
              "su",
              "como",
              "más",
              "pero",
              "os",
              "da",
              "em",
              "um",
              "uma",
              "não",
              "com",
              "ao",
              "dos",
              // Italian
              "il",
              "di",
              "che",
              "non",
              "sono",
              "gli",
              "della",
              "nel",
              "alla",
              "è",
              // Dutch and Afrikaans
              "de",
              "het",
              "een",
              "en",
              "niet",
              "zijn",
              "op",
              "voor",
              "met",
              "ook",
              "maar",
              // Nordic
              "och",
              "att",
              "det",
              "som",
              "är",
              "på",
              "og",
              "er",
              "ikke",
              "til",
              "af",
              "ei",
              "ja",
              // Polish, Czech and other Slavic languages in Latin letters
              "na",
              "się",
              "nie",
              "jest",
              "że",
              "je",
              "se",
              "ve",
              "za",
              "od",
              "který",
              // Indonesian, Malay, Tagalog, Turkish
              "yang",
              "di",
              "ini",
              "itu",
              "dengan",
              "ang",
              "ng",
              "mga",
              "sa",
              "ve",
              "bir",
              "bu")
          .collect(Collectors.toUnmodifiableSet()); // a word of several languages is listed in each

  // Below this many words the shares say too little.
  private static final int MIN_WORDS = 12;
  // English prose runs at 35 to 50 % of these words; other languages far below.
  private static final double MIN_ENGLISH_SHARE = 0.25;
  // English words must outnumber the other languages' many times over.
  private static final int ENGLISH_OVER_OTHERS = 6;
  // Letters outside ASCII: a few names and loanwords, not a text in another alphabet or one whose
  // words carry diacritics (German, Nordic and Slavic prose run at 2 to 8 %).
  private static final double MAX_NON_ASCII_LETTERS = 0.04;

  private EnglishEvidence() {}

  /** Whether the text is plainly English by its commonest words. */
  static boolean isPlainlyEnglish(CharSequence text) {
    int words = 0;
    int english = 0;
    int others = 0;
    int letters = 0;
    int nonAsciiLetters = 0;
    StringBuilder word = new StringBuilder(16);
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters++;
        if (c >= 128) {
          nonAsciiLetters++;
        }
        word.append(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        words++;
        if (word.length() <= 6) {
          String w = word.toString();
          if (ENGLISH.contains(w)) {
            english++;
          } else if (OTHERS.contains(w)) {
            others++;
          }
        }
        word.setLength(0);
      }
    }
    return words >= MIN_WORDS
        && english >= MIN_ENGLISH_SHARE * words
        && english >= ENGLISH_OVER_OTHERS * others
        && nonAsciiLetters <= MAX_NON_ASCII_LETTERS * letters;
  }
}
