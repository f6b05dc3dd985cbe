package org.articlesearch.enrich;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells, from its commonest words alone, that a text is English: a third of running English prose
 * is a few dozen function words, which other languages written in Latin letters seldom use as
 * words. Most articles of an English corpus are settled here in microseconds, so the statistical
 * detector and its language profiles (slow to load, and every other worker that needs them waits
 * meanwhile) are needed only for the rest. It never says a text is in another language: anything
 * with a trace of one goes to the detector.
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

  /** What the common words say about a text. */
  enum Verdict {
    /** English by its common words. */
    ENGLISH,
    /**
     * Too few words, in Latin letters without a trace of another language, to tell anything: the
     * statistical detector is no better on a few words ("Thank you." comes out Haitian).
     */
    TOO_SHORT,
    /** Possibly another language: for the detector. */
    UNDECIDED
  }

  // The start of a text tells its language. Most English is settled by its first 400 characters;
  // prose dense with nouns and tables of figures show their share of function words over more.
  private static final int FIRST_SAMPLE_CHARS = 400;
  private static final int LONG_SAMPLE_CHARS = 4_000;
  // Longer words are in neither list.
  private static final int MAX_LOOKED_UP = 6;
  private static final long[] ENGLISH_CODES = codes(ENGLISH);
  private static final long[] OTHER_CODES = codes(OTHERS);

  /** The words of ASCII letters as the numbers {@link WordCounts} makes of them, sorted. */
  private static long[] codes(Set<String> words) {
    return words.stream()
        .filter(w -> w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
        .mapToLong(w -> w.chars().asLongStream().reduce(0, (code, c) -> code << 7 | c))
        .sorted()
        .toArray();
  }

  // Below this many words the shares say too little.
  private static final int MIN_WORDS = 12;
  // English prose runs at 35 to 50 % of these words; other languages far below.
  private static final double MIN_ENGLISH_SHARE = 0.25;
  // With no word of another language and no letter outside ASCII, a lower share will do: tables
  // and lists ("March, 1866.-Unsuccessful revolution.") run at 10 to 25 %. The other languages'
  // commonest words are frequent enough that a paragraph of one always shows some.
  private static final double MIN_ENGLISH_SHARE_WITHOUT_OTHERS = 0.10;
  // English words must outnumber the other languages' many times over.
  private static final int ENGLISH_OVER_OTHERS = 6;
  // Letters outside ASCII: a few names and loanwords, not a text in another alphabet or one whose
  // words carry diacritics (German, Nordic and Slavic prose run at 2 to 8 %).
  private static final double MAX_NON_ASCII_LETTERS = 0.04;

  private EnglishEvidence() {}

  /** What the common words of the text's start say about its language. */
  static Verdict judge(CharSequence text) {
    WordCounts counts = new WordCounts();
    int first = Math.min(text.length(), FIRST_SAMPLE_CHARS);
    counts.add(text, 0, first);
    if (first == text.length()) {
      counts.endWord();
    }
    if (counts.isEnglish()) {
      return Verdict.ENGLISH;
    }
    int end = Math.min(text.length(), LONG_SAMPLE_CHARS);
    counts.add(text, first, end);
    counts.endWord();
    if (counts.isEnglish()) {
      return Verdict.ENGLISH;
    }
    if (counts.words < MIN_WORDS && counts.showsNoOtherLanguage()) {
      return counts.englishShareAtLeast(MIN_ENGLISH_SHARE) ? Verdict.ENGLISH : Verdict.TOO_SHORT;
    }
    return Verdict.UNDECIDED;
  }

  /** Words of a text and how many are English's or the other languages' commonest ones. */
  private static final class WordCounts {
    private int words;
    private int english;
    private int others;
    private int letters;
    private int nonAsciiLetters;
    // The word being read, lower-cased: its first letters, its length, and while all are ASCII
    // the number they make, which is looked up without building a string.
    private final char[] word = new char[MAX_LOOKED_UP];
    private int length;
    private boolean ascii = true;
    private long code;

    void add(CharSequence text, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        char lower;
        if (c < 128) {
          lower = (char) (c | 0x20); // lower case, for a letter
          if (lower < 'a' || lower > 'z') {
            endWord();
            continue;
          }
        } else if (Character.isLetter(c)) {
          nonAsciiLetters++;
          lower = Character.toLowerCase(c);
          ascii = false;
        } else {
          endWord();
          continue;
        }
        letters++;
        if (length < MAX_LOOKED_UP) {
          word[length] = lower;
          code = code << 7 | lower;
        }
        length++;
      }
    }

    void endWord() {
      if (length == 0) {
        return;
      }
      words++;
      if (length <= MAX_LOOKED_UP) {
        if (ascii) {
          if (Arrays.binarySearch(ENGLISH_CODES, code) >= 0) {
            english++;
          } else if (Arrays.binarySearch(OTHER_CODES, code) >= 0) {
            others++;
          }
        } else {
          String w = new String(word, 0, length);
          if (ENGLISH.contains(w)) {
            english++;
          } else if (OTHERS.contains(w)) {
            others++;
          }
        }
      }
      length = 0;
      ascii = true;
      code = 0;
    }

    boolean showsNoOtherLanguage() {
      return others == 0 && nonAsciiLetters == 0;
    }

    boolean englishShareAtLeast(double share) {
      return english > 0 && english >= share * words;
    }

    boolean isEnglish() {
      if (words < MIN_WORDS) {
        return false;
      }
      if (showsNoOtherLanguage()) {
        return englishShareAtLeast(MIN_ENGLISH_SHARE_WITHOUT_OTHERS);
      }
      return englishShareAtLeast(MIN_ENGLISH_SHARE)
          && english >= ENGLISH_OVER_OTHERS * others
          && nonAsciiLetters <= MAX_NON_ASCII_LETTERS * letters;
    }
  }
}
