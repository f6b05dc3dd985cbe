package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SortOrder;
import org.junit.jupiter.api.Test;

class SearchParametersTest {
  private static Map<String, Deque<String>> params(String... nameValue) {
    Map<String, Deque<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      params.computeIfAbsent(nameValue[i], k -> new ArrayDeque<>()).add(nameValue[i + 1]);
    }
    return params;
  }

  private static String code(String... nameValue) {
    try {
      SearchParameters.parse(params(nameValue));
    } catch (ApiException e) {
      return e.code();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void defaultsBrowseTheFirstPageByRelevance() throws Exception {
    SearchRequest request = SearchParameters.parse(params());
    assertThat(request).isEqualTo(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 10));
  }

  @Test
  void repeatedFiltersAreKeptOnceEachInOrder() throws Exception {
    SearchRequest request =
        SearchParameters.parse(
            params(
                "q",
                " taliban ",
                "author",
                "B",
                "author",
                "A",
                "author",
                "B",
                "year",
                "Unknown",
                "sort",
                "date",
                "page",
                "2",
                "size",
                "5"));
    assertThat(request.query()).isEqualTo("taliban");
    assertThat(request.filters())
        .containsEntry("author", List.of("B", "A"))
        .containsEntry("year", List.of("Unknown"));
    assertThat(request.sort()).isEqualTo(SortOrder.DATE);
    assertThat(request.page()).isEqualTo(2);
  }

  @Test
  void sizeZeroTypingAndAnyCaseOfUnknownYearAreAccepted() throws Exception {
    SearchRequest request =
        SearchParameters.parse(params("size", "0", "typing", "true", "year", "unknown"));
    assertThat(request.size()).isZero();
    assertThat(request.typing()).isTrue();
    assertThat(request.filters()).containsEntry("year", List.of("unknown"));
    assertThat(SearchParameters.parse(params("q", "x")).typing()).isFalse();
  }

  @Test
  void everyBadParameterHasItsOwnCode() {
    assertThat(code("q", "x".repeat(1_001))).isEqualTo("query_too_long");
    assertThat(code("sort", "random")).isEqualTo("invalid_sort");
    assertThat(code("page", "0")).isEqualTo("invalid_page");
    assertThat(code("size", "101")).isEqualTo("invalid_size");
    assertThat(code("size", "-1")).isEqualTo("invalid_size");
    assertThat(code("typing", "yes")).isEqualTo("invalid_typing");
    assertThat(code("page", "200", "size", "100")).isEqualTo("invalid_page");
    assertThat(code("year", "twenty")).isEqualTo("invalid_year");
    assertThat(code("q", "a", "q", "b")).isEqualTo("repeated_parameter");
    assertThat(code("colour", "red")).isEqualTo("unknown_parameter");
    assertThatThrownBy(() -> SearchParameters.parse(params("person", "p".repeat(400))))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.getMessage()).contains("'person'"));
  }

  @Test
  void datesOfAYearOrMonthCoverAllOfIt() throws Exception {
    SearchRequest years = SearchParameters.parse(params("from", "2015", "to", "2018"));
    assertThat(years.from()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(years.to()).isEqualTo(LocalDate.of(2018, 12, 31));
    SearchRequest months = SearchParameters.parse(params("from", "2016-02", "to", "2016-02"));
    assertThat(months.from()).isEqualTo(LocalDate.of(2016, 2, 1));
    assertThat(months.to()).isEqualTo(LocalDate.of(2016, 2, 29));
    SearchRequest days = SearchParameters.parse(params("to", "2018-09-11"));
    assertThat(days.from()).isNull();
    assertThat(days.to()).isEqualTo(LocalDate.of(2018, 9, 11));
    assertThat(SearchParameters.parse(params("from", " ")).hasDateRange()).isFalse();
  }

  @Test
  void malformedOrReversedDatesAreInvalid() {
    for (String bad : List.of("18", "2018-9", "2018-13", "2018-02-30", "2018/09/11", "soon")) {
      assertThat(code("from", bad)).as(bad).isEqualTo("invalid_date");
    }
    assertThat(code("from", "2019", "to", "2018")).isEqualTo("invalid_date");
    assertThat(code("to", "2018", "to", "2019")).isEqualTo("repeated_parameter");
  }
}
