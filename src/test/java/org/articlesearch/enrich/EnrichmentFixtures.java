package org.articlesearch.enrich;

import java.util.List;
import java.util.Map;
import org.articlesearch.extract.ExtractedText;

/** In-memory extracted texts for testing the rules without Tika. */
final class EnrichmentFixtures {
  private EnrichmentFixtures() {}

  static ArticleText plain(String text) {
    return new ArticleText(new ExtractedText(text, Map.of(), "text/plain", false));
  }

  static ArticleText html(String text, Map<String, List<String>> metadata) {
    return new ArticleText(new ExtractedText(text, metadata, "text/html", false));
  }
}
