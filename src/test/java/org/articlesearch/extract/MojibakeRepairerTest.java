package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text once misread as Windows-1252 or Latin-1 is decoded back; real accented text is not. */
class MojibakeRepairerTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  /**
   * Returns the text as it reads after its UTF-8 bytes were decoded as Windows-1252 the way
   * browsers do: the five bytes it leaves undefined read as Latin-1.
   */
  private static String misread(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, WINDOWS_1252);
      out.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
    }
    return out.toString();
  }

  @Test
  void utf8ReadAsWindows1252IsDecodedBack() {
    String text = "Pakistan’s “new” corridor — café, naïve résumé, £5, 10 €, Ελλάδα, Москва 😀";
    assertThat(misread(text)).isNotEqualTo(text);
    assertThat(MojibakeRepairer.repair(misread(text))).isEqualTo(text);
  }

  @Test
  void utf8ReadAsLatin1IsDecodedBack() {
    String text = "Don’t — Zürich";
    String latin1 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(MojibakeRepairer.repair(latin1)).isEqualTo(text);
  }

  @Test
  void aNoBreakSpaceReadAsLatin1LosesItsCapitalA() {
    assertThat(MojibakeRepairer.repair("Source:Â https://example.com/a"))
        .isEqualTo("Source: https://example.com/a");
    assertThat(MojibakeRepairer.repair("Source:\u00c2\u00a0https://example.com/a"))
        .isEqualTo("Source:\u00a0https://example.com/a");
  }

  @Test
  void realLatin1GermanAndFrenchTextStaysAsItIs() {
    List<String> untouched =
        List.of(
            "Grüße aus Köln: Straße, Äpfel, Öl, Übermut, „Spaß“.",
            "ER SAGTE „SPASS“ UND „ÄÄ“ — ALLES GROSS.",
            "À l’été, l’élève a mangé des crêpes « à la française » à Noël.",
            "Ça coûte 5 € ; Â propos ; ROMÂ ; ÉTÉ ; Ô mon Dieu ; Ñandú ; São Paulo ; ÃO",
            "ROMÂNIA, Ångström, Ørsted, Þórr, 3×4, Nº 5, 25°C, ±2, ½ cup, © 2024 Â",
            "Ελλάδα, Москва, 東京, 😀",
            "Plain ASCII, nothing to do.");
    for (String text : untouched) {
      assertThat(MojibakeRepairer.repair(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void repairIsIdempotent() {
    String once = MojibakeRepairer.repair(misread("It’s café time"));
    assertThat(MojibakeRepairer.repair(once)).isEqualTo(once).isEqualTo("It’s café time");
  }

  @Test
  void theExtractorRepairsTheBodyAndTheMetadata() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("page.html"),
            "<html><head><title>"
                + misread("Café’s day")
                + "</title></head><body><article><p>"
                + misread("The café’s owner spoke. It was a long and detailed conversation.")
                + "</p></article></body></html>",
            StandardCharsets.UTF_8);
    Path text =
        Files.writeString(
            dir.resolve("a.txt"),
            "A story.\nSource:Â https://dailytimes.com.pk/1/a/",
            StandardCharsets.UTF_8);
    try (TikaTextExtractor extractor = new TikaTextExtractor()) {
      ExtractedText html = extractor.extract(page);
      assertThat(html.text()).contains("The café’s owner spoke.");
      assertThat(html.first("dc:title", "title")).isEqualTo("Café’s day");
      assertThat(extractor.extract(text).text())
          .isEqualTo("A story.\nSource: https://dailytimes.com.pk/1/a/");
    }
    assertThat(
            MojibakeRepairer.repair(
                    new ExtractedText(
                        "x", Map.of("dc:title", List.of(misread("Zürich"))), "text/plain", false))
                .first("dc:title"))
        .isEqualTo("Zürich");
  }
}
