package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.spell.SuggestWord;
import org.articlesearch.index.IndexSchema;
import org.articlesearch.search.SpellingCorrector;

/**
 * The body words of an OpenSearch index, for spelling corrections: document frequencies from
 * counts, candidates from the engine's term suggester (Lucene's direct spell checker, set up as the
 * local corrector sets it up), and written forms from the first articles' text analysed again.
 */
final class OpenSearchVocabulary implements SpellingCorrector.Vocabulary {
  /** Sends a search request body to a path and returns the answer. */
  interface Poster {
    JsonObject post(String path, JsonObject body) throws IOException;
  }

  private final Poster poster;
  private final String index;
  private final Analyzer analyzer;

  OpenSearchVocabulary(Poster poster, String index, Analyzer analyzer) {
    this.poster = poster;
    this.index = index;
    this.analyzer = analyzer;
  }

  @Override
  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public long documents() throws IOException {
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.addProperty("track_total_hits", true);
    return total(poster.post("/" + index + "/_search", body));
  }

  @Override
  public int docFreq(String term) throws IOException {
    JsonObject body = termSearch(term);
    body.addProperty("size", 0);
    body.addProperty("track_total_hits", true);
    return (int) total(poster.post("/" + index + "/_search", body));
  }

  @Override
  public List<SuggestWord> similar(String term, int count) throws IOException {
    JsonObject options = new JsonObject();
    options.addProperty("field", IndexSchema.BODY);
    // The term is a stem already: analysing it again would stem it twice.
    options.addProperty("analyzer", "whitespace");
    options.addProperty("size", count);
    options.addProperty("suggest_mode", "always");
    options.addProperty("min_word_length", SpellingCorrector.MIN_WORD_CHARS);
    options.addProperty("prefix_length", 1);
    options.addProperty("max_edits", 2);
    options.addProperty("max_inspections", 5);
    options.addProperty("max_term_freq", 0.01);
    options.addProperty("accuracy", 0.5);
    options.addProperty("string_distance", "internal");
    options.addProperty("sort", "score");
    JsonObject suggestion = new JsonObject();
    suggestion.addProperty("text", term);
    suggestion.add("term", options);
    JsonObject suggest = new JsonObject();
    suggest.add("words", suggestion);
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.add("suggest", suggest);
    JsonObject answer = poster.post("/" + index + "/_search", body);
    List<SuggestWord> words = new ArrayList<>();
    for (JsonElement entry : answer.getAsJsonObject("suggest").getAsJsonArray("words")) {
      for (JsonElement o : entry.getAsJsonObject().getAsJsonArray("options")) {
        JsonObject option = o.getAsJsonObject();
        SuggestWord word = new SuggestWord();
        word.string = option.get("text").getAsString();
        word.freq = option.get("freq").getAsInt();
        word.score = option.get("score").getAsFloat();
        words.add(word);
      }
    }
    return words;
  }

  @Override
  public List<String> writtenForms(String term, int articles, int mentions) throws IOException {
    JsonObject body = termSearch(term);
    body.addProperty("size", articles);
    // The articles with the smallest ids, as the local index takes them.
    JsonArray sort = new JsonArray();
    JsonObject byId = new JsonObject();
    byId.addProperty(IndexSchema.ID, "asc");
    sort.add(byId);
    body.add("sort", sort);
    JsonArray source = new JsonArray();
    source.add(IndexSchema.BODY);
    body.add("_source", source);
    List<String> words = new ArrayList<>();
    JsonArray hits =
        poster.post("/" + index + "/_search", body).getAsJsonObject("hits").getAsJsonArray("hits");
    for (JsonElement hit : hits) {
      JsonElement text = hit.getAsJsonObject().getAsJsonObject("_source").get(IndexSchema.BODY);
      if (text != null && !text.isJsonNull()) {
        mentionsOf(term, text.getAsString(), mentions, words);
      }
      if (words.size() >= mentions) {
        break;
      }
    }
    return words;
  }

  @Override
  public boolean startsATerm(String normalized) throws IOException {
    JsonObject body = bodySearch("prefix", normalized);
    body.addProperty("size", 0);
    body.addProperty("terminate_after", 1);
    return total(poster.post("/" + index + "/_search", body)) > 0;
  }

  /** Adds the words of a body that analyse to the term, until there are enough. */
  private void mentionsOf(String term, String body, int mentions, List<String> words)
      throws IOException {
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, body)) {
      CharTermAttribute chars = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken() && words.size() < mentions) {
        if (chars.toString().equals(term)) {
          words.add(body.substring(offsets.startOffset(), offsets.endOffset()));
        }
      }
      ts.end();
    }
  }

  private static JsonObject termSearch(String term) {
    return bodySearch("term", term);
  }

  /** Returns a search for a {@code term} or {@code prefix} query on the body. */
  private static JsonObject bodySearch(String kind, String term) {
    JsonObject value = new JsonObject();
    value.addProperty(IndexSchema.BODY, term);
    JsonObject query = new JsonObject();
    query.add(kind, value);
    JsonObject body = new JsonObject();
    body.add("query", query);
    return body;
  }

  private static long total(JsonObject answer) {
    return answer.getAsJsonObject("hits").getAsJsonObject("total").get("value").getAsLong();
  }
}
