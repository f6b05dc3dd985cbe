package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.articlesearch.extract.ExtractionException.Reason;
import org.articlesearch.extract.FormatFixtures.Fixture;
import org.articlesearch.extract.FormatFixtures.Format;
import org.articlesearch.extract.TikaTextExtractor.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every {@link FormatFixtures} file through the real Tika parsers. */
class TikaTextExtractorTest {
  private static final Map<Format, Fixture> FIXTURES = new EnumMap<>(Format.class);

  @TempDir static Path dir;

  // One extractor for the class: building Tika's AutoDetectParser is the slow part.
  private static TikaTextExtractor extractor;

  @BeforeAll
  static void writeFixtures() throws IOException {
    for (Fixture fixture : FormatFixtures.writeAll(dir)) {
      FIXTURES.put(fixture.format(), fixture);
    }
    extractor = new TikaTextExtractor();
  }

  @AfterAll
  static void closeExtractor() {
    extractor.close();
  }

  private static ExtractedText extract(Format format) throws ExtractionException {
    return extractor.extract(FIXTURES.get(format).path(dir));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Format.class)
  void everyFormatYieldsItsKnownWordsUntruncated(Format format) throws Exception {
    ExtractedText extracted = extract(format);

    assertThat(extracted.text()).contains(FIXTURES.get(format).words());
    assertThat(extracted.text()).doesNotContain("\uFFFD");
    assertThat(extracted.truncated()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Format.class)
  void everyFormatIsDetectedAsItsMediaType(Format format) throws Exception {
    assertThat(extract(format).mediaType()).isEqualTo(format.mediaType());
  }

  static Stream<Arguments> metadataValues() {
    return Stream.of(
        Arguments.of(
            Format.HTML, "dc:title", "Tram Line Approved Despite Protests | The Riverton Ledger"),
        Arguments.of(Format.HTML, "og:title", "Tram Line Approved Despite Protests"),
        Arguments.of(Format.HTML, "author", "Priya Raman"),
        Arguments.of(Format.HTML, "dc:creator", "Priya Raman"),
        Arguments.of(Format.HTML, "article:published_time", "2024-04-09T18:05:00+02:00"),
        Arguments.of(Format.HTML, "og:site_name", "The Riverton Ledger"),
        Arguments.of(Format.HTML, "dc:description", "Councillors back the Westbank tram line."),
        Arguments.of(Format.HTML, "Content-Language", "en"),
        Arguments.of(Format.PDF, "dc:title", "Harbour Dredging Contract Awarded to Nordvik Marine"),
        Arguments.of(
            Format.PDF, "pdf:docinfo:title", "Harbour Dredging Contract Awarded to Nordvik Marine"),
        Arguments.of(Format.PDF, "dc:creator", "Henrik Aalto"),
        Arguments.of(Format.PDF, "pdf:docinfo:creator", "Henrik Aalto"),
        Arguments.of(Format.PDF, "dcterms:created", "2024-06-21T11:15:00Z"),
        Arguments.of(Format.PDF, "pdf:docinfo:created", "2024-06-21T11:15:00Z"),
        Arguments.of(Format.PDF, "pdf:encrypted", "false"),
        Arguments.of(Format.DOCX, "dc:title", "Library Branches Face Closure in Budget Review"),
        Arguments.of(Format.DOCX, "dc:creator", "Lucía Fernández"),
        Arguments.of(Format.DOCX, "dcterms:created", "2024-07-03T14:00:00Z"),
        Arguments.of(Format.ODT, "dc:title", "Ferry Timetable Cut as Fuel Costs Rise"),
        Arguments.of(Format.ODT, "dc:creator", "Kwame Mensah"),
        // ODF stores local time without an offset and Tika passes it through as written.
        Arguments.of(Format.ODT, "dcterms:created", "2024-08-19T06:45:00"),
        Arguments.of(Format.ODT, "dcterms:modified", "2024-08-19T06:45:00"),
        Arguments.of(Format.ODT, "dc:language", "en-GB"),
        Arguments.of(Format.RTF, "dc:title", "Stadium Referendum Set for Autumn"),
        Arguments.of(Format.RTF, "dc:creator", "Rosalind Achterberg"),
        // RTF's \creatim has no zone: Tika reads it in the JVM's default zone, then writes UTC.
        Arguments.of(
            Format.RTF,
            "dcterms:created",
            LocalDateTime.of(2024, 6, 3, 8, 15)
                .atZone(ZoneId.systemDefault())
                .toInstant()
                .toString()),
        Arguments.of(Format.EML, "dc:title", "Port Strike Enters Second Week"),
        Arguments.of(Format.EML, "dc:subject", "Port Strike Enters Second Week"),
        Arguments.of(Format.EML, "dc:creator", "Marisol Ocampo <m.ocampo@harbourgazette.example>"),
        Arguments.of(
            Format.EML, "Message-From", "Marisol Ocampo <m.ocampo@harbourgazette.example>"),
        Arguments.of(Format.EML, "Message:From-Name", "Marisol Ocampo"),
        Arguments.of(Format.EML, "Message:From-Email", "m.ocampo@harbourgazette.example"),
        Arguments.of(Format.EML, "Message-To", "newsdesk@harbourgazette.example"),
        // The Date header said 07:45 +0100; Tika normalises it to UTC.
        Arguments.of(Format.EML, "dcterms:created", "2024-05-13T06:45:00Z"),
        Arguments.of(Format.EPUB, "dc:title", "Night Markets Return to the Old Quarter"),
        Arguments.of(Format.EPUB, "dc:creator", "Oren Castellanos"),
        Arguments.of(Format.EPUB, "dcterms:created", "2024-09-12"),
        Arguments.of(Format.EPUB, "dc:publisher", "Old Quarter Review"),
        Arguments.of(Format.EPUB, "dc:language", "en"));
  }

  @ParameterizedTest(name = "{0} carries {1} = {2}")
  @MethodSource("metadataValues")
  void formatMetadataLandsUnderTheseTikaKeys(Format format, String key, String value)
      throws Exception {
    assertThat(extract(format).all(key)).containsExactly(value);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Format.class,
      names = {"TXT_UTF8", "TXT_CP1252", "TXT_UTF16_BOM"})
  void plainTextCarriesNoTitleAuthorOrDateMetadata(Format format) throws Exception {
    ExtractedText extracted = extract(format);
    Fixture fixture = FIXTURES.get(format);

    assertThat(extracted.metadata())
        .doesNotContainKeys("dc:title", "title", "dc:creator", "author", "dcterms:created");
    assertThat(extracted.text().lines().limit(2))
        .containsExactly(fixture.title(), "By " + fixture.author());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Format.class,
      names = {"PDF", "DOCX", "ODT", "RTF", "EPUB"})
  void tika3ReportsAuthorsOnlyUnderDcCreatorNotTheOldMetaAuthor(Format format) throws Exception {
    ExtractedText extracted = extract(format);

    assertThat(extracted.first("dc:creator")).isEqualTo(FIXTURES.get(format).author());
    assertThat(extracted.metadata()).doesNotContainKeys("meta:author", "Author", "author");
  }

  @Test
  void utf8TextKeepsAccentedWords() throws Exception {
    assertThat(extract(Format.TXT_UTF8).text())
        .contains(FormatFixtures.ACCENTED_WORD, "Hélène Marchetti", "São Paulo");
    assertThat(extract(Format.TXT_UTF8).first("Content-Encoding")).isEqualTo("UTF-8");
  }

  @Test
  void windows1252TextIsDetectedAndDecodedWithCurlyQuotes() throws Exception {
    ExtractedText extracted = extract(Format.TXT_CP1252);

    assertThat(extracted.first("Content-Encoding")).isEqualTo("windows-1252");
    assertThat(extracted.first("Content-Type")).isEqualTo("text/plain; charset=windows-1252");
    assertThat(extracted.text())
        .startsWith("Dockers’ Café Becomes Strike Headquarters")
        .contains("Séamus O’Rourke", "small café", "“We are not going anywhere,”", "town’s");
  }

  @Test
  void utf16TextWithByteOrderMarkIsDecodedWithoutTheMark() throws Exception {
    ExtractedText extracted = extract(Format.TXT_UTF16_BOM);

    assertThat(extracted.first("Content-Encoding")).isEqualTo("UTF-16LE");
    assertThat(extracted.text())
        .startsWith("Bridge Inspection Finds Rusted Cables")
        .contains("Zoë Papadakis", "naïve", "Nils Ørsted")
        .doesNotContain("\uFEFF");
  }

  @Test
  void pdfKeepsTheAccentedWordFromAStandardFont() throws Exception {
    assertThat(extract(Format.PDF).text()).contains("as a\nDétente that allowed");
  }

  @Test
  void rtfDecodesHexEscapedAnsiCharacters() throws Exception {
    assertThat(extract(Format.RTF).text()).contains("Harbour Café on Monday");
  }

  @Test
  void htmlBodyTextIsTheArticleWithoutNavigationFooterOrTitleElement() throws Exception {
    String text = extract(Format.HTML).text();

    assertThat(text)
        .startsWith("Tram Line Approved Despite Protests\n\nBy Priya Raman\n\nThe Riverton");
    assertThat(text).contains("Chidi Okonkwo protested");
    assertThat(text)
        .doesNotContain("Home", "Sport", "All rights reserved", "| The Riverton Ledger");
  }

  @Test
  void htmlCarriesTheHeadlineAndBylineOfItsMarkup() throws Exception {
    ExtractedText extracted = extract(Format.HTML);

    assertThat(extracted.all("html:h1")).containsExactly("Tram Line Approved Despite Protests");
    assertThat(extracted.all("html:byline")).containsExactly("By Priya Raman");
  }

  @Test
  void htmlPublicationTimeIsOnlyInTheRawOpenGraphKey() throws Exception {
    assertThat(extract(Format.HTML).metadata())
        .containsKey("article:published_time")
        .doesNotContainKeys("dcterms:created", "dcterms:modified");
  }

  @Test
  void odtHeadingRunsIntoTheNextParagraphWithoutALineBreak() throws Exception {
    assertThat(extract(Format.ODT).text())
        .startsWith("Ferry Timetable Cut as Fuel Costs RiseBy Kwame Mensah\n");
  }

  @Test
  void emailTextIsTheBodyOnlyAndItsResourceNameBecomesTheSubject() throws Exception {
    ExtractedText extracted = extract(Format.EML);

    assertThat(extracted.text())
        .startsWith("The strike at the Port of Calderwick")
        .doesNotContain("Subject:", "From:", "Message-ID");
    assertThat(extracted.first("resourceName")).isEqualTo("Port Strike Enters Second Week.eml");
  }

  @Test
  void epubTextStartsWithTheChapterHeading() throws Exception {
    assertThat(extract(Format.EPUB).text())
        .startsWith("Night Markets Return to the Old Quarter\n")
        .contains("By Oren Castellanos");
  }

  @Test
  void emptyFileIsRejectedAsEmpty() throws Exception {
    Path file = FormatFixtures.writeEmptyFile(dir);

    assertThatThrownBy(() -> extractor.extract(file))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
  }

  @Test
  void missingFileIsRejectedAsUnreadable() {
    assertThatThrownBy(() -> extractor.extract(dir.resolve("no-such-article.txt")))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
  }

  @Test
  void binaryGarbageNamedTxtIsRejectedAsBinaryData() throws Exception {
    Path file = FormatFixtures.writeBinaryGarbageTxt(dir);

    assertThatThrownBy(() -> extractor.extract(file))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
              assertThat(e.getMessage()).isEqualTo("binary data, not text");
            });
  }

  @Test
  void textInOtherScriptsIsNotMistakenForBinaryData() throws Exception {
    Path file = dir.resolve("scripts.txt");
    Files.writeString(
        file,
        "东京の会議で、代表団は合意した。서울에서 회의가 열렸다. Переговоры в Москве. Les négociations à Genève.\n"
            .repeat(20));

    assertThat(extractor.extract(file).text()).contains("东京の会議", "서울에서", "Москве", "Genève");
  }

  @Test
  void binaryGarbageWithoutTextExtensionIsRejectedAsUnsupported() throws Exception {
    Path file = Files.move(FormatFixtures.writeBinaryGarbageTxt(dir), dir.resolve("garbage.bin"));

    assertThatThrownBy(() -> extractor.extract(file))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED));
  }

  @Test
  void truncatedPdfIsRejectedAsCorrupt() throws Exception {
    Path file = FormatFixtures.writeTruncatedPdf(dir);

    assertThatThrownBy(() -> extractor.extract(file))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
  }

  @Test
  void truncatedDocxIsRejectedAsCorrupt() throws Exception {
    Path file = FormatFixtures.writeTruncatedDocx(dir);

    assertThatThrownBy(() -> extractor.extract(file))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
  }

  @Test
  void pdfWithUserPasswordIsRejectedAsEncrypted() throws Exception {
    Path file = FormatFixtures.writePasswordProtectedPdf(dir);

    assertThatThrownBy(() -> extractor.extract(file))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
  }

  @Test
  void fileOverMaxFileBytesIsRejectedAsTooLargeBeforeParsing() throws Exception {
    Path file = FIXTURES.get(Format.HTML).path(dir);
    Limits limits = new Limits(100, 1_000, Duration.ofSeconds(30));

    try (TikaTextExtractor small = new TikaTextExtractor(limits)) {
      assertThatThrownBy(() -> small.extract(file))
          .isInstanceOfSatisfying(
              ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Format.class)
  void textOverMaxCharsIsCutAndFlaggedTruncatedWithMetadataKept(Format format) throws Exception {
    Limits limits = new Limits(1 << 20, 40, Duration.ofSeconds(30));
    ExtractedText full = extract(format);

    try (TikaTextExtractor short40 = new TikaTextExtractor(limits)) {
      ExtractedText cut = short40.extract(FIXTURES.get(format).path(dir));

      assertThat(cut.truncated()).isTrue();
      assertThat(cut.text()).hasSizeLessThanOrEqualTo(40);
      assertThat(full.text()).startsWith(cut.text());
      assertThat(cut.first("dc:title")).isEqualTo(full.first("dc:title"));
      assertThat(cut.mediaType()).isEqualTo(format.mediaType());
    }
  }
}
