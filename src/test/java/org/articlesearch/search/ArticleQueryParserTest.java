package org.articlesearch.search;

import static org.articlesearch.search.SmallIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query language on a hand-made index: each form of query and the articles it finds. */
class ArticleQueryParserTest {
  @TempDir static Path dir;
  private static LuceneArticleSearcher searcher;

  private static NamedEntity person(String name) {
    return new NamedEntity(name, EntityType.PERSON, 1, List.of(name), List.of());
  }

  private static NamedEntity place(String name) {
    return new NamedEntity(name, EntityType.LOCATION, 1, List.of(name), List.of());
  }

  @BeforeAll
  static void build() throws Exception {
    SmallIndex.write(
        dir,
        true,
        article(
            "p1",
            "Putin visits Islamabad",
            "Vladimir Putin met the prime minister in Islamabad on a cold morning.",
            "Ana Lima",
            "2015-03-01",
            person("Vladimir Putin"),
            place("Islamabad")),
        article(
            "p2",
            "Gas pipeline talks",
            "The pipeline talks in Moscow went on; the minister met Putin later.",
            "Omar Haddad",
            "2018-06",
            person("Vladimir Putin"),
            place("Moscow")),
        article(
            "p3",
            "Ferry strike",
            "The ferry crews in Karachi went on strike; the prime minister said nothing.",
            "Ana Lima",
            "2021",
            person("Imran Khan"),
            place("Karachi")),
        article(
            "p4",
            "Cricket in São Paulo",
            "A cricket match in Sao Paulo drew a small crowd of minister friends.",
            "Sara Berg",
            (String) null,
            person("José Álvarez"),
            place("São Paulo")));
    searcher = LuceneArticleSearcher.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<String> ids(String q) throws Exception {
    SearchResult result = searcher.search(new SearchRequest(q, Map.of(), SortOrder.DATE, 1, 10));
    assertThat(result.notice()).as("notice for " + q).isNull();
    return result.hits().stream().map(SearchHit::id).sorted().toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "minister|p1 p2 p3 p4",
        "minister met|p1 p2",
        "\"prime minister\"|p1 p3",
        "\"minister prime\"|''",
        "\"met minister\"~3|p1 p2",
        "strike OR pipeline|p2 p3",
        "minister -met|p3 p4",
        "(strike OR pipeline) -ferry|p2",
        "pipel*|p2",
        "title:putin|p1",
        "putin|p1 p2",
        "person:putin|p1 p2",
        "person:\"vladimir putin\"|p1 p2",
        "person:\"VLADIMIR PUTIN\"|p1 p2",
        "person:vlad*|p1 p2",
        "person:vladimir|p1 p2",
        "person:vlad|''",
        "person:jose|p4",
        "person:\"josé álvarez\"|p4",
        "location:\"sao paulo\"|p4",
        "location:paulo|p4",
        "location:karachi OR location:moscow|p2 p3",
        "author:lima|p1 p3",
        "author:\"ana lima\" -ferry|p1",
        "publisher:herald|p1 p2 p3 p4",
        "publisher:times|''",
        "year:2018|p2",
        "year:2015..2018|p1 p2",
        "year:2016..|p2 p3",
        "year:..2015|p1",
        "year:[2015 TO 2018]|p1 p2",
        "year:{2015 TO 2021]|p2 p3",
        "year:unknown|p4",
        "minister year:2021|p3",
      })
  void eachFormFindsItsArticles(String q, String expected) throws Exception {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertThat(ids(q)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"prime minister|p1 p3|The closing quote is missing, so the words were searched on their own: prime minister.",
        "cold) morning|p1|A closing ) has no opening (, so the words were searched on their own: cold morning.",
        "(cold morning|p1|A ( is not closed by ), so the words were searched on their own: cold morning.",
        "*stan|''|A word cannot start with * or ? (write pak* rather than *stan), so the words were searched on their own: stan.",
        "colour:red minister|''|There is no field colour: (the fields are title, author, publisher, person, organization, location and year), so the words were searched on their own: red minister.",
        "year:soon minister|''|Year: takes a year or a range such as 2015..2018, not soon, so the words were searched on their own: soon minister.",
        "person:{} putin|p1 p2|Empty brackets hold no range (year:[2015 TO 2018]), so the words were searched on their own: putin.",
        "/[/ ferry|p3|The text between slashes is not a valid regular expression, so the words were searched on their own: ferry.",
        "AND ferry|p3|AND needs a word on each side (pakistan AND russia), so the words were searched on their own: ferry.",
        "ferry OR|p3|OR needs a word on each side (pakistan OR russia), so the words were searched on their own: ferry.",
        "ferry NOT|p3|NOT needs a word after it (pakistan NOT russia), so the words were searched on their own: ferry.",
        "OR|''|OR needs a word on each side (pakistan OR russia), and no word is left to search.",
        "ferry^x|''|^ must be followed by a number (putin^2), so the words were searched on their own: ferry x.",
      })
  void malformedInputSearchesItsWordsAndSaysWhyInOneSentence(
      String q, String expected, String notice) throws Exception {
    SearchResult result = searcher.search(new SearchRequest(q, Map.of(), SortOrder.DATE, 1, 10));
    assertThat(result.notice()).isEqualTo(notice);
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertThat(result.hits().stream().map(SearchHit::id).sorted().toList()).isEqualTo(want);
  }

  @Test
  void exclusionsAloneFindEveryOtherArticleNewestFirst() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("-ferry -cricket"));
    assertThat(result.notice()).isNull();
    assertThat(result.hits().stream().map(SearchHit::id)).containsExactly("p2", "p1");
    assertThat(ids("minister (-met)")).containsExactly("p3", "p4");
  }

  @Test
  void stopWordsAloneFindNothingAndSayWhy() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("the"));
    assertThat(result.total()).isZero();
    assertThat(result.notice())
        .isEqualTo(
            "\u201cthe\u201d is too common a word to search: the index leaves out words such as"
                + " the, of, and, to. Add a less common word.");
    assertThat(searcher.search(SearchRequest.of("\"to be or not to be\"")).notice())
        .startsWith("\u201cto\u201d \u201cbe\u201d \u201cor\u201d")
        .contains("are too common words");
  }

  @Test
  void queriesWithoutWordsToRankByListTheNewestFirstUndatedLast() throws Exception {
    for (SortOrder order : SortOrder.values()) {
      assertThat(searcher.search(new SearchRequest("", Map.of(), order, 1, 10)).hits())
          .extracting(SearchHit::id)
          .as("blank query, " + order)
          .containsExactly(
              order == SortOrder.OLDEST
                  ? new String[] {"p1", "p2", "p3", "p4"}
                  : new String[] {"p3", "p2", "p1", "p4"});
    }
    assertThat(searcher.search(SearchRequest.of("author:lima")).hits())
        .extracting(SearchHit::id)
        .containsExactly("p3", "p1");
    // Words rank as before: the article with "minister" in a short text first, whatever its date.
    assertThat(searcher.search(SearchRequest.of("putin")).hits().getFirst().id()).isEqualTo("p1");
  }

  @Test
  void wordsLeaveOutOperatorsFieldNamesAndSymbols() {
    assertThat(ArticleQueryParser.words("(\"São Paulo\" OR x:y*) AND NOT -z~2"))
        .containsExactly("São", "Paulo", "y", "z", "2");
  }
}
