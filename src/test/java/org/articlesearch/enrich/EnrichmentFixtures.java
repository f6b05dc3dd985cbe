package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.EntityType;
import org.articlesearch.extract.ExtractedText;

/** In-memory extracted texts for testing the rules without Tika. */
final class EnrichmentFixtures {
  private EnrichmentFixtures() {}

  /** Returns the mention of a phrase at its first place in text. */
  static EntityMention at(String text, String mention, EntityType type) {
    int start = text.indexOf(mention);
    return new EntityMention(mention, type, start, start + mention.length());
  }

  /** Returns mentions without places, from alternating types and texts. */
  static List<EntityMention> mentions(Object... typeAndText) {
    List<EntityMention> out = new ArrayList<>();
    for (int i = 0; i < typeAndText.length; i += 2) {
      out.add(new EntityMention((String) typeAndText[i + 1], (EntityType) typeAndText[i], 0, 0));
    }
    return out;
  }

  static ArticleText plain(String text) {
    return new ArticleText(new ExtractedText(text, Map.of(), "text/plain", false));
  }

  static ArticleText html(String text, Map<String, List<String>> metadata) {
    return new ArticleText(new ExtractedText(text, metadata, "text/html", false));
  }
}
