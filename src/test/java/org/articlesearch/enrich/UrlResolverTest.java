package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.articlesearch.extract.ExtractedText;
import org.junit.jupiter.api.Test;

/** The original page's address comes from the page's metadata or a "Source:" line, web only. */
class UrlResolverTest {
  private static ArticleText text(String body, Map<String, List<String>> metadata) {
    return new ArticleText(new ExtractedText(body, metadata, "text/html", false));
  }

  private static Resolved<String> resolve(String body, Map<String, List<String>> metadata) {
    return new UrlResolver().resolve(text(body, metadata)).orElse(null);
  }

  @Test
  void theCanonicalLinkComesFirstThenOpenGraph() {
    assertThat(
            resolve(
                "Text.",
                Map.of(
                    "og:url", List.of("https://example.com/og"),
                    "html:canonical", List.of("https://example.com/canonical"))))
        .isEqualTo(new Resolved<>("https://example.com/canonical", "html:canonical"));
    assertThat(resolve("Text.", Map.of("og:url", List.of("http://example.com/a?b=1"))))
        .isEqualTo(new Resolved<>("http://example.com/a?b=1", "meta:og:url"));
  }

  @Test
  void aSourceLineAtTheEndNamesTheOriginal() {
    assertThat(resolve("A story.\nSource: https://dailytimes.com.pk/1/a-thaw/", Map.of()))
        .isEqualTo(new Resolved<>("https://dailytimes.com.pk/1/a-thaw/", "text:source-url"));
  }

  @Test
  void onlyAbsoluteWebAddressesCount() {
    for (String bad :
        List.of(
            "javascript:alert(1)",
            "data:text/html,hi",
            "ftp://example.com/a",
            "/relative/path",
            "//example.com/no-scheme",
            "https://",
            "http://exa mple.com/")) {
      assertThat(resolve("Text.", Map.of("html:canonical", List.of(bad)))).as(bad).isNull();
    }
    assertThat(resolve("Text.", Map.of("html:canonical", List.of("HTTPS://Example.com/a"))))
        .isEqualTo(new Resolved<>("HTTPS://Example.com/a", "html:canonical"));
  }
}
