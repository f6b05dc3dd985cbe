package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlTextExtractorTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void decodesUtf8WithOrWithoutAByteOrderMark() {
    byte[] plain = "<p>Zoë</p>".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, bom, 3, plain.length);

    assertThat(HtmlTextExtractor.decode(plain)).isEqualTo("<p>Zoë</p>");
    assertThat(HtmlTextExtractor.decode(bom)).isEqualTo("<p>Zoë</p>");
  }

  @Test
  void followsTheDeclaredCharset() {
    byte[] html = "<meta charset=\"windows-1252\"><p>café</p>".getBytes(CP1252);

    assertThat(HtmlTextExtractor.decode(html)).contains("café");
  }

  @Test
  void readsUndeclaredBytesThatAreNotUtf8AsWindows1252() {
    byte[] html = "<p>naïve “quotes”</p>".getBytes(CP1252);

    assertThat(HtmlTextExtractor.decode(html)).isEqualTo("<p>naïve “quotes”</p>");
  }

  @Test
  void tellsMarkupFromOtherBytes() {
    assertThat(
            HtmlTextExtractor.looksLikeMarkup(
                "  \n<!DOCTYPE html>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(HtmlTextExtractor.looksLikeMarkup("%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void aPageWithoutTextIsRejectedAsEmpty() {
    byte[] html =
        "<html><body><script>var x = 1;</script></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> HtmlTextExtractor.extract(html, "empty.html", "text/html", 1000))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.EMPTY));
  }

  @Test
  void cutsTheTextAtTheLimitAndSaysSo() throws Exception {
    byte[] html = ("<p>" + "word ".repeat(100) + "</p>").getBytes(StandardCharsets.UTF_8);

    ExtractedText extracted = HtmlTextExtractor.extract(html, "long.html", "text/html", 50);

    assertThat(extracted.text()).hasSize(50);
    assertThat(extracted.truncated()).isTrue();
  }
}
