package org.articlesearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.articlesearch.index.IndexSchema;
import org.junit.jupiter.api.Test;

class OpenSearchMappingTest {
  private static final OpenSearchConfig CONFIG =
      new OpenSearchConfig(List.of(URI.create("http://127.0.0.1:9200")), "articles", 3, 1);

  private static JsonObject createIndex() {
    return JsonParser.parseString(OpenSearchMapping.createIndexJson(CONFIG)).getAsJsonObject();
  }

  @Test
  void shardsAndReplicasComeFromTheConfiguration() {
    JsonObject index = createIndex().getAsJsonObject("settings").getAsJsonObject("index");
    assertThat(index.get("number_of_shards").getAsInt()).isEqualTo(3);
    assertThat(index.get("number_of_replicas").getAsInt()).isEqualTo(1);
  }

  @Test
  void titleAndBodyUseTheArticleAnalyzerWithTheLocalStopWords() {
    JsonObject root = createIndex();
    JsonObject properties = root.getAsJsonObject("mappings").getAsJsonObject("properties");
    for (String field : List.of(IndexSchema.TITLE, IndexSchema.BODY)) {
      assertThat(properties.getAsJsonObject(field).get("analyzer").getAsString())
          .isEqualTo(OpenSearchMapping.ARTICLE_ANALYZER);
    }
    assertThat(properties.getAsJsonObject(IndexSchema.BODY).get("index_options").getAsString())
        .isEqualTo("offsets");
    List<String> stopWords = new ArrayList<>();
    root.getAsJsonObject("settings")
        .getAsJsonObject("analysis")
        .getAsJsonObject("filter")
        .getAsJsonObject("article_stop")
        .getAsJsonArray("stopwords")
        .forEach(word -> stopWords.add(word.getAsString()));
    assertThat(stopWords).hasSize(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.size()).contains("the");
    assertThat(stopWords).allMatch(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET::contains);
  }

  @Test
  void everyFacetIsAKeywordWithFoldedSubfields() {
    JsonObject properties = createIndex().getAsJsonObject("mappings").getAsJsonObject("properties");
    for (String facet : IndexSchema.FACETS) {
      assertThat(properties.getAsJsonObject(facet).get("type").getAsString())
          .as(facet)
          .isEqualTo("keyword");
    }
    JsonObject person = properties.getAsJsonObject(IndexSchema.PERSON).getAsJsonObject("fields");
    assertThat(person.keySet()).contains(OpenSearchMapping.WORDS, OpenSearchMapping.FOLDED);
  }

  @Test
  void configurationRejectsWhatOpenSearchWould() {
    assertThatThrownBy(() -> OpenSearchConfig.parseHosts("localhost:9200"))
        .hasMessageContaining("localhost:9200");
    assertThatThrownBy(() -> OpenSearchConfig.parseHosts(" , "))
        .hasMessageContaining("no OpenSearch address");
    assertThatThrownBy(
            () -> new OpenSearchConfig(OpenSearchConfig.parseHosts("http://h:1"), "Articles", 1, 0))
        .hasMessageContaining("index name");
    assertThat(OpenSearchConfig.parseHosts("http://a:1, https://b:2"))
        .containsExactly(URI.create("http://a:1"), URI.create("https://b:2"));
  }
}
