package org.articlesearch.enrich;

import static org.articlesearch.enrich.EnrichmentFixtures.html;
import static org.articlesearch.enrich.EnrichmentFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorResolverTest {
  private final AuthorResolver resolver = new AuthorResolver();

  @Test
  void takesTheMetadataAuthorFirst() {
    var resolved =
        resolver.resolve(
            html(
                "By Someone Else\nBody text.",
                Map.of("meta:author", List.of("Jane Doe and John Roe"))));
    assertThat(resolved)
        .hasValueSatisfying(
            r -> {
              assertThat(r.value()).containsExactly("Jane Doe", "John Roe");
              assertThat(r.source()).isEqualTo("meta:meta:author");
            });
  }

  @Test
  void readsAByLineUpToTheTime() {
    var resolved =
        resolver.resolve(
            plain(
                "pakistan and russia\nWritten by Muhammad Hamza Tanvir 1:30 pm Articles, Current Affairs\nTitle here"));
    assertThat(resolved.orElseThrow().value()).containsExactly("Muhammad Hamza Tanvir");
    assertThat(resolved.orElseThrow().source()).isEqualTo("text:byline");
  }

  @Test
  void splitsCoAuthorsOfAByline() {
    var resolved =
        resolver.resolve(
            plain("Port strike ends\nBY ANNA LINDQVIST AND PETER OKAFOR\nThe strike ended."));
    assertThat(resolved.orElseThrow().value()).containsExactly("Anna Lindqvist", "Peter Okafor");
  }

  @Test
  void readsANameFollowedByAPipe() {
    var resolved =
        resolver.resolve(plain("| Welcome to Some Site\nA headline\nYasir M’alik |\nBody."));
    assertThat(resolved.orElseThrow().value()).containsExactly("Yasir M’alik");
  }

  @Test
  void readsAnAuthorBioWhenThereIsNoByline() {
    var resolved =
        resolver.resolve(
            plain(
                "Headline\nBody text that goes on.\nDr Amina Yusuf is a research fellow at the Institute."));
    assertThat(resolved.orElseThrow().value()).containsExactly("Amina Yusuf");
    assertThat(resolved.orElseThrow().source()).isEqualTo("text:author-bio");
  }

  @Test
  void fallsBackToASocialHandleOnlyWhenNothingElseNamesTheAuthor() {
    var resolved =
        resolver.resolve(
            plain("Body.\nThe writer is a freelance columnist. He Tweets at @someone_writes"));
    assertThat(resolved.orElseThrow().value()).containsExactly("@someone_writes");
  }

  @Test
  void ignoresBannersAndPlacesThatLookLikeBylines() {
    assertThat(
            resolver.resolve(
                plain("By Staff\nSouth Asia is a region of growing tension.\nRead more |")))
        .isEmpty();
  }
}
