package org.articlesearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.search.ArticleQueryParser;
import org.articlesearch.search.FacetLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The query language's every syntax, parsed by the real parser, translated into query DSL: exact
 * JSON, so that any change to the parser's output or the translation is a one-line diff.
 */
class LuceneQueryTranslatorTest {
  private static final Map<String, List<String>> VALUES =
      Map.of(
          IndexSchema.PERSON, List.of("Vladimir Putin", "Imran Khan", "Vladislav Surkov"),
          IndexSchema.AUTHOR, List.of("Ayesha Khan"),
          IndexSchema.LOCATION, List.of("Pakistan"));

  /** Query text and the DSL of what the parser ranks by. */
  private static final List<Map.Entry<String, String>> EXPECTED =
      List.of(
          Map.entry("", "{\"match_all\":{}}"),
          Map.entry(
              "war",
              "{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"war\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"war\",\"boost\":1.0}}}]}}"),
          Map.entry(
              "pakistan russia",
              "{\"bool\":{\"must\":[{\"bool\":{\"must\":[{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"pakistan\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"pakistan\",\"boost\":1.0}}}]}},{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"russia\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"russia\",\"boost\":1.0}}}]}}]}}],\"should\":[{\"bool\":{\"should\":[{\"match_phrase\":{\"title\":{\"query\":\"pakistan russia\",\"analyzer\":\"phrase_terms\",\"slop\":8,\"boost\":2.0}}},{\"match_phrase\":{\"body\":{\"query\":\"pakistan russia\",\"analyzer\":\"phrase_terms\",\"slop\":8,\"boost\":1.0}}}]}}]}}"),
          Map.entry(
              "\"the taliban\"",
              "{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"taliban\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"taliban\",\"boost\":1.0}}}]}}"),
          Map.entry(
              "war OR peace",
              "{\"bool\":{\"must\":[{\"bool\":{\"should\":[{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"war\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"war\",\"boost\":1.0}}}]}},{\"bool\":{\"should\":[{\"match\":{\"title\":{\"query\":\"peac|peace\",\"analyzer\":\"phrase_terms\",\"boost\":2.0}}},{\"match\":{\"body\":{\"query\":\"peac|peace\",\"analyzer\":\"phrase_terms\",\"boost\":1.0}}}]}}]}}],\"should\":[{\"bool\":{\"should\":[{\"match_phrase\":{\"title\":{\"query\":\"war ␣ peac\",\"analyzer\":\"phrase_terms\",\"slop\":8,\"boost\":2.0}}},{\"match_phrase\":{\"body\":{\"query\":\"war ␣ peac\",\"analyzer\":\"phrase_terms\",\"slop\":8,\"boost\":1.0}}}]}}]}}"),
          Map.entry(
              "war -peace",
              "{\"bool\":{\"must\":[{\"bool\":{\"must\":[{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"war\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"war\",\"boost\":1.0}}}]}}],\"must_not\":[{\"bool\":{\"should\":[{\"match\":{\"title\":{\"query\":\"peac|peace\",\"analyzer\":\"phrase_terms\",\"boost\":2.0}}},{\"match\":{\"body\":{\"query\":\"peac|peace\",\"analyzer\":\"phrase_terms\",\"boost\":1.0}}}]}}]}}],\"should\":[{\"bool\":{\"should\":[{\"match_phrase\":{\"title\":{\"query\":\"war peac\",\"analyzer\":\"phrase_terms\",\"slop\":8,\"boost\":2.0}}},{\"match_phrase\":{\"body\":{\"query\":\"war peac\",\"analyzer\":\"phrase_terms\",\"slop\":8,\"boost\":1.0}}}]}}]}}"),
          Map.entry(
              "-war",
              "{\"bool\":{\"must_not\":[{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"war\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"war\",\"boost\":1.0}}}]}}],\"must\":[{\"match_all\":{}}]}}"),
          Map.entry(
              "econom*",
              "{\"bool\":{\"should\":[{\"prefix\":{\"title\":{\"value\":\"econom\",\"rewrite\":\"scoring_boolean\",\"boost\":2.0}}},{\"prefix\":{\"body\":{\"value\":\"econom\",\"rewrite\":\"scoring_boolean\",\"boost\":1.0}}}]}}"),
          Map.entry(
              "(tax OR taxes) AND -income",
              "{\"bool\":{\"must\":[{\"bool\":{\"should\":[{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"tax\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"tax\",\"boost\":1.0}}}]}},{\"bool\":{\"should\":[{\"match\":{\"title\":{\"query\":\"tax|taxes\",\"analyzer\":\"phrase_terms\",\"boost\":2.0}}},{\"match\":{\"body\":{\"query\":\"tax|taxes\",\"analyzer\":\"phrase_terms\",\"boost\":1.0}}}]}}]}}],\"must_not\":[{\"bool\":{\"should\":[{\"match\":{\"title\":{\"query\":\"incom|income\",\"analyzer\":\"phrase_terms\",\"boost\":2.0}}},{\"match\":{\"body\":{\"query\":\"incom|income\",\"analyzer\":\"phrase_terms\",\"boost\":1.0}}}]}}]}}"),
          Map.entry(
              "\"pakistan russia\"~5",
              "{\"bool\":{\"should\":[{\"match_phrase\":{\"title\":{\"query\":\"pakistan russia\",\"analyzer\":\"phrase_terms\",\"slop\":5,\"boost\":2.0}}},{\"match_phrase\":{\"body\":{\"query\":\"pakistan russia\",\"analyzer\":\"phrase_terms\",\"slop\":5,\"boost\":1.0}}}]}}"),
          Map.entry("title:freedom", "{\"term\":{\"title\":{\"value\":\"freedom\"}}}"),
          Map.entry(
              "person:\"vladimir putin\"",
              "{\"constant_score\":{\"filter\":{\"terms\":{\"person\":[\"Vladimir Putin\"]}},\"boost\":1.0}}"),
          Map.entry(
              "person:putin",
              "{\"constant_score\":{\"filter\":{\"terms\":{\"person\":[\"Vladimir Putin\"]}},\"boost\":1.0}}"),
          Map.entry(
              "person:vlad*",
              "{\"constant_score\":{\"filter\":{\"terms\":{\"person\":[\"Vladimir Putin\",\"Vladislav Surkov\"]}},\"boost\":1.0}}"),
          Map.entry("person:nobody", "{\"match_none\":{}}"),
          Map.entry(
              "author:khan",
              "{\"constant_score\":{\"filter\":{\"terms\":{\"author\":[\"Ayesha Khan\"]}},\"boost\":1.0}}"),
          Map.entry(
              "location:pakistan war",
              "{\"bool\":{\"must\":[{\"constant_score\":{\"filter\":{\"terms\":{\"location\":[\"Pakistan\"]}},\"boost\":1.0}},{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"war\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"war\",\"boost\":1.0}}}]}}]}}"),
          Map.entry("year:2015", "{\"terms\":{\"year\":[\"2015\"]}}"),
          Map.entry("year:2015..2018", "{\"terms\":{\"year\":[\"2015\",\"2017\"]}}"),
          Map.entry("year:2016..", "{\"terms\":{\"year\":[\"2017\",\"2019\"]}}"),
          Map.entry("year:[2015 TO 2018]", "{\"terms\":{\"year\":[\"2015\",\"2017\"]}}"),
          Map.entry("year:1800..1900", "{\"match_none\":{}}"),
          Map.entry(
              "year:unknown",
              "{\"constant_score\":{\"filter\":{\"terms\":{\"year\":[\"Unknown\"]}},\"boost\":1.0}}"),
          Map.entry(
              "presid~",
              "{\"bool\":{\"should\":[{\"fuzzy\":{\"title\":{\"value\":\"presid\",\"fuzziness\":\"2\",\"prefix_length\":1,\"max_expansions\":50,\"transpositions\":true,\"boost\":2.0}}},{\"fuzzy\":{\"body\":{\"value\":\"presid\",\"fuzziness\":\"2\",\"prefix_length\":1,\"max_expansions\":50,\"transpositions\":true,\"boost\":1.0}}}]}}"),
          Map.entry(
              "wa?r",
              "{\"bool\":{\"should\":[{\"wildcard\":{\"title\":{\"value\":\"wa?r\",\"rewrite\":\"scoring_boolean\",\"boost\":2.0}}},{\"wildcard\":{\"body\":{\"value\":\"wa?r\",\"rewrite\":\"scoring_boolean\",\"boost\":1.0}}}]}}"),
          Map.entry(
              "/war.*/",
              "{\"bool\":{\"should\":[{\"regexp\":{\"title\":{\"value\":\"war.*\",\"flags\":\"ALL\",\"max_determinized_states\":2000,\"boost\":2.0}}},{\"regexp\":{\"body\":{\"value\":\"war.*\",\"flags\":\"ALL\",\"max_determinized_states\":2000,\"boost\":1.0}}}]}}"),
          Map.entry(
              "title:[a TO c]",
              "{\"range\":{\"title\":{\"gte\":\"a\",\"lte\":\"c\",\"boost\":2.0}}}"),
          Map.entry(
              "\"unbalanced",
              "{\"bool\":{\"should\":[{\"match\":{\"title\":{\"query\":\"unbalanc|unbalanced\",\"analyzer\":\"phrase_terms\",\"boost\":2.0}}},{\"match\":{\"body\":{\"query\":\"unbalanc|unbalanced\",\"analyzer\":\"phrase_terms\",\"boost\":1.0}}}]}}"),
          Map.entry("the", "{\"match_none\":{}}"),
          Map.entry(
              "ISIS",
              "{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"isis\",\"boost\":2.0}}},{\"term\":{\"body\":{\"value\":\"isis\",\"boost\":1.0}}}]}}"),
          Map.entry(
              "isis",
              "{\"bool\":{\"should\":[{\"match\":{\"title\":{\"query\":\"isi|isis\",\"analyzer\":\"phrase_terms\",\"boost\":2.0}}},{\"match\":{\"body\":{\"query\":\"isi|isis\",\"analyzer\":\"phrase_terms\",\"boost\":1.0}}}]}}"),
          Map.entry(
              "\"isis FIGHTERS\"",
              "{\"bool\":{\"should\":[{\"match_phrase\":{\"title\":{\"query\":\"isi fighters\",\"analyzer\":\"phrase_terms\",\"slop\":0,\"boost\":2.0}}},{\"match_phrase\":{\"body\":{\"query\":\"isi fighters\",\"analyzer\":\"phrase_terms\",\"slop\":0,\"boost\":1.0}}}]}}"));

  private final LuceneQueryTranslator translator =
      new LuceneQueryTranslator(
          IndexSchema.facetsConfig(),
          () -> List.of("1999", "2014", "2015", "2017", "2019", "Unknown"));

  private String dsl(String text) throws Exception {
    ArticleQueryParser parser =
        new ArticleQueryParser(
            IndexSchema.analyzer(),
            IndexSchema.facetsConfig(),
            FacetLabels.from(dim -> VALUES.getOrDefault(dim, List.of())));
    return translator.translate(parser.parse(text).scoring()).toString();
  }

  @Test
  void everySyntaxOfTheQueryLanguageTranslatesToItsExactDsl() {
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, String> e : EXPECTED) {
      checks.add(() -> assertEquals(e.getValue(), dsl(e.getKey()), e.getKey()));
    }
    assertAll(checks);
  }

  @Test
  void aPhraseKeepsTheGapsOfItsStopWordsAsGapTokens() throws Exception {
    assertEquals(
        "{\"bool\":{\"should\":[{\"match_phrase\":{\"title\":{\"query\":\"state \u2423 \u2423"
            + " union\",\"analyzer\":\"phrase_terms\",\"slop\":0,\"boost\":2.0}}},"
            + "{\"match_phrase\":{\"body\":{\"query\":\"state \u2423 \u2423 union\","
            + "\"analyzer\":\"phrase_terms\",\"slop\":0,\"boost\":1.0}}}]}}",
        dsl("\"state of the union\""));
  }

  @Test
  void aWordIsSearchedInTheFieldsOfEachLanguageTheIndexHoldsTheBestOneScoring() throws Exception {
    ArticleQueryParser parser =
        new ArticleQueryParser(
            IndexSchema.analyzer(),
            IndexSchema.facetsConfig(),
            FacetLabels.from(
                dim -> dim.equals(IndexSchema.LANGUAGE) ? List.of("en", "de", "ur") : List.of()));
    assertEquals(
        "{\"dis_max\":{\"queries\":["
            + "{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"wahlen\",\"boost\":2.0}}},"
            + "{\"term\":{\"body\":{\"value\":\"wahlen\",\"boost\":1.0}}}]}},"
            + "{\"bool\":{\"should\":[{\"term\":{\"title_de\":{\"value\":\"wahl\",\"boost\":2.0}}},"
            + "{\"term\":{\"body_de\":{\"value\":\"wahl\",\"boost\":1.0}}}]}},"
            + "{\"bool\":{\"should\":[{\"term\":{\"title_other\":{\"value\":\"wahlen\",\"boost\":2.0}}},"
            + "{\"term\":{\"body_other\":{\"value\":\"wahlen\",\"boost\":1.0}}}]}}],"
            + "\"tie_breaker\":0.0}}",
        translator.translate(parser.parse("Wahlen").scoring()).toString());
    // A stop word of English is left out in every language, or English articles could not match.
    assertEquals(
        "{\"match_none\":{}}", translator.translate(parser.parse("the").scoring()).toString());
  }

  @Test
  void onlyExclusionsMatchNothingAsInLucene() throws Exception {
    BooleanQuery exclusions =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.BODY, "war")), BooleanClause.Occur.MUST_NOT)
            .build();
    assertEquals("{\"match_none\":{}}", translator.translate(exclusions).toString());
    assertEquals(
        "{\"match_none\":{}}", translator.translate(new BooleanQuery.Builder().build()).toString());
  }

  @Test
  void boostsMultiplyAndReachTheShortFormOfAFacetTerm() {
    TermQuery facet =
        new TermQuery(
            new Term(
                IndexSchema.facetsConfig().getDimConfig(IndexSchema.PERSON).indexFieldName,
                org.apache.lucene.facet.FacetsConfig.pathToString(
                    IndexSchema.PERSON, new String[] {"Imran Khan"})));
    assertEquals(
        "{\"term\":{\"person\":{\"value\":\"Imran Khan\",\"boost\":6.0}}}",
        translator.translate(new BoostQuery(new BoostQuery(facet, 2f), 3f)).toString());
  }

  @Test
  void dateRangesAreInclusiveDaysAndAnOpenOneIsEveryDatedArticle() {
    assertEquals(
        "{\"range\":{\"date\":{\"gte\":\"2015-06-01\",\"format\":\"strict_date\"}}}",
        LuceneQueryTranslator.dateRange(LocalDate.of(2015, 6, 1), null).toString());
    assertEquals(
        "{\"exists\":{\"field\":\"date\"}}",
        LuceneQueryTranslator.dateRange(null, null).toString());
  }

  @Test
  void aQueryWithoutAnExactEquivalentIsRefusedNotApproximated() {
    assertThrows(
        LuceneQueryTranslator.UnsupportedQueryException.class,
        () -> translator.translate(new FieldExistsQuery(IndexSchema.BODY)));
    assertThrows(
        LuceneQueryTranslator.UnsupportedQueryException.class,
        () -> translator.translate(new TermQuery(new Term(IndexSchema.CONTENT_HASH, "x"))));
    assertThrows(
        LuceneQueryTranslator.UnsupportedQueryException.class,
        () ->
            translator.translate(new TermInSetQuery(IndexSchema.PATH, List.of(new BytesRef("a")))));
  }
}
