package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.index.LanguageFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mapping's analysis on a real node gives the tokens the local index gives: the same words,
 * positions and offsets from the {@code article} analyzer as from {@link ArticleAnalyzer}, and
 * facet names folded for case and accents.
 */
class OpenSearchAnalysisIT {
  static ClusterConnection cluster;
  static String index;

  @BeforeAll
  static void createIndex() throws IOException {
    OpenSearchCluster running = OpenSearchCluster.get();
    index = OpenSearchCluster.uniqueIndex("w-analysis");
    OpenSearchConfig config = running.config(index, 1, 0);
    cluster = ClusterConnection.open(config);
    cluster.expect(
        "PUT",
        "/" + index,
        Map.of(),
        JsonParser.parseString(OpenSearchMapping.createIndexJson(config)),
        "create " + index);
  }

  @AfterAll
  static void deleteIndex() throws IOException {
    if (cluster != null) {
      cluster.send("DELETE", "/" + index, Map.of(), null);
      cluster.close();
    }
  }

  /** A token as both engines report it: the term, its position and its offsets. */
  record Token(String term, int position, int start, int end) {}

  private static List<Token> remote(String key, String value, String text) throws IOException {
    JsonObject request = new JsonObject();
    request.addProperty(key, value);
    request.addProperty("text", text);
    List<Token> tokens = new ArrayList<>();
    for (JsonElement t :
        cluster
            .expect("POST", "/" + index + "/_analyze", Map.of(), request, "analyze")
            .object()
            .getAsJsonArray("tokens")) {
      JsonObject token = t.getAsJsonObject();
      tokens.add(
          new Token(
              token.get("token").getAsString(),
              token.get("position").getAsInt(),
              token.get("start_offset").getAsInt(),
              token.get("end_offset").getAsInt()));
    }
    return tokens;
  }

  private static List<Token> local(String text) throws IOException {
    return local(new ArticleAnalyzer(), text);
  }

  private static List<Token> local(Analyzer chosen, String text) throws IOException {
    return local(chosen, IndexSchema.BODY, text);
  }

  private static List<Token> local(Analyzer chosen, String field, String text) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (Analyzer analyzer = chosen;
        TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return tokens;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "de|Die Wahlen in Bayern: Wählerinnen und Wähler gaben ihre Stimmen ab, die Straße war voll.",
        "fr|L'hôpital de Lyon soigne les chevaux; les élections municipales d'aujourd'hui.",
        "es|Las elecciones en Madrid: los ciudadanos votaron por la mañana.",
        "it|Le elezioni a Roma: gli elettori hanno votato nelle città dell'Italia.",
        "pt|As eleições em Lisboa: os cidadãos votaram nas cidades.",
        "nl|De verkiezingen in Amsterdam: de kiezers stemden in de steden en fietsen.",
        "ru|Выборы в Москве: избиратели голосовали в городах.",
        "ar|الانتخابات في القاهرة: صوّت الناخبون في المدن عام ٢٠٢٣.",
        "other|لاہور میں بلدیاتی انتخابات ۲۰۲۳ کے نتائج; Ελλάδα ΑΘΗΝΑ 東京 ١٢٣ İstanbul."
      })
  void eachLanguageFieldGivesTheTokensOfTheLocalIndex(String key, String text) throws IOException {
    for (String field : List.of(LanguageFields.title(key), LanguageFields.body(key))) {
      assertThat(remote("field", field, text))
          .as(field)
          .isNotEmpty()
          .isEqualTo(local(IndexSchema.analyzer(), field, text));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The President's speech and Jones' reply; Putin’s govt. endorsed Pakistan’s bid.",
        "Détente in Zürich: a naïve résumé from the café, ÉCOLE NORMALE, Ångström, Øresund.",
        "To be or not to be, that is the question: and if it was, then such is the way.",
        "A well-known state-of-the-art Islamabad-Moscow axis; Pak-Russia ties; AH-1 Cobra.",
        "$153 million, 1,300 km, 3.14, 2018-09-11, 2$ billion, 1300km, 24/7 and Mi-35M.",
        "Don't stop: rock 'n' roll, O'Brien's and M’alik's O’Neill, ‘quoted’ words.",
        "Ελλάδα, Москва and 東京 are cities; straße, ﬁnance, ﬂy, Æsir, œuvre and emoji 🎉.",
        "Mail info@example.com or see https://example.org/a/b?c=d — em dash… ellipsis.",
        "RUNNING runners ran easily; generalizations, nationalization, CONDITIONAL.",
        "ISIS and the ISI's men, NATO's G20 and the Isis river; isis fighters in the UN."
      })
  void theArticleAnalyzerGivesTheTokensOfTheLocalIndex(String text) throws IOException {
    assertThat(remote("analyzer", OpenSearchMapping.ARTICLE_ANALYZER, text))
        .isNotEmpty()
        .isEqualTo(local(text));
    assertThat(remote("analyzer", OpenSearchMapping.ARTICLE_QUERY_ANALYZER, text))
        .isNotEmpty()
        .isEqualTo(local(ArticleAnalyzer.forQueries(), text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Émile Zola-Dupré|emile zola dupre",
        "VLADIMIR PUTIN|vladimir putin",
        "Ångström Øresund|angstrom oresund",
        "José Martí|jose marti",
        "Muhammad Hamza Tanvir|muhammad hamza tanvir"
      })
  void nameWordsAreLowerCasedAndAccentFolded(String name, String words) throws IOException {
    assertThat(
            remote("field", IndexSchema.PERSON + "." + OpenSearchMapping.WORDS, name).stream()
                .map(Token::term))
        .containsExactly(words.split(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Émile Zola-Dupré|émile zola-dupré|emile zola-dupre",
        "VLADIMIR PUTIN|Vladimir Putin|vladimir putin",
        "Ångström Øresund|ANGSTRÖM ØRESUND|angstrom oresund",
        "Daily Times|daily times|daily times"
      })
  void foldedNamesMatchWhateverTheCaseAndAccents(String name, String typed, String folded)
      throws IOException {
    for (String field : List.of(IndexSchema.AUTHOR, IndexSchema.PUBLISHER, IndexSchema.PERSON)) {
      String sub = field + "." + OpenSearchMapping.FOLDED;
      assertThat(remote("field", sub, name))
          .singleElement()
          .extracting(Token::term)
          .isEqualTo(folded);
      assertThat(remote("field", sub, typed))
          .singleElement()
          .extracting(Token::term)
          .isEqualTo(folded);
    }
    // The local index folds the query text with the same chain.
    try (Analyzer analyzer = new ArticleAnalyzer()) {
      assertThat(analyzer.normalize(IndexSchema.PERSON, name).utf8ToString()).isEqualTo(folded);
    }
  }
}
