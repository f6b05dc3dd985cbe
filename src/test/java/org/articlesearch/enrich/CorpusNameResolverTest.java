package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.Span;
import org.junit.jupiter.api.Test;

class CorpusNameResolverTest {
  private static Article article(String id, NamedEntity... entities) {
    return new Article(
        id,
        id + ".txt",
        null,
        List.of(),
        null,
        null,
        "body",
        List.of(entities),
        "text/plain",
        "h",
        Map.of(),
        "en",
        null);
  }

  private static NamedEntity person(String name, int count) {
    return new NamedEntity(name, EntityType.PERSON, count, List.of(name), List.of(new Span(0, 1)));
  }

  @Test
  void aSurnameTakesTheOneFullNameTheCorpusKnows() {
    CorpusNameResolver resolver = new CorpusNameResolver();
    Article full = article("a", person("Vladimir Putin", 2));
    Article lone = article("b", person("Putin", 3), person("Vladimir Putin", 1));
    assertThat(resolver.observe(full)).isFalse();
    assertThat(resolver.observe(lone)).isTrue();
    Article resolved = resolver.resolve(lone).orElseThrow();
    assertThat(resolved.entities()).hasSize(1);
    NamedEntity putin = resolved.entities().get(0);
    assertThat(putin.name()).isEqualTo("Vladimir Putin");
    assertThat(putin.count()).isEqualTo(4);
    assertThat(putin.variants()).containsExactly("Putin", "Vladimir Putin");
  }

  @Test
  void anAmbiguousSurnameStaysAsItIs() {
    CorpusNameResolver resolver = new CorpusNameResolver();
    resolver.observe(article("a", person("Imran Khan", 1)));
    resolver.observe(article("b", person("Liaquat Ali Khan", 1)));
    Article lone = article("c", person("Khan", 1));
    resolver.observe(lone);
    assertThat(resolver.resolve(lone)).isEmpty();
  }

  private static NamedEntity named(String name, EntityType type, int count) {
    return new NamedEntity(name, type, count, List.of(name), List.of(new Span(0, 1)));
  }

  @Test
  void aNameTakesTheTypeMostOfItsMentionsInTheCorpusHave() {
    CorpusNameResolver resolver = new CorpusNameResolver();
    Article asBody = article("a", named("Kremlin", EntityType.ORGANIZATION, 2));
    Article asPlace = article("b", named("Kremlin", EntityType.LOCATION, 2));
    Article alsoPlace = article("c", named("the Kremlin", EntityType.LOCATION, 1));
    Article elsewhere = article("d", named("Moscow", EntityType.LOCATION, 1));
    List.of(asBody, asPlace, alsoPlace, elsewhere).forEach(resolver::observe);

    assertThat(resolver.idsWithSplitTypes()).containsExactlyInAnyOrder("a", "b", "c");
    NamedEntity kremlin = resolver.resolve(asBody).orElseThrow().entities().get(0);
    assertThat(kremlin).isEqualTo(named("Kremlin", EntityType.LOCATION, 2));
    assertThat(resolver.resolve(asPlace)).isEmpty();
    assertThat(resolver.resolve(elsewhere)).isEmpty();
  }

  @Test
  void onATieOfMentionsTheTypeOfMoreArticlesWins() {
    CorpusNameResolver resolver = new CorpusNameResolver();
    Article one = article("a", named("Uri", EntityType.PERSON, 2));
    Article two = article("b", named("Uri", EntityType.LOCATION, 1));
    Article three = article("c", named("Uri", EntityType.LOCATION, 1));
    List.of(one, two, three).forEach(resolver::observe);
    assertThat(resolver.resolve(one).orElseThrow().entities().get(0).type())
        .isEqualTo(EntityType.LOCATION);
  }

  @Test
  void anArticleAFormerMajorityRetypedIsResolvedAgain() {
    CorpusNameResolver resolver = new CorpusNameResolver();
    List<NamedEntity> unchanged = List.of(named("Kremlin", EntityType.LOCATION, 1));
    resolver.forget(List.of(named("Kremlin", EntityType.ORGANIZATION, 5)));
    resolver.observe(unchanged);
    assertThat(resolver.mayRetype()).isTrue();
    assertThat(resolver.needsResolution(unchanged)).isTrue();
    assertThat(resolver.needsResolution(List.of(named("Moscow", EntityType.LOCATION, 1))))
        .isFalse();
  }

  @Test
  void aNameWithOneTypeNeedsNoResolution() {
    CorpusNameResolver resolver = new CorpusNameResolver();
    List<NamedEntity> entities = List.of(named("Kremlin", EntityType.LOCATION, 1));
    resolver.observe(entities);
    resolver.observe(List.of(named("Kremlin", EntityType.LOCATION, 3)));
    assertThat(resolver.mayRetype()).isFalse();
    assertThat(resolver.needsResolution(entities)).isFalse();
  }

  @Test
  void aLoneSurnameTakesItsFullNameBeforeThePlacesOfThatNameOutvoteIt() {
    CorpusNameResolver resolver = new CorpusNameResolver();
    resolver.observe(article("a", named("Washington", EntityType.LOCATION, 3)));
    resolver.observe(article("b", named("Washington", EntityType.LOCATION, 2)));
    resolver.observe(article("c", person("George Washington", 1)));
    Article lone = article("d", person("Washington", 2));
    resolver.observe(lone);
    assertThat(resolver.resolve(lone).orElseThrow().entities())
        .extracting(NamedEntity::name, NamedEntity::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("George Washington", EntityType.PERSON));
  }

  @Test
  void surnamesThatTakeAFullNameDoNotVoteForTheOneWord() {
    CorpusNameResolver resolver = new CorpusNameResolver();
    Article place = article("a", named("Washington", EntityType.LOCATION, 1));
    resolver.observe(place);
    resolver.observe(article("b", person("George Washington", 1)));
    resolver.observe(article("c", person("Washington", 2)));
    resolver.observe(article("d", person("Washington", 1)));
    assertThat(resolver.resolve(place)).isEmpty();
  }
}
