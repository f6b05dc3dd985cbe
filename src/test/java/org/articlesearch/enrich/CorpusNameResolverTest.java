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
        "en");
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
}
