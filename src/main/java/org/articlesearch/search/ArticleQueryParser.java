package org.articlesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LanguageFields;

/**
 * Reads the query language: Lucene's classic syntax over title and body (terms all required,
 * "phrases", {@code OR}, {@code -exclusion}, {@code prefix*}, parentheses, {@code "a b"~5}), plus
 * {@code field:value} for the facets, matched case- and accent-insensitively against their values
 * ({@code person:putin} is any person with the word Putin), and {@code year:2015..2018}.
 *
 * <p>Each word and phrase is also searched in the language fields ({@link LanguageFields}) of the
 * languages the index holds, as each language analyses it; an article scores by the language that
 * matches it best (a disjunction maximum), so that articles in different languages rank alike.
 *
 * <p>Malformed input is never an error: the words of the query are searched instead, with a notice
 * saying in one sentence what was wrong. A query of exclusions alone ({@code -soviet}) finds every
 * article but those; one of stop words alone finds nothing and says why.
 */
public final class ArticleQueryParser {
  /**
   * A parsed query.
   *
   * @param query what an article must match, for matching and highlighting
   * @param scoring the query to rank by: the same matches, with a boost for the words close
   *     together
   * @param notice when the text could not be read as written, what was done instead; else null
   * @param notRequired words of the text a match need not have (see {@link RelaxedSearch})
   */
  public record Parsed(Query query, Query scoring, String notice, List<String> notRequired) {
    public Parsed {
      notRequired = List.copyOf(notRequired);
    }

    Parsed(Query query, Query scoring, String notice) {
      this(query, scoring, notice, List.of());
    }

    Parsed(Query query, String notice) {
      this(query, query, notice);
    }

    /**
     * Returns whether the query has words of the text to rank by; without any (a blank query,
     * exclusions or facet values alone) every match scores alike.
     */
    public boolean ranked() {
      return ScoringWords.any(query);
    }
  }

  /**
   * What an article by an author a word names scores for that word: about what a rare word found a
   * few times in a long article scores, so that it counts like the word written there.
   */
  static final float AUTHOR_WEIGHT = 3.0f;

  /** Shortest word, in letters, that may name an author. */
  static final int MIN_AUTHOR_WORD = 3;

  /** Most authors one word may name and still count as naming them. */
  static final int MAX_AUTHORS_NAMED = 3;

  /** How close the words of a multi-word query must be to earn the proximity boost. */
  static final int PROXIMITY_SLOP = 8;

  /** Most words a query may have for the proximity boost; longer ones rank by BM25 alone. */
  static final int PROXIMITY_MAX_WORDS = 8;

  private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}'’ \\t-]+");

  private static final Map<String, Float> FIELD_BOOSTS =
      Map.of(IndexSchema.TITLE, 2.0f, IndexSchema.BODY, 1.0f);
  private static final String[] TEXT_FIELDS = {IndexSchema.TITLE, IndexSchema.BODY};

  /** Fields that name facet values rather than words of the text. */
  private static final Set<String> FACET_FIELDS =
      Set.of(
          IndexSchema.AUTHOR,
          IndexSchema.PUBLISHER,
          IndexSchema.PERSON,
          IndexSchema.ORGANIZATION,
          IndexSchema.LOCATION);

  private static final Set<String> TEXT_FIELD_NAMES = Set.of(IndexSchema.TITLE, IndexSchema.BODY);
  private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{1,4})?\\.\\.(\\d{1,4})?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The words the query language reads as operators when written in capitals. */
  static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

  private final Analyzer analyzer;
  private final Analyzer queryAnalyzer = IndexSchema.queryAnalyzer();
  private final FacetsConfig config;
  private final FacetLabels labels;
  private final List<String> languageKeys;

  /**
   * Returns a parser.
   *
   * @param analyzer the analysis of the text as indexed, for the proximity boost's phrases; the
   *     words of the query are analysed by {@link IndexSchema#queryAnalyzer()}
   * @param labels the facet values of the index searched, for {@code field:value} queries
   */
  public ArticleQueryParser(Analyzer analyzer, FacetsConfig config, FacetLabels labels) {
    this.analyzer = analyzer;
    this.config = config;
    this.labels = labels;
    this.languageKeys = languageKeys(labels);
  }

  /** Returns the keys of the language fields that the index's articles have, in schema order. */
  private static List<String> languageKeys(FacetLabels labels) {
    Set<String> keys = new java.util.HashSet<>();
    try {
      for (String language : labels.valuesOf(IndexSchema.LANGUAGE)) {
        String key = LanguageFields.key(language);
        if (key != null) {
          keys.add(key);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return LanguageFields.KEYS.stream().filter(keys::contains).toList();
  }

  /** Parses query text; blank text matches every article. */
  public Parsed parse(String text) throws InvalidQueryException {
    if (text.isBlank()) {
      return new Parsed(new MatchAllDocsQuery(), null);
    }
    try {
      Query query = parser().parse(text);
      if (query instanceof BooleanQuery b && b.clauses().isEmpty()) {
        return stopWordsOnly(text);
      }
      query = withEverythingForExclusions(query);
      return new Parsed(query, withProximityBoost(query, text), null);
    } catch (TooManyClauses e) {
      throw new InvalidQueryException(
          "too_many_terms", "The query has too many terms; make it shorter.", e);
    } catch (ParseException | RuntimeException e) {
      // The parser reports some malformed input (bad regular expressions, say) as runtime errors.
      return fallback(text, QuerySyntaxProblem.describe(text, e));
    }
  }

  /**
   * Adds a boost for articles where the words of a plain multi-word query stand close together
   * (within {@link #PROXIMITY_SLOP} positions, in any order), in the title counting double.
   */
  private Query withProximityBoost(Query query, String text) {
    if (!PLAIN_WORDS.matcher(text).matches()) {
      return query; // operators, phrases or fields: the user said how words relate
    }
    int words = words(text).size();
    if (words < 2 || words > PROXIMITY_MAX_WORDS) {
      return query;
    }
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder proximity = new BooleanQuery.Builder();
    for (String field : TEXT_FIELDS) {
      Query phrase = builder.createPhraseQuery(field, text, PROXIMITY_SLOP);
      if (phrase == null || !(phrase instanceof PhraseQuery)) {
        return query; // a single term after stop words, or nothing
      }
      proximity.add(new BoostQuery(phrase, FIELD_BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(proximity.build(), BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * Finds nothing, saying why: the index leaves out the commonest words, so a query of them alone
   * has nothing to look for.
   */
  private static Parsed stopWordsOnly(String text) {
    List<String> words = words(text);
    String quoted = String.join(" ", words.stream().map(w -> "\u201c" + w + "\u201d").toList());
    return new Parsed(
        new MatchNoDocsQuery("stop words only"),
        (words.size() == 1 ? quoted + " is too common a word" : quoted + " are too common words")
            + " to search: the index leaves out words such as the, of, and, to. Add a less"
            + " common word.");
  }

  /**
   * Lets a group of exclusions alone ({@code -soviet}) mean every article but those, where Lucene
   * would match nothing.
   */
  private static Query withEverythingForExclusions(Query query) {
    if (query instanceof BoostQuery b) {
      return new BoostQuery(withEverythingForExclusions(b.getQuery()), b.getBoost());
    }
    if (!(query instanceof BooleanQuery b) || b.clauses().isEmpty()) {
      return query;
    }
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder();
    rebuilt.setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    boolean positive = false;
    for (BooleanClause clause : b.clauses()) {
      rebuilt.add(withEverythingForExclusions(clause.query()), clause.occur());
      positive |= clause.occur() != BooleanClause.Occur.MUST_NOT;
    }
    if (!positive) {
      rebuilt.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return rebuilt.build();
  }

  /** Searches the words of text that could not be parsed, all required. */
  private Parsed fallback(String text, String problem) throws InvalidQueryException {
    List<String> words = words(text);
    String notice =
        Character.toUpperCase(problem.charAt(0))
            + problem.substring(1)
            + (words.isEmpty()
                ? ", and no word is left to search."
                : ", so the words were searched on their own: " + String.join(" ", words) + ".");
    if (words.isEmpty()) {
      return new Parsed(new MatchNoDocsQuery("no words"), notice);
    }
    StringBuilder plain = new StringBuilder();
    for (String word : words) {
      plain.append(QueryParser.escape(word)).append(' ');
    }
    try {
      return new Parsed(parser().parse(plain.toString()), notice);
    } catch (TooManyClauses e) {
      throw new InvalidQueryException(
          "too_many_terms", "The query has too many terms; make it shorter.", e);
    } catch (ParseException e) {
      throw new IllegalStateException("escaped words must parse: " + plain, e);
    }
  }

  /** Returns the words of the text, query operators and field names ({@code x:}) left out. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      boolean fieldName = m.end() < text.length() && text.charAt(m.end()) == ':';
      if (!fieldName && !OPERATORS.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }

  private MultiFieldQueryParser parser() {
    MultiFieldQueryParser parser = new LanguageParser(queryAnalyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // Bounded expansions: fuzzy terms keep their first letter, regular expressions a small
    // automaton.
    parser.setFuzzyPrefixLength(1);
    parser.setDeterminizeWorkLimit(2_000);
    parser.setLocale(Locale.ROOT);
    return parser;
  }

  /** A query of some text in one field. */
  @FunctionalInterface
  private interface FieldQuery {
    Query query(String field) throws ParseException;
  }

  /** The classic parser with the facet and year fields of the query language. */
  private final class LanguageParser extends MultiFieldQueryParser {
    LanguageParser(Analyzer analyzer) {
      super(TEXT_FIELDS, analyzer, FIELD_BOOSTS);
    }

    /**
     * A quoted phrase is analysed as the text was indexed, its words' stems only: a phrase of stems
     * and exact forms stacked at each position would score otherwise on OpenSearch, whose
     * statistics for the rarely indexed exact forms differ from the local index's.
     */
    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
        throws ParseException {
      return super.newFieldQuery(
          quoted ? ArticleQueryParser.this.analyzer : analyzer, field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      Query special = special(field, queryText, false);
      if (special != null) {
        return special;
      }
      Query text = textQuery(field, queryText, f -> super.getFieldQuery(f, queryText, quoted));
      return field == null && !quoted && text != null ? withAuthorsNamed(text, queryText) : text;
    }

    /**
     * Returns the query of a run of free words, each word that names authors also matching their
     * articles; the query as it was when no word names any.
     */
    private Query withAuthorsNamed(Query text, String words) throws ParseException {
      String[] tokens = words.strip().split("\\s+");
      boolean any = false;
      for (String token : tokens) {
        any |= !authorsNamed(token).isEmpty();
      }
      if (!any) {
        return text;
      }
      if (tokens.length == 1) {
        return orByAuthors(text, authorsNamed(tokens[0]));
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String token : tokens) {
        Query word = textQuery(null, token, f -> super.getFieldQuery(f, token, false));
        if (word != null) {
          all.add(orByAuthors(word, authorsNamed(token)), BooleanClause.Occur.MUST);
        }
      }
      return all.build();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return textQuery(field, queryText, f -> super.getFieldQuery(f, queryText, slop));
    }

    /** Returns the query of a facet or year field, or of words in one text field or in all. */
    private Query textQuery(String field, String queryText, FieldQuery inField)
        throws ParseException {
      Query special = special(field, queryText, false);
      if (special != null) {
        return special;
      }
      Query english = inField.query(field);
      return field != null ? english : inEveryLanguage(english, inField);
    }

    /**
     * Returns the query of the title and body, or the best of it and the same words in the fields
     * of each language the index holds. A word English leaves out (a stop word) is left out in
     * every language: it would otherwise be required of English articles, which cannot match it.
     */
    private Query inEveryLanguage(Query english, FieldQuery inField) throws ParseException {
      if (english == null || languageKeys.isEmpty()) {
        return english;
      }
      List<Query> alternatives = new ArrayList<>();
      alternatives.add(english);
      for (String key : languageKeys) {
        BooleanQuery.Builder language = new BooleanQuery.Builder();
        boolean any = false;
        for (String field : TEXT_FIELDS) {
          Query q =
              inField.query(
                  field.equals(IndexSchema.TITLE)
                      ? LanguageFields.title(key)
                      : LanguageFields.body(key));
          if (q != null) {
            language.add(new BoostQuery(q, FIELD_BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
            any = true;
          }
        }
        if (any) {
          alternatives.add(language.build());
        }
      }
      return alternatives.size() == 1 ? english : new DisjunctionMaxQuery(alternatives, 0f);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      Query special = special(field, termStr, true);
      return special != null ? special : super.getPrefixQuery(field, termStr);
    }

    /**
     * Words starting so score by BM25 as the words they stand for would (immigr* ranks an article
     * about immigration above one naming an immigrant once), instead of alike.
     */
    @Override
    protected Query newPrefixQuery(Term prefix) {
      return new PrefixQuery(prefix, MultiTermQuery.SCORING_BOOLEAN_REWRITE);
    }

    @Override
    protected Query newWildcardQuery(Term t) {
      return new WildcardQuery(
          t, getDeterminizeWorkLimit(), MultiTermQuery.SCORING_BOOLEAN_REWRITE);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      checkField(field);
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      checkField(field);
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      checkField(field);
      return super.getRegexpQuery(field, termStr);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      if (IndexSchema.YEAR.equals(field)) {
        int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1);
        int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2);
        return IntField.newRangeQuery(
            IndexSchema.YEAR,
            startInclusive || from == Integer.MIN_VALUE ? from : from + 1,
            endInclusive || to == Integer.MAX_VALUE ? to : to - 1);
      }
      checkField(field);
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    /** Only the text fields take wildcards, fuzzy terms, ranges and regular expressions. */
    private void checkField(String field) throws ParseException {
      if (field != null && !TEXT_FIELD_NAMES.contains(field)) {
        throw new PlainParseException(field + ": takes words, not wildcards or ranges");
      }
    }

    /** Returns the query for a facet or year field, null for the text fields. */
    private Query special(String field, String text, boolean prefix) throws ParseException {
      if (field == null || TEXT_FIELD_NAMES.contains(field)) {
        return null;
      }
      if (field.equals(IndexSchema.YEAR)) {
        if (prefix) {
          throw new PlainParseException("year: takes a year or a range such as 2015..2018");
        }
        return yearQuery(text);
      }
      if (!FACET_FIELDS.contains(field)) {
        throw new PlainParseException(
            "there is no field "
                + field
                + ": (the fields are title, author, publisher, person, organization, location"
                + " and year)");
      }
      return facetQuery(field, text, prefix);
    }
  }

  private Query yearQuery(String text) throws ParseException {
    String t = text.strip();
    if (t.equalsIgnoreCase(IndexSchema.UNKNOWN_YEAR)) {
      return facetTerms(IndexSchema.YEAR, List.of(IndexSchema.UNKNOWN_YEAR));
    }
    Matcher range = YEAR_RANGE.matcher(t);
    if (range.matches()) {
      int from = range.group(1) == null ? Integer.MIN_VALUE : year(range.group(1));
      int to = range.group(2) == null ? Integer.MAX_VALUE : year(range.group(2));
      return IntField.newRangeQuery(IndexSchema.YEAR, from, to);
    }
    return IntField.newExactQuery(IndexSchema.YEAR, year(t));
  }

  private static int year(String text) throws ParseException {
    if (!text.matches("\\d{1,4}")) {
      throw new PlainParseException(
          "year: takes a year or a range such as 2015..2018, not " + text);
    }
    return Integer.parseInt(text);
  }

  /**
   * Matches the articles with a value of the facet equal to the text, or containing its words in a
   * row, ignoring case and accents; with prefix, the last word may be the start of a word.
   */
  private Query facetQuery(String dim, String text, boolean prefix) {
    String wanted = FacetValueSearch.fold(text);
    if (wanted.isEmpty()) {
      return new MatchNoDocsQuery("empty value");
    }
    Predicate<String> matches = NameWords.matching(wanted, prefix);
    List<String> values = new ArrayList<>();
    try {
      for (FacetLabels.Label label : labels.values(dim)) {
        if (matches.test(label.folded())) {
          values.add(label.value());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return facetTerms(dim, values);
  }

  /**
   * Returns the authors a word of free text names: those with it as a whole word of their name,
   * when there are at most {@link #MAX_AUTHORS_NAMED}; a word in the names of many authors (John)
   * says too little to count.
   */
  private List<String> authorsNamed(String word) {
    String wanted = FacetValueSearch.fold(word);
    if (wanted.length() < MIN_AUTHOR_WORD || !WORD.matcher(wanted).matches()) {
      return List.of();
    }
    Predicate<String> matches = NameWords.matching(wanted, false);
    List<String> authors = new ArrayList<>();
    try {
      for (FacetLabels.Label label : labels.values(IndexSchema.AUTHOR)) {
        if (matches.test(label.folded())) {
          authors.add(label.value());
          if (authors.size() > MAX_AUTHORS_NAMED) {
            return List.of();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return authors;
  }

  /**
   * Lets a word also match the articles of the authors it names, scoring as {@link #AUTHOR_WEIGHT}:
   * {@code lincoln slavery} finds and ranks first Lincoln's own addresses on slavery, which never
   * write his name.
   */
  private Query orByAuthors(Query text, List<String> authors) {
    if (authors.isEmpty()) {
      return text;
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.SHOULD)
        .add(
            new BoostQuery(
                ((BoostQuery) facetTerms(IndexSchema.AUTHOR, authors)).getQuery(), AUTHOR_WEIGHT),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Matches the articles that have any of these values of a facet, all scoring alike. */
  private Query facetTerms(String dim, List<String> values) {
    if (values.isEmpty()) {
      return new MatchNoDocsQuery("no " + dim + " value matches");
    }
    String field = config.getDimConfig(dim).indexFieldName;
    List<BytesRef> terms = new ArrayList<>();
    for (String value : values) {
      terms.add(DrillDownQuery.term(field, dim, value).bytes());
    }
    return new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(field, terms)), 1.0f);
  }
}
