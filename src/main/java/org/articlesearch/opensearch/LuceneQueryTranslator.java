package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LanguageFields;

/**
 * Turns a query of the query language, as {@link org.articlesearch.search.ArticleQueryParser} reads
 * it, into OpenSearch query DSL that OpenSearch turns back into the same Lucene query: so one
 * parser serves both backends and both score alike. A query node it has no exact equivalent for is
 * refused with {@link UnsupportedQueryException}, never approximated.
 */
public final class LuceneQueryTranslator {
  /**
   * A token no analyzer of the article text produces: left out of a phrase by the {@link
   * OpenSearchMapping#PHRASE_TERMS_ANALYZER}, it leaves the position gap a stop word left.
   */
  static final String POSITION_GAP = OpenSearchMapping.POSITION_GAP;

  /** The largest automaton a regular expression may build, as the query parser allows. */
  private static final int DETERMINIZE_WORK_LIMIT = 2_000;

  private static final Set<String> TEXT_FIELDS = textFields();

  /** Thrown for a query node the translation has no exact equivalent of. */
  public static final class UnsupportedQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnsupportedQueryException(String message) {
      super(message);
    }
  }

  /** Reads the values of the year facet the index has. */
  public interface Years {
    /** Returns every year value, {@link IndexSchema#UNKNOWN_YEAR} included if present. */
    List<String> values() throws IOException;
  }

  private final String facetField;
  private final Years years;

  /**
   * Returns a translator for queries whose facet terms follow this facet configuration.
   *
   * @param years the index's year values: a year range becomes the years it holds
   */
  public LuceneQueryTranslator(FacetsConfig config, Years years) {
    // Every dimension is indexed in the default field; a dimension of its own would need mapping.
    this.facetField = config.getDimConfig(IndexSchema.AUTHOR).indexFieldName;
    this.years = years;
  }

  /** Returns the query DSL of a Lucene query. */
  public JsonObject translate(Query query) {
    return switch (query) {
      case BoostQuery b -> withBoost(translate(b.getQuery()), b.getBoost());
      case BooleanQuery b -> bool(b);
      case ConstantScoreQuery c ->
          named("constant_score", object("filter", translate(c.getQuery())));
      case TermQuery t -> term(t.getTerm());
      case TermInSetQuery t -> termSet(t);
      case PhraseQuery p -> phrase(p);
      case MultiPhraseQuery p -> phrase(p);
      case SynonymQuery s -> synonyms(s);
      case PrefixQuery p ->
          fieldQuery("prefix", textField(p.getField()), rewritten(value(p.getPrefix()), p));
      case WildcardQuery w ->
          fieldQuery("wildcard", textField(w.getField()), rewritten(value(w.getTerm()), w));
      case RegexpQuery r -> regexp(r);
      case FuzzyQuery f -> fuzzy(f);
      case TermRangeQuery r -> termRange(r);
      // Points or doc values, whichever is cheaper, match alike: the points say what.
      case IndexSortSortedNumericDocValuesRangeQuery q -> translate(q.getFallbackQuery());
      case IndexOrDocValuesQuery q -> translate(q.getIndexQuery());
      case PointRangeQuery r -> pointRange(r);
      case DisjunctionMaxQuery d -> disMax(d);
      case MatchAllDocsQuery m -> named("match_all", new JsonObject());
      case MatchNoDocsQuery m -> matchNone();
      default ->
          throw new UnsupportedQueryException(
              "no OpenSearch equivalent for " + query.getClass().getSimpleName() + ": " + query);
    };
  }

  /** Returns the DSL of a term filter on one facet: articles with any of these values. */
  public static JsonObject facetValues(String dim, List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return named("terms", object(dim, array));
  }

  private JsonObject bool(BooleanQuery b) {
    Map<String, JsonArray> clauses = new LinkedHashMap<>();
    boolean positive = false;
    for (BooleanClause clause : b.clauses()) {
      String occur =
          switch (clause.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
          };
      positive |= clause.occur() != BooleanClause.Occur.MUST_NOT;
      clauses.computeIfAbsent(occur, k -> new JsonArray()).add(translate(clause.query()));
    }
    if (!positive) {
      // Lucene matches nothing with no clause or only exclusions; OpenSearch would match all.
      return matchNone();
    }
    JsonObject body = new JsonObject();
    clauses.forEach(body::add);
    if (b.getMinimumNumberShouldMatch() > 0) {
      body.addProperty("minimum_should_match", b.getMinimumNumberShouldMatch());
    }
    return named("bool", body);
  }

  private JsonObject term(Term term) {
    if (term.field().equals(facetField)) {
      String[] path = FacetsConfig.stringToPath(term.text());
      return named("term", object(path[0], path[path.length - 1]));
    }
    // The id is a keyword in both: "more like this" leaves the article itself out by it.
    String field = term.field().equals(IndexSchema.ID) ? IndexSchema.ID : textField(term.field());
    return fieldQuery("term", field, value(term));
  }

  private JsonObject termSet(TermInSetQuery query) {
    List<String> texts = new ArrayList<>();
    try {
      BytesRefIterator it = query.getBytesRefIterator();
      for (BytesRef bytes = it.next(); bytes != null; bytes = it.next()) {
        texts.add(bytes.utf8ToString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!query.getField().equals(facetField)) {
      JsonArray array = new JsonArray();
      texts.forEach(array::add);
      return named("terms", object(textField(query.getField()), array));
    }
    Map<String, List<String>> byDim = new LinkedHashMap<>();
    for (String text : texts) {
      String[] path = FacetsConfig.stringToPath(text);
      byDim.computeIfAbsent(path[0], k -> new ArrayList<>()).add(path[path.length - 1]);
    }
    if (byDim.size() != 1) {
      throw new UnsupportedQueryException("a facet term set spans several dimensions: " + query);
    }
    Map.Entry<String, List<String>> only = byDim.entrySet().iterator().next();
    return facetValues(only.getKey(), only.getValue());
  }

  private JsonObject phrase(PhraseQuery p) {
    Term[][] terms = new Term[p.getTerms().length][];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = new Term[] {p.getTerms()[i]};
    }
    return phrase(p.getField(), terms, p.getPositions(), p.getSlop(), p);
  }

  private JsonObject phrase(MultiPhraseQuery p) {
    Term[][] terms = p.getTermArrays();
    if (terms.length == 0) {
      return matchNone();
    }
    return phrase(terms[0][0].field(), terms, p.getPositions(), p.getSlop(), p);
  }

  /**
   * The phrase as a match_phrase whose text is its terms, already analysed, the terms of one
   * position joined by {@link OpenSearchMapping#SAME_POSITION}, and gap tokens where stop words
   * were: OpenSearch's phrase analysis then builds the same positions and slop.
   */
  private JsonObject phrase(String field, Term[][] terms, int[] positions, int slop, Query p) {
    if (terms.length == 0) {
      return matchNone();
    }
    StringBuilder text = new StringBuilder();
    int next = 0;
    for (int i = 0; i < terms.length; i++) {
      if (positions[i] < next) {
        throw new UnsupportedQueryException("a phrase with terms at one position: " + p);
      }
      for (; next < positions[i]; next++) {
        text.append(POSITION_GAP).append(' ');
      }
      text.append(samePosition(terms[i])).append(' ');
      next++;
    }
    JsonObject body = new JsonObject();
    body.addProperty("query", text.toString().strip());
    body.addProperty("analyzer", OpenSearchMapping.PHRASE_TERMS_ANALYZER);
    body.addProperty("slop", slop);
    return named("match_phrase", object(textField(field), body));
  }

  /**
   * A word's stem and exact form at one position, as a match of both: OpenSearch's match builds the
   * same synonym query from terms at one position.
   */
  private JsonObject synonyms(SynonymQuery s) {
    List<Term> terms = s.getTerms();
    if (terms.isEmpty()) {
      return matchNone();
    }
    JsonObject body = new JsonObject();
    body.addProperty("query", samePosition(terms.toArray(Term[]::new)));
    body.addProperty("analyzer", OpenSearchMapping.PHRASE_TERMS_ANALYZER);
    return named("match", object(textField(s.getField()), body));
  }

  private static String samePosition(Term[] terms) {
    List<String> texts = new ArrayList<>();
    for (Term term : terms) {
      texts.add(term.text());
    }
    return String.join(OpenSearchMapping.SAME_POSITION, texts);
  }

  private JsonObject regexp(RegexpQuery r) {
    JsonObject body = value(r.getRegexp());
    body.addProperty("flags", "ALL");
    body.addProperty("max_determinized_states", DETERMINIZE_WORK_LIMIT);
    return named("regexp", object(textField(r.getField()), body));
  }

  private JsonObject fuzzy(FuzzyQuery f) {
    JsonObject body = value(f.getTerm());
    body.addProperty("fuzziness", Integer.toString(f.getMaxEdits()));
    body.addProperty("prefix_length", f.getPrefixLength());
    body.addProperty("max_expansions", FuzzyQuery.defaultMaxExpansions);
    body.addProperty("transpositions", f.getTranspositions());
    return named("fuzzy", object(textField(f.getField()), body));
  }

  private JsonObject termRange(TermRangeQuery r) {
    JsonObject body = new JsonObject();
    if (r.getLowerTerm() != null) {
      body.addProperty(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
    }
    if (r.getUpperTerm() != null) {
      body.addProperty(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
    }
    return named("range", object(textField(r.getField()), body));
  }

  /**
   * Years and publication days are points in the local index. A year range here is the year facet's
   * values in it, not a date range: on a shard without a date in a range, OpenSearch rewrites the
   * range to match nothing before it gathers term statistics, and that shard's statistics would be
   * missing from the scores. Publication days are the date field.
   */
  private JsonObject pointRange(PointRangeQuery r) {
    LocalDate from;
    LocalDate to;
    if (r.getField().equals(IndexSchema.YEAR) && r.getBytesPerDim() == Integer.BYTES) {
      int low = IntPoint.decodeDimension(r.getLowerPoint(), 0);
      int high = IntPoint.decodeDimension(r.getUpperPoint(), 0);
      List<String> inRange = new ArrayList<>();
      try {
        for (String year : years.values()) {
          if (year.matches("-?\\d+")) {
            int value = Integer.parseInt(year);
            if (value >= low && value <= high) {
              inRange.add(year);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      inRange.sort(null);
      return inRange.isEmpty() ? matchNone() : facetValues(IndexSchema.YEAR, inRange);
    } else if (r.getField().equals(IndexSchema.DATE) && r.getBytesPerDim() == Long.BYTES) {
      long low = LongPoint.decodeDimension(r.getLowerPoint(), 0);
      long high = LongPoint.decodeDimension(r.getUpperPoint(), 0);
      if (low > high) {
        return matchNone();
      }
      from = low == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(low);
      to = high == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(high);
    } else {
      throw new UnsupportedQueryException("no OpenSearch field for the point range " + r);
    }
    return dateRange(from, to);
  }

  /** Returns the DSL of publication days from one to another, inclusive; null is open. */
  public static JsonObject dateRange(LocalDate from, LocalDate to) {
    JsonObject body = new JsonObject();
    if (from != null) {
      body.addProperty("gte", from.toString());
    }
    if (to != null) {
      body.addProperty("lte", to.toString());
    }
    if (from == null && to == null) {
      // Every dated article, as an unbounded point range is in the local index.
      return named("exists", object("field", IndexSchema.DATE));
    }
    body.addProperty("format", "strict_date");
    return named("range", object(IndexSchema.DATE, body));
  }

  private JsonObject disMax(DisjunctionMaxQuery d) {
    JsonArray queries = new JsonArray();
    d.getDisjuncts().forEach(q -> queries.add(translate(q)));
    JsonObject body = new JsonObject();
    body.add("queries", queries);
    body.addProperty("tie_breaker", d.getTieBreakerMultiplier());
    return named("dis_max", body);
  }

  /** Title and body, and each language's title and body. */
  private static Set<String> textFields() {
    Set<String> fields = new java.util.HashSet<>(Set.of(IndexSchema.TITLE, IndexSchema.BODY));
    for (String key : LanguageFields.KEYS) {
      fields.add(LanguageFields.title(key));
      fields.add(LanguageFields.body(key));
    }
    return Set.copyOf(fields);
  }

  private static String textField(String field) {
    if (!TEXT_FIELDS.contains(field)) {
      throw new UnsupportedQueryException("no OpenSearch text field '" + field + "'");
    }
    return field;
  }

  /**
   * Returns the body of a prefix or wildcard query with its rewrite: a scoring one scores each word
   * it stands for by BM25, the default scores every match alike.
   */
  private static JsonObject rewritten(JsonObject body, MultiTermQuery query) {
    if (query.getRewriteMethod() == MultiTermQuery.SCORING_BOOLEAN_REWRITE) {
      body.addProperty("rewrite", "scoring_boolean");
    } else if (query.getRewriteMethod() != MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE) {
      throw new UnsupportedQueryException("no equivalent of the rewrite of " + query);
    }
    return body;
  }

  private static JsonObject value(Term term) {
    return object("value", term.text());
  }

  private static JsonObject fieldQuery(String kind, String field, JsonObject body) {
    return named(kind, object(field, body));
  }

  private static JsonObject matchNone() {
    return named("match_none", new JsonObject());
  }

  /**
   * Returns the query with a boost, set where OpenSearch reads it: inside the field object of a
   * field query, in the body of the others.
   */
  private static JsonObject withBoost(JsonObject query, float boost) {
    String kind = query.keySet().iterator().next();
    JsonObject body = query.getAsJsonObject(kind);
    JsonObject target = body;
    if (Set.of("term", "prefix", "wildcard", "regexp", "fuzzy", "match", "match_phrase", "range")
        .contains(kind)) {
      String field = body.keySet().iterator().next();
      if (body.get(field).isJsonObject()) {
        target = body.getAsJsonObject(field);
      } else {
        // {"term": {"author": "X"}}: the short form has no room for a boost.
        JsonObject longForm = object("value", body.get(field).getAsString());
        body.add(field, longForm);
        target = longForm;
      }
    }
    float previous = target.has("boost") ? target.get("boost").getAsFloat() : 1f;
    target.addProperty("boost", previous * boost);
    return query;
  }

  private static JsonObject named(String name, JsonObject body) {
    JsonObject query = new JsonObject();
    query.add(name, body);
    return query;
  }

  private static JsonObject object(String key, Object value) {
    JsonObject o = new JsonObject();
    switch (value) {
      case JsonObject j -> o.add(key, j);
      case JsonArray a -> o.add(key, a);
      default -> o.addProperty(key, value.toString());
    }
    return o;
  }
}
