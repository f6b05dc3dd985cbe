package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.articlesearch.index.ArticleDocuments;
import org.articlesearch.index.IndexSchema;

/**
 * Corrects the spelling of query words that the index has no or few articles for, from the index's
 * own words: Lucene's direct spell checker over the stemmed body terms, then the way the word is
 * actually written in an article, so that the correction reads as a word ("government", not the
 * stem "govern").
 */
public final class SpellingCorrector {
  /** The words of an index, as the corrector reads them. */
  public interface Vocabulary {
    /** Returns the analyzer of the indexed body. */
    Analyzer analyzer();

    /** Returns how many articles the index holds, deleted ones not yet merged away included. */
    long documents() throws IOException;

    /** Returns how many articles have a body term. */
    int docFreq(String term) throws IOException;

    /**
     * Returns the body terms closest to a term, best first, as Lucene's {@link DirectSpellChecker}
     * finds them with its defaults (two edits, first letter kept) and a shortest word of {@link
     * #MIN_WORD_CHARS} letters, whether or not the term is indexed.
     */
    List<SuggestWord> similar(String term, int count) throws IOException;

    /**
     * Returns the words as written at a body term's first mentions, in the live articles with the
     * smallest ids that have it, in order.
     */
    List<String> writtenForms(String term, int articles, int mentions) throws IOException;

    /** Returns whether some body term starts with a word as the analyzer normalizes it. */
    boolean startsATerm(String normalized) throws IOException;
  }

  /** The local index's words. */
  private record IndexVocabulary(IndexReader reader, Analyzer analyzer, DirectSpellChecker checker)
      implements Vocabulary {
    @Override
    public long documents() {
      return reader.maxDoc();
    }

    @Override
    public int docFreq(String term) throws IOException {
      return reader.docFreq(new Term(IndexSchema.BODY, term));
    }

    @Override
    public List<SuggestWord> similar(String term, int count) throws IOException {
      return List.of(
          checker.suggestSimilar(
              new Term(IndexSchema.BODY, term), count, reader, SuggestMode.SUGGEST_ALWAYS));
    }

    @Override
    public List<String> writtenForms(String term, int articles, int mentions) throws IOException {
      BytesRef bytes = new BytesRef(term);
      List<LeafReaderContext> leaves = reader.leaves();
      // The live articles with the smallest ids: an order any backend has, unlike index order.
      TreeMap<String, int[]> first = new TreeMap<>();
      for (int l = 0; l < leaves.size(); l++) {
        LeafReader leaf = leaves.get(l).reader();
        PostingsEnum docs = postings(leaf, bytes, PostingsEnum.NONE);
        if (docs == null) {
          continue;
        }
        Bits live = leaf.getLiveDocs();
        SortedDocValues ids = leaf.getSortedDocValues(IndexSchema.ID);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String id =
              ids != null && ids.advanceExact(doc)
                  ? ids.lookupOrd(ids.ordValue()).utf8ToString()
                  : leaf.storedFields().document(doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
          first.put(id, new int[] {l, doc});
          if (first.size() > articles) {
            first.pollLastEntry();
          }
        }
      }
      List<String> words = new ArrayList<>();
      for (int[] at : first.values()) {
        LeafReaderContext leaf = leaves.get(at[0]);
        PostingsEnum postings = postings(leaf.reader(), bytes, PostingsEnum.OFFSETS);
        postings.advance(at[1]);
        String body =
            ArticleDocuments.read(reader, leaf.docBase + at[1], Set.of(IndexSchema.BODY))
                .get(IndexSchema.BODY);
        for (int i = 0; i < postings.freq() && words.size() < mentions; i++) {
          postings.nextPosition();
          if (body != null && postings.endOffset() <= body.length()) {
            words.add(body.substring(postings.startOffset(), postings.endOffset()));
          }
        }
      }
      return words;
    }

    @Override
    public boolean startsATerm(String normalized) throws IOException {
      Terms terms = MultiTerms.getTerms(reader, IndexSchema.BODY);
      if (terms == null) {
        return false;
      }
      TermsEnum te = terms.iterator();
      BytesRef prefix = new BytesRef(normalized);
      return te.seekCeil(prefix) != TermsEnum.SeekStatus.END
          && StringHelper.startsWith(te.term(), prefix);
    }

    /** Returns the postings of a body term in one segment, or null when it has none. */
    private static PostingsEnum postings(LeafReader leaf, BytesRef term, int flags)
        throws IOException {
      Terms terms = leaf.terms(IndexSchema.BODY);
      if (terms == null) {
        return null;
      }
      TermsEnum te = terms.iterator();
      return te.seekExact(term) ? te.postings(null, flags) : null;
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
  private static final Pattern FIELD_CLAUSE =
      Pattern.compile("[\\p{L}\\p{N}_]+:(\"[^\"]*\"?|[^\\s()]+)");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  /** The shortest word that is checked. */
  public static final int MIN_WORD_CHARS = 4;

  // A word in at most one article in a thousand counts as having "few" hits.
  private static final int FEW_PER_THOUSAND = 1;
  private static final int SURFACE_DOCS = 3;
  private static final int SURFACE_MENTIONS = 50;
  // Prefixes a letter, two and three shorter are also looked up (see closestWord).
  private static final int PREFIX_PROBES = 3;
  private static final int CANDIDATES_PER_PROBE = 3;
  // Up to two edits in five letters (a swap of two letters is one edit): farther is another word.
  private static final float MIN_SIMILARITY = 0.59f;

  // While typing, a correction is applied only one edit away (a swap of two letters is one) and
  // to a word in at least one article in a hundred, and never fewer than two: clearly the word.
  private static final int TYPING_MAX_EDITS = 1;
  private static final int TYPING_FREQUENT_PER_HUNDRED = 1;
  private static final int TYPING_FREQUENT_MIN = 2;

  private SpellingCorrector() {}

  /**
   * A correction of one word: as the articles write it, how far from the typed word, how common.
   */
  private record Candidate(String written, int edits, int docFreq, float similarity) {
    /** Fewest edits first; among equally close words the more frequent, then the more similar. */
    boolean beats(Candidate other) {
      if (edits != other.edits) {
        return edits < other.edits;
      }
      if (docFreq != other.docFreq) {
        return docFreq > other.docFreq;
      }
      return similarity > other.similarity;
    }
  }

  /** Returns the query with its rare words corrected, or empty when none needs it. */
  static Optional<String> correct(
      IndexReader reader, Analyzer analyzer, String query, boolean typing) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(MIN_WORD_CHARS);
    return correct(new IndexVocabulary(reader, analyzer, checker), query, typing);
  }

  /**
   * Returns the query with its rare words corrected from a vocabulary, or empty.
   *
   * @param typing whether the user is still typing: then only a word that no article has and that
   *     starts no indexed word is corrected, and only to a frequent word one edit away
   */
  public static Optional<String> correct(Vocabulary vocabulary, String query, boolean typing)
      throws IOException {
    Analyzer analyzer = vocabulary.analyzer();
    long documents = vocabulary.documents();
    long few = typing ? 0 : documents * FEW_PER_THOUSAND / 1000;
    long frequent = Math.max(TYPING_FREQUENT_MIN, documents * TYPING_FREQUENT_PER_HUNDRED / 100);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    boolean[] inField = fieldClauses(query);
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      String word = m.group();
      if (!checkable(query, inField, m, word)) {
        continue;
      }
      String stem = stem(analyzer, word);
      if (stem == null) {
        continue;
      }
      int df = vocabulary.docFreq(stem);
      if (df > few) {
        continue;
      }
      if (typing
          && vocabulary.startsATerm(analyzer.normalize(IndexSchema.BODY, word).utf8ToString())) {
        continue; // a word still being typed
      }
      Candidate best = closestWord(vocabulary, word, stem, df);
      if (best == null
          || best.written().equalsIgnoreCase(word)
          || (typing && (best.edits() > TYPING_MAX_EDITS || best.docFreq() < frequent))) {
        continue;
      }
      out.append(query, copied, m.start()).append(best.written());
      copied = m.end();
      changed = true;
    }
    if (!changed) {
      return Optional.empty();
    }
    out.append(query.substring(copied));
    return Optional.of(out.toString());
  }

  /**
   * Returns the indexed word closest to a rare typed word, as the articles write it, or null.
   *
   * <p>The index holds stems, and a stemmer cuts a correct word shorter than a misspelt one
   * ("emancipation" is "emancip", "emancipaton" stays whole), so besides the typed word's stem the
   * checker is also asked about the stems of its shorter prefixes; the candidates are then judged
   * by how many edits their written form is from what was typed, and among equally close ones by
   * how many articles have them ("tarrif" is "tariff", not the rarer "tarries").
   */
  private static Candidate closestWord(Vocabulary vocabulary, String word, String stem, int df)
      throws IOException {
    Map<String, Integer> candidates = new LinkedHashMap<>();
    for (int cut = 0; cut <= PREFIX_PROBES && word.length() - cut >= MIN_WORD_CHARS; cut++) {
      String probe =
          cut == 0 ? stem : stem(vocabulary.analyzer(), word.substring(0, word.length() - cut));
      if (probe == null) {
        continue;
      }
      int probeFreq = cut > 0 ? vocabulary.docFreq(probe) : df;
      if (probeFreq > df) {
        candidates.putIfAbsent(probe, probeFreq);
      }
      for (SuggestWord s : vocabulary.similar(probe, CANDIDATES_PER_PROBE)) {
        if (s.freq > df) {
          candidates.putIfAbsent(s.string, s.freq);
        }
      }
    }
    String typed = word.toLowerCase(Locale.ROOT);
    LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
    Candidate best = null;
    for (Map.Entry<String, Integer> candidate : candidates.entrySet()) {
      String written = surfaceForm(vocabulary, candidate.getKey(), typed);
      if (written == null) {
        continue;
      }
      float similarity = distance.getDistance(typed, written);
      if (similarity <= MIN_SIMILARITY) {
        continue;
      }
      Candidate c =
          new Candidate(
              written, edits(similarity, typed, written), candidate.getValue(), similarity);
      if (best == null || c.beats(best)) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Returns the edits between two words from their {@link LuceneLevenshteinDistance} similarity,
   * which is one less the edits over the longer word's length in code points.
   */
  private static int edits(float similarity, String a, String b) {
    int longer = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
    return Math.round((1 - similarity) * longer);
  }

  /** A word of free text: not an operator, field name or field value, wildcard or fuzzy term. */
  private static boolean checkable(String query, boolean[] inField, Matcher m, String word) {
    if (word.length() < MIN_WORD_CHARS
        || ArticleQueryParser.OPERATORS.contains(word)
        || inField[m.start()]) {
      return false;
    }
    char before = m.start() > 0 ? query.charAt(m.start() - 1) : ' ';
    char after = m.end() < query.length() ? query.charAt(m.end()) : ' ';
    return !Character.isDigit(before) && ":*?~".indexOf(after) < 0 && !Character.isDigit(after);
  }

  /** Marks the characters of {@code field:value} and {@code field:"a value"} clauses. */
  private static boolean[] fieldClauses(String query) {
    boolean[] inField = new boolean[query.length() + 1];
    Matcher m = FIELD_CLAUSE.matcher(query);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        inField[i] = true;
      }
    }
    return inField;
  }

  /** Returns the single indexed term of a word, or null for a stop word or several terms. */
  static String stem(Analyzer analyzer, String word) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms.size() == 1 ? terms.getFirst() : null;
  }

  /**
   * Returns how the articles write a stemmed term: of the words at its first mentions, the one
   * closest to what the user typed, lower-cased.
   */
  private static String surfaceForm(Vocabulary vocabulary, String stem, String typed)
      throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    for (String w : vocabulary.writtenForms(stem, SURFACE_DOCS, SURFACE_MENTIONS)) {
      String plain = POSSESSIVE.matcher(w.toLowerCase(Locale.ROOT)).replaceFirst("");
      seen.merge(plain, 1, Integer::sum);
    }
    LevenshteinDistance distance = new LevenshteinDistance();
    String best = null;
    float bestScore = -1;
    for (Map.Entry<String, Integer> e : seen.entrySet()) {
      // Closest spelling first; among equals, the most frequent.
      float score = distance.getDistance(typed, e.getKey()) * 1000 + Math.min(e.getValue(), 999);
      if (score > bestScore) {
        bestScore = score;
        best = e.getKey();
      }
    }
    return best;
  }
}
