package org.articlesearch.article;

import java.util.List;
import java.util.Objects;

/**
 * One distinct entity an article mentions, under its canonical name.
 *
 * @param name canonical name, the facet value
 * @param type what kind of entity it is
 * @param count how many mentions fold into it
 * @param variants the distinct surface forms seen in the text
 * @param mentions where the mentions are in the body, in text order
 */
public record NamedEntity(
    String name, EntityType type, int count, List<String> variants, List<Span> mentions) {
  public NamedEntity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
    mentions = List.copyOf(mentions);
  }
}
