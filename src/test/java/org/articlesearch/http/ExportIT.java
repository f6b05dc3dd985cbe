package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.search.SnippetText;
import org.articlesearch.testing.ApiClient;
import org.junit.jupiter.api.Test;

/** {@code GET /api/export}: every result of a search as a CSV or JSON Lines download. */
class ExportIT {
  private static final ApiClient API = ApiClient.seeds();

  /**
   * Reads RFC 4180 CSV after the byte-order mark it must start with: quoted fields may hold commas,
   * quotes (doubled) and line breaks.
   */
  static List<List<String>> parseCsv(String file) {
    assertThat(file).as("the byte-order mark that tells Excel it is UTF-8").startsWith("\uFEFF");
    String text = file.substring(1);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertThat(row).as("the last record ends with CRLF").isEmpty();
    return rows;
  }

  private static HttpResponse<String> download(String query) throws Exception {
    HttpResponse<String> response = API.get("/api/export?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  @Test
  void csvHoldsEveryResultOfAllPagesInTheSearchOrder() throws Exception {
    HttpResponse<String> response = download("format=csv&sort=date&size=2&page=2");
    String today = LocalDate.now().toString();
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"article-search-"
                + today
                + ".csv\"; filename*=UTF-8''article-search-"
                + today
                + ".csv");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("5");
    List<List<String>> rows = parseCsv(response.body());
    assertThat(rows.getFirst())
        .containsExactly(
            "id", "title", "authors", "date", "publisher", "path", "score", "matches", "snippet");
    assertThat(rows).hasSize(6);
    // Newest first: the 2024 article, then the 2018 one, then the undated.
    assertThat(rows.get(1).get(3)).isEqualTo("2024-03-28");
    assertThat(rows.get(2).get(3)).isEqualTo("2018-09-11");
    assertThat(rows.get(1).get(5)).endsWith("000_80c37cb1f64fecc7.txt");
    List<String> ids = new ArrayList<>();
    rows.subList(1, 6).forEach(r -> ids.add(r.get(0)));
    JsonObject search = API.getJson("/api/search?sort=date&size=10", 200);
    List<String> searchIds = new ArrayList<>();
    search
        .getAsJsonArray("hits")
        .forEach(h -> searchIds.add(h.getAsJsonObject().get("id").getAsString()));
    assertThat(ids).isEqualTo(searchIds);
    // The handle-only author starts with @: neutralised so a spreadsheet shows it as text.
    assertThat(rows).anySatisfy(r -> assertThat(r.get(2)).isEqualTo("'@iamusmanghani"));
  }

  @Test
  void theFileIsNamedAfterTheQueryAndTheDayInAsciiAndInUtf8() throws Exception {
    String today = LocalDate.now().toString();
    HttpResponse<String> response = download("format=csv&q=" + ApiClient.enc("Détente"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"article-search-detente-"
                + today
                + ".csv\"; filename*=UTF-8''article-search-d%C3%A9tente-"
                + today
                + ".csv");
    List<List<String>> rows = parseCsv(response.body());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(1)).isEqualTo("Russia and Pakistan: an Era of Détente");
  }

  @Test
  void exportFollowsTheQueryFiltersAndDates() throws Exception {
    assertThat(parseCsv(download("format=csv&q=Taliban").body())).hasSize(5);
    assertThat(parseCsv(download("format=csv&from=2018&to=2018").body())).hasSize(2);
    List<List<String>> tanvir =
        parseCsv(download("format=csv&author=" + ApiClient.enc("Muhammad Hamza Tanvir")).body());
    assertThat(tanvir).hasSize(2);
    assertThat(tanvir.get(1).get(2)).isEqualTo("Muhammad Hamza Tanvir");
    assertThat(parseCsv(download("format=csv&q=zanzibar").body())).hasSize(1);
  }

  @Test
  void rowsCarryTheScoreTheMatchesAndTheSnippetOfTheirHit() throws Exception {
    String[] lines = download("format=jsonl&q=Taliban").body().split("\n");
    JsonArray hits = API.getJson("/api/search?q=Taliban&size=100", 200).getAsJsonArray("hits");
    assertThat(lines).hasSize(hits.size());
    for (int i = 0; i < lines.length; i++) {
      JsonObject row = JsonParser.parseString(lines[i]).getAsJsonObject();
      JsonObject hit = hits.get(i).getAsJsonObject();
      assertThat(row.get("id")).isEqualTo(hit.get("id"));
      assertThat(row.get("score").getAsFloat()).isEqualTo(hit.get("score").getAsFloat());
      assertThat(row.get("matches").getAsLong()).isEqualTo(hit.get("matches").getAsLong());
      assertThat(row.get("snippet").getAsString())
          .isNotEmpty()
          .doesNotContain("<mark>")
          .isEqualTo(SnippetText.plain(hit.get("snippet").getAsString()));
    }
    assertThat(hits.asList())
        .anySatisfy(h -> assertThat(h.getAsJsonObject().get("matches").getAsLong()).isPositive());
    // Sorted by date, each row still has its relevance score.
    List<List<String>> byDate = parseCsv(download("format=csv&q=Taliban&sort=date").body());
    assertThat(byDate.subList(1, byDate.size()))
        .allSatisfy(r -> assertThat(Float.parseFloat(r.get(6))).isPositive());
  }

  @Test
  void jsonLinesHoldOneObjectPerResult() throws Exception {
    HttpResponse<String> response = download("format=jsonl&sort=date");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("filename=\"article-search-20"));
    assertThat(response.body()).doesNotStartWith("\uFEFF");
    String[] lines = response.body().split("\n");
    assertThat(lines).hasSize(5);
    JsonObject first = JsonParser.parseString(lines[0]).getAsJsonObject();
    assertThat(first.keySet())
        .containsExactly(
            "id", "title", "authors", "date", "publisher", "path", "score", "matches", "snippet");
    assertThat(first.get("date").getAsString()).isEqualTo("2024-03-28");
    assertThat(first.get("authors").isJsonArray()).isTrue();
    assertThat(JsonParser.parseString(lines[4]).getAsJsonObject().get("date").isJsonNull())
        .isTrue();
  }

  @Test
  void badParametersAreNamedErrors() throws Exception {
    assertThat(API.errorCode("/api/export", 400)).isEqualTo("invalid_format");
    assertThat(API.errorCode("/api/export?format=xlsx", 400)).isEqualTo("invalid_format");
    assertThat(API.errorCode("/api/export?format=csv&sort=random", 400)).isEqualTo("invalid_sort");
    assertThat(API.errorCode("/api/export?format=csv&to=soon", 400)).isEqualTo("invalid_date");
    assertThat(API.errorCode("/api/export?format=csv&q=ab*", 400)).isEqualTo("query_too_broad");
    assertThat(API.errorCode("/api/export?format=csv&colour=red", 400))
        .isEqualTo("unknown_parameter");
  }
}
