package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.MentionsCorpus;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/concordance} over three hundred addresses whose mentions follow the year: every match
 * of the query with its context, in the search's order, capped per article and in articles.
 */
class ConcordanceIT {
  private static final ApiClient API = new ApiClient(SeedServer.mentions().url());

  private static int soviets(int year) {
    return MentionsCorpus.soviet(year) + MentionsCorpus.union(year);
  }

  private static List<Integer> years(JsonArray lines) {
    List<Integer> years = new ArrayList<>();
    for (JsonElement line : lines) {
      years.add(Integer.parseInt(line.getAsJsonObject().get("date").getAsString().substring(0, 4)));
    }
    return years;
  }

  @Test
  void everyMatchOfEveryArticleIsALineWithTheWordsEitherSide() throws Exception {
    JsonObject body = API.getJson("/api/concordance?q=tariffs&sort=oldest&articles=100", 200);
    List<Integer> tariffYears =
        IntStream.rangeClosed(MentionsCorpus.FIRST_YEAR, MentionsCorpus.LAST_YEAR)
            .filter(y -> MentionsCorpus.tariffs(y) > 0)
            .boxed()
            .toList();
    assertThat(body.get("total").getAsLong()).isEqualTo(tariffYears.size());
    assertThat(body.get("articles").getAsInt()).isEqualTo(tariffYears.size());
    assertThat(body.get("complete").getAsBoolean()).isTrue();
    JsonArray lines = body.getAsJsonArray("lines");
    List<Integer> expected = new ArrayList<>();
    tariffYears.forEach(y -> expected.addAll(List.of(y, y, y, y)));
    assertThat(years(lines)).isEqualTo(expected);

    JsonObject first = lines.get(0).getAsJsonObject();
    assertThat(first.get("title").getAsString()).isEqualTo("Annual address of 1790");
    assertThat(first.get("left").getAsString())
        .isEqualTo("Union again. Our envoys went to the Soviet Union again. The");
    assertThat(first.get("match").getAsString()).isEqualTo("tariffs");
    assertThat(first.get("right").getAsString())
        .isEqualTo("on grain were lowered. The tariffs on grain were lowered.");
    JsonObject last = lines.get(3).getAsJsonObject();
    assertThat(last.get("left").getAsString())
        .isEqualTo("grain were lowered. The tariffs on grain were lowered. The");
    assertThat(last.get("right").getAsString())
        .isEqualTo("on grain were lowered. The treasury is sound and the");

    // The offsets are those of the document view's text, so a line leads to its hit there.
    String id = first.get("id").getAsString();
    String text = API.getJson("/api/documents/" + id, 200).get("text").getAsString();
    assertThat(text.substring(first.get("start").getAsInt(), first.get("end").getAsInt()))
        .isEqualTo("tariffs");
  }

  @Test
  void aPhraseIsOneMatchAndTheCapsAreSaid() throws Exception {
    JsonObject body =
        API.getJson(
            "/api/concordance?q=" + ApiClient.enc("\"soviet union\"") + "&sort=oldest&lines=1",
            200);
    JsonArray lines = body.getAsJsonArray("lines");
    assertThat(body.get("articles").getAsInt()).isEqualTo(ConcordanceHandler.DEFAULT_ARTICLES);
    assertThat(body.get("linesPerArticle").getAsInt()).isEqualTo(1);
    assertThat(body.get("complete").getAsBoolean()).isFalse();
    assertThat(lines).hasSize(ConcordanceHandler.DEFAULT_ARTICLES);
    for (JsonElement line : lines) {
      assertThat(line.getAsJsonObject().get("match").getAsString()).isEqualTo("Soviet Union");
    }

    JsonObject few = API.getJson("/api/concordance?q=soviet&sort=oldest&articles=5&lines=2", 200);
    List<Integer> firstFive =
        IntStream.rangeClosed(MentionsCorpus.FIRST_YEAR, MentionsCorpus.LAST_YEAR)
            .filter(y -> soviets(y) > 0)
            .limit(5)
            .boxed()
            .toList();
    List<Integer> expected = new ArrayList<>();
    firstFive.forEach(
        y -> expected.addAll(java.util.Collections.nCopies(Math.min(soviets(y), 2), y)));
    assertThat(years(few.getAsJsonArray("lines"))).isEqualTo(expected);
    assertThat(few.get("complete").getAsBoolean()).isFalse();
  }

  @Test
  void theLinesSortByTheWordsEitherSideAndExportAsCsv() throws Exception {
    // "soviet" is followed by "delegates" alone and by "Union" in the phrase.
    JsonArray right =
        API.getJson("/api/concordance?q=soviet&sort=oldest&articles=3&order=right", 200)
            .getAsJsonArray("lines");
    List<String> after = new ArrayList<>();
    right.forEach(l -> after.add(l.getAsJsonObject().get("right").getAsString().split(" ")[0]));
    assertThat(after).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).contains("delegates");
    assertThat(after).anyMatch(w -> w.equals("Union"));

    var csv = API.get("/api/concordance?q=tariffs&sort=oldest&articles=1&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String[] rows = csv.body().split("\r\n");
    assertThat(rows).hasSize(5);
    assertThat(rows[0]).isEqualTo("\uFEFFleft,match,right,title,date,id,start");
    assertThat(rows[1])
        .startsWith(
            "Union again. Our envoys went to the Soviet Union again. The,tariffs,"
                + "on grain were lowered. The tariffs on grain were lowered.,"
                + "Annual address of 1790,1790,");
  }

  @Test
  void theDocumentViewGetsEachHitWithTheSameContext() throws Exception {
    JsonObject line =
        API.getJson("/api/concordance?q=tariffs&sort=oldest&articles=1", 200)
            .getAsJsonArray("lines")
            .get(0)
            .getAsJsonObject();
    JsonObject doc =
        API.getJson("/api/documents/" + line.get("id").getAsString() + "?q=tariffs", 200);
    JsonArray contexts = doc.getAsJsonArray("contexts");
    assertThat(contexts).hasSize(doc.getAsJsonArray("hits").size()).hasSize(4);
    assertThat(contexts.get(0).getAsJsonObject().get("left").getAsString())
        .isEqualTo(line.get("left").getAsString());
    assertThat(contexts.get(0).getAsJsonObject().get("right").getAsString())
        .isEqualTo(line.get("right").getAsString());
  }

  @Test
  void aMissingQueryOrABadCapIsAClearError() throws Exception {
    assertThat(API.errorCode("/api/concordance", 400)).isEqualTo("missing_query");
    assertThat(API.errorCode("/api/concordance?q=soviet&articles=0", 400))
        .isEqualTo("invalid_articles");
    assertThat(API.errorCode("/api/concordance?q=soviet&lines=x", 400)).isEqualTo("invalid_lines");
    assertThat(API.errorCode("/api/concordance?q=soviet&order=middle", 400))
        .isEqualTo("invalid_order");
    assertThat(API.errorCode("/api/concordance?q=soviet&format=xml", 400))
        .isEqualTo("invalid_format");
    assertThat(API.errorCode("/api/concordance?q=soviet&by=author", 400))
        .isEqualTo("unknown_parameter");
  }
}
