package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UTF-8 shortcut gives what Tika gives, and leaves every other encoding to Tika. */
class PlainTextExtractorTest {
  private static final String TEXT =
      "Pakistan’s “new” corridor — café society.\n\nSecond paragraph, naïve résumé.";

  @TempDir Path dir;

  @Test
  void utf8TextReadsAsTikaReadsIt() throws Exception {
    byte[] bytes = ("\n" + TEXT + "\n").getBytes(StandardCharsets.UTF_8);
    ExtractedText fast = PlainTextExtractor.extract(bytes, "a.txt", 1_000).orElseThrow();

    // Tika alone, under a name that does not take the shortcut.
    Path file = Files.write(dir.resolve("a.text"), bytes);
    try (TikaTextExtractor tika = new TikaTextExtractor()) {
      ExtractedText slow = tika.extract(file);
      assertThat(fast.text()).isEqualTo(slow.text()).isEqualTo(TEXT);
      assertThat(fast.mediaType()).isEqualTo(slow.mediaType()).isEqualTo("text/plain");
      assertThat(fast.first("Content-Encoding")).isEqualTo(slow.first("Content-Encoding"));
    }
    assertThat(fast.truncated()).isFalse();
  }

  @Test
  void aByteOrderMarkIsDropped() {
    byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextExtractor.extract(bytes, "a.txt", 1_000).orElseThrow().text())
        .isEqualTo(TEXT);
  }

  @Test
  void otherEncodingsAndBinaryDataAreLeftToTika() {
    assertThat(PlainTextExtractor.extract(TEXT.getBytes(Charset.forName("windows-1252")), "a", 99))
        .isEmpty();
    assertThat(PlainTextExtractor.extract(TEXT.getBytes(StandardCharsets.UTF_16LE), "a", 99))
        .isEmpty();
    assertThat(PlainTextExtractor.extract(new byte[] {'a', 0, 'b'}, "a", 99)).isEmpty();
  }

  @Test
  void longTextIsCutAtTheLimit() {
    ExtractedText cut =
        PlainTextExtractor.extract(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt", 10)
            .orElseThrow();
    assertThat(cut.text()).isEqualTo(TEXT.substring(0, 10));
    assertThat(cut.truncated()).isTrue();
  }

  @Test
  void onlyTxtNamesTakeTheShortcut() {
    assertThat(PlainTextExtractor.isTextByName("story.TXT")).isTrue();
    assertThat(PlainTextExtractor.isTextByName("story.txt")).isTrue();
    assertThat(PlainTextExtractor.isTextByName("story.html")).isFalse();
    assertThat(PlainTextExtractor.isTextByName("txt")).isFalse();
  }
}
