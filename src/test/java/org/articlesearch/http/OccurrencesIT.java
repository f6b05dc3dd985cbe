package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.MentionsCorpus;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/occurrences} over three hundred addresses whose mentions follow the year: how often a
 * query's words and phrases occur per year and per author, not how many articles match.
 */
class OccurrencesIT {
  private static final ApiClient API = new ApiClient(SeedServer.mentions().url());

  /** The years the formula gives occurrences in, as the API lists them, every article counted. */
  private static String years(IntPredicate matches, IntUnaryOperator occurrences) {
    List<String> years = new ArrayList<>();
    for (int y = MentionsCorpus.FIRST_YEAR; y <= MentionsCorpus.LAST_YEAR; y++) {
      if (matches.test(y)) {
        years.add(
            "{\"year\":"
                + y
                + ",\"articles\":1,\"occurrences\":"
                + occurrences.applyAsInt(y)
                + "}");
      }
    }
    return "[" + String.join(",", years) + "]";
  }

  private static long sum(IntPredicate matches, IntUnaryOperator occurrences) {
    long total = 0;
    for (int y = MentionsCorpus.FIRST_YEAR; y <= MentionsCorpus.LAST_YEAR; y++) {
      total += matches.test(y) ? occurrences.applyAsInt(y) : 0;
    }
    return total;
  }

  private static int soviets(int year) {
    return MentionsCorpus.soviet(year) + MentionsCorpus.union(year);
  }

  @Test
  void aWordIsCountedEveryTimeItOccursPerYear() throws Exception {
    JsonObject body = API.getJson("/api/occurrences?q=soviet", 200);
    IntPredicate mentions = y -> soviets(y) > 0;
    assertThat(body.getAsJsonArray("years").toString())
        .isEqualTo(years(mentions, OccurrencesIT::soviets));
    assertThat(body.get("occurrences").getAsLong())
        .isEqualTo(sum(mentions, OccurrencesIT::soviets));
    assertThat(body.get("articles").getAsLong())
        .isEqualTo(API.getJson("/api/search?q=soviet&size=0", 200).get("total").getAsLong());
    assertThat(body.getAsJsonObject("undated").toString())
        .isEqualTo("{\"year\":0,\"articles\":0,\"occurrences\":0}");
    assertThat(body.get("by").isJsonNull()).isTrue();
    assertThat(body.getAsJsonArray("values")).isEmpty();
  }

  @Test
  void aPhraseCountsOncePerOccurrenceAndAWordInAnotherFormCountsToo() throws Exception {
    assertThat(
            API.getJson("/api/occurrences?q=" + ApiClient.enc("\"soviet union\""), 200)
                .getAsJsonArray("years")
                .toString())
        .isEqualTo(years(y -> MentionsCorpus.union(y) > 0, MentionsCorpus::union));
    // "tariff" finds "tariffs" by its stem; "Soviet Unions" finds "Soviet Union" alike.
    assertThat(API.getJson("/api/occurrences?q=tariff", 200).getAsJsonArray("years").toString())
        .isEqualTo(years(y -> MentionsCorpus.tariffs(y) > 0, MentionsCorpus::tariffs));
    assertThat(
            API.getJson("/api/occurrences?q=" + ApiClient.enc("\"Soviet Unions\""), 200)
                .get("occurrences")
                .getAsLong())
        .isEqualTo(sum(y -> true, MentionsCorpus::union));
  }

  @Test
  void everyWordOfTheQueryCountsButNotTheWordsItExcludes() throws Exception {
    IntPredicate both = y -> soviets(y) > 0 && MentionsCorpus.tariffs(y) > 0;
    assertThat(
            API.getJson("/api/occurrences?q=soviet+tariffs", 200)
                .getAsJsonArray("years")
                .toString())
        .isEqualTo(years(both, y -> soviets(y) + MentionsCorpus.tariffs(y)));
    IntPredicate without = y -> soviets(y) > 0 && MentionsCorpus.tariffs(y) == 0;
    assertThat(
            API.getJson("/api/occurrences?q=soviet+-tariffs", 200)
                .getAsJsonArray("years")
                .toString())
        .isEqualTo(years(without, OccurrencesIT::soviets));
    assertThat(API.getJson("/api/occurrences?q=sov*", 200).get("occurrences").getAsLong())
        .isEqualTo(sum(y -> true, OccurrencesIT::soviets));
  }

  @Test
  void byAuthorSplitsTheCountsAndFiltersNarrowThem() throws Exception {
    JsonObject body = API.getJson("/api/occurrences?q=soviet&by=author", 200);
    assertThat(body.get("by").getAsString()).isEqualTo("author");
    JsonArray authors = body.getAsJsonArray("values");
    assertThat(authors).hasSize(MentionsCorpus.AUTHORS.size());
    long previous = Long.MAX_VALUE;
    for (JsonElement element : authors) {
      JsonObject author = element.getAsJsonObject();
      String name = author.get("value").getAsString();
      IntPredicate theirs = y -> MentionsCorpus.author(y).equals(name) && soviets(y) > 0;
      assertThat(author.get("occurrences").getAsLong())
          .isEqualTo(sum(theirs, OccurrencesIT::soviets))
          .isLessThanOrEqualTo(previous);
      assertThat(author.getAsJsonArray("years").toString())
          .isEqualTo(years(theirs, OccurrencesIT::soviets));
      previous = author.get("occurrences").getAsLong();
    }
    JsonObject ada =
        API.getJson("/api/occurrences?q=soviet&author=Ada+Quill&from=1800&to=1899", 200);
    IntPredicate adaIn1800s =
        y ->
            MentionsCorpus.author(y).equals("Ada Quill") && y < 1900 && y >= 1800 && soviets(y) > 0;
    assertThat(ada.getAsJsonArray("years").toString())
        .isEqualTo(years(adaIn1800s, OccurrencesIT::soviets));
  }

  @Test
  void anyFacetCanCountMentionsTheYearsAsWell() throws Exception {
    JsonArray years =
        API.getJson("/api/occurrences?q=tariff&by=year", 200).getAsJsonArray("values");
    // Twenty years with the most mentions, ties by year: the corpus gives each 4.
    assertThat(years).hasSize(20);
    int y = MentionsCorpus.FIRST_YEAR;
    for (JsonElement element : years) {
      JsonObject year = element.getAsJsonObject();
      assertThat(year.get("value").getAsString()).isEqualTo(Integer.toString(y));
      assertThat(year.get("occurrences").getAsLong()).isEqualTo(MentionsCorpus.tariffs(y));
      y += 5;
    }
    assertThat(API.getJson("/api/occurrences?q=tariff&by=publisher", 200).getAsJsonArray("values"))
        .isEmpty();
  }

  @Test
  void eachHitSaysHowManyTimesTheQueryOccursInIt() throws Exception {
    JsonObject body = API.getJson("/api/search?q=soviet&size=100", 200);
    assertThat(body.getAsJsonArray("hits")).hasSize(100);
    for (JsonElement element : body.getAsJsonArray("hits")) {
      JsonObject hit = element.getAsJsonObject();
      int year = Integer.parseInt(hit.get("date").getAsString().substring(0, 4));
      assertThat(hit.get("matches").getAsLong()).as("%d", year).isEqualTo(soviets(year));
    }
    // Browsing asks for no words, so none is counted.
    assertThat(
            API.getJson("/api/search?size=1", 200)
                .getAsJsonArray("hits")
                .get(0)
                .getAsJsonObject()
                .get("matches")
                .getAsLong())
        .isZero();
  }

  @Test
  void aBadSplitIsANamedError() throws Exception {
    assertThat(API.errorCode("/api/occurrences?q=soviet&by=colour", 400)).isEqualTo("invalid_by");
    assertThat(API.errorCode("/api/occurrences?q=soviet&colour=red", 400))
        .isEqualTo("unknown_parameter");
  }
}
