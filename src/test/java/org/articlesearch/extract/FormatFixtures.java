package org.articlesearch.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes small news-article files in each supported format, with known metadata and words. */
public final class FormatFixtures {
  /** The fixture formats, with the media type Tika is expected to detect for each. */
  public enum Format {
    TXT_UTF8("text/plain"),
    TXT_CP1252("text/plain"),
    TXT_UTF16_BOM("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    RTF("application/rtf"),
    EML("message/rfc822"),
    EPUB("application/epub+zip");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    /** Returns the media type Tika detects for this format, without parameters. */
    public String mediaType() {
      return mediaType;
    }
  }

  /**
   * One written fixture and what extraction should find in it.
   *
   * @param format the file format
   * @param fileName the file's name inside the fixture directory
   * @param title the headline (for HTML, without the " | Site" suffix of the title element)
   * @param author the author's display name
   * @param published the publication time written into the file; EPUB keeps only the date, and
   *     zoneless formats (ODT, RTF) keep only the local date-time
   * @param words words that must appear in the extracted text
   */
  public record Fixture(
      Format format,
      String fileName,
      String title,
      String author,
      OffsetDateTime published,
      List<String> words) {
    /** Returns the publication day. */
    public LocalDate date() {
      return published.toLocalDate();
    }

    /** Returns where this fixture lives in the directory it was written to. */
    public Path path(Path dir) {
      return dir.resolve(fileName);
    }
  }

  /** The site name the HTML fixture carries in its title element and og:site_name. */
  public static final String HTML_SITE_NAME = "The Riverton Ledger";

  /** The accented word the UTF-8 text and PDF fixtures carry, to check decoding. */
  public static final String ACCENTED_WORD = "Détente";

  private static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

  private FormatFixtures() {}

  /** Writes every good fixture into {@code dir} and returns their expectations, in format order. */
  public static List<Fixture> writeAll(Path dir) throws IOException {
    List<Fixture> fixtures = new ArrayList<>();
    for (Format format : Format.values()) {
      fixtures.add(write(format, dir));
    }
    return List.copyOf(fixtures);
  }

  /** Writes the fixture of one format into {@code dir} and returns its expectations. */
  public static Fixture write(Format format, Path dir) throws IOException {
    Files.createDirectories(dir);
    return switch (format) {
      case TXT_UTF8 -> writeTxtUtf8(dir);
      case TXT_CP1252 -> writeTxtCp1252(dir);
      case TXT_UTF16_BOM -> writeTxtUtf16WithBom(dir);
      case HTML -> writeHtml(dir);
      case PDF -> writePdf(dir);
      case DOCX -> writeDocx(dir);
      case ODT -> writeOdt(dir);
      case RTF -> writeRtf(dir);
      case EML -> writeEml(dir);
      case EPUB -> writeEpub(dir);
    };
  }

  private static Fixture writeTxtUtf8(Path dir) throws IOException {
    Fixture f =
        new Fixture(
            Format.TXT_UTF8,
            "council-parking-freeze.txt",
            "Riverton Council Freezes Parking Fees",
            "Amelia Okafor",
            utc(2024, 3, 14, 9, 30),
            List.of(ACCENTED_WORD, "Lindqvist", "Riverton City Council", "São Paulo"));
    String text =
        String.join(
            "\n",
            f.title(),
            "By " + f.author(),
            "14 March 2024",
            "",
            "Riverton City Council voted on Wednesday to freeze parking fees for a second year,"
                + " ending a months-long dispute between Mayor Tobias Lindqvist and the Chamber of"
                + " Commerce.",
            "",
            "Détente at City Hall",
            "",
            "Councillor Hélène Marchetti called the vote a détente rather than a peace treaty. The"
                + " mayor, back from a transport summit in São Paulo, said the freeze would be"
                + " reviewed in the spring.",
            "");
    Files.writeString(f.path(dir), text, StandardCharsets.UTF_8);
    return f;
  }

  private static Fixture writeTxtCp1252(Path dir) throws IOException {
    Fixture f =
        new Fixture(
            Format.TXT_CP1252,
            "harbour-cafe-cp1252.txt",
            "Dockers’ Café Becomes Strike Headquarters",
            "Séamus O’Rourke",
            utc(2024, 5, 2, 7, 0),
            List.of("café", "O’Rourke", "“We are not going anywhere,”", "Calderwick"));
    String text =
        String.join(
            "\r\n",
            f.title(),
            "By " + f.author(),
            "2 May 2024",
            "",
            "The small café on Pier Road has become the unofficial headquarters of the strike at"
                + " the Port of Calderwick. Members of the Harbour Workers’ Union gather there"
                + " before every picket shift, and the owner keeps the coffee coming.",
            "",
            "“We are not going anywhere,” said union steward Brigid Malloy, standing beside a"
                + " hand-painted banner. “The port authority knows what our terms are.”",
            "",
            "The Calderwick Port Authority said talks would resume on Friday at the town’s"
                + " Maritime Hall.",
            "");
    Files.write(f.path(dir), text.getBytes(Charset.forName("windows-1252")));
    return f;
  }

  // As Windows Notepad saves "Unicode": UTF-16LE behind an FF FE byte-order mark.
  private static Fixture writeTxtUtf16WithBom(Path dir) throws IOException {
    Fixture f =
        new Fixture(
            Format.TXT_UTF16_BOM,
            "bridge-inspection-utf16.txt",
            "Bridge Inspection Finds Rusted Cables",
            "Zoë Papadakis",
            utc(2024, 10, 1, 10, 0),
            List.of("Kingsferry Bridge", "Papadakis", "naïve", "Ørsted"));
    String text =
        String.join(
            "\r\n",
            f.title(),
            "By " + f.author(),
            "1 October 2024",
            "",
            "Engineers inspecting the Kingsferry Bridge found rusted suspension cables on the"
                + " northern span. Highways officer Nils Ørsted said it would be naïve to expect"
                + " the repairs to finish before winter.",
            "");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0xFF);
    bytes.write(0xFE);
    bytes.write(text.getBytes(StandardCharsets.UTF_16LE));
    Files.write(f.path(dir), bytes.toByteArray());
    return f;
  }

  private static Fixture writeHtml(Path dir) throws IOException {
    Fixture f =
        new Fixture(
            Format.HTML,
            "tram-line-approved.html",
            "Tram Line Approved Despite Protests",
            "Priya Raman",
            OffsetDateTime.of(2024, 4, 9, 18, 5, 0, 0, ZoneOffset.ofHours(2)),
            List.of("Westbank", "Riverton Transit Authority", "Okonkwo"));
    String html =
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>%1$s | %2$s</title>
          <meta name="author" content="%3$s">
          <meta name="description" content="Councillors back the Westbank tram line.">
          <meta property="og:title" content="%1$s">
          <meta property="og:site_name" content="%2$s">
          <meta property="og:type" content="article">
          <meta property="article:published_time" content="%4$s">
        </head>
        <body>
          <nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/sport">Sport</a></nav>
          <article>
            <h1>%1$s</h1>
            <p class="byline">By %3$s</p>
            <p>The Riverton Transit Authority will build the Westbank tram line after councillors
            approved the plan by seven votes to four on Tuesday evening.</p>
            <p>Residents led by campaigner Chidi Okonkwo protested outside the chamber, arguing that
            the route would split the Westbank market in two.</p>
          </article>
          <footer>&copy; 2024 %2$s. All rights reserved. Subscribe to our newsletter.</footer>
        </body>
        </html>
        """
            .formatted(
                f.title(),
                HTML_SITE_NAME,
                f.author(),
                f.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    Files.writeString(f.path(dir), html, StandardCharsets.UTF_8);
    return f;
  }

  private static Fixture writePdf(Path dir) throws IOException {
    Fixture f = pdfFixture();
    Files.write(f.path(dir), pdfBytes(f, null));
    return f;
  }

  private static Fixture writeDocx(Path dir) throws IOException {
    Fixture f = docxFixture();
    Files.write(f.path(dir), docxBytes(f));
    return f;
  }

  private static Fixture writeOdt(Path dir) throws IOException {
    Fixture f =
        new Fixture(
            Format.ODT,
            "ferry-timetable.odt",
            "Ferry Timetable Cut as Fuel Costs Rise",
            "Kwame Mensah",
            utc(2024, 8, 19, 6, 45),
            List.of("Skerrow Island", "Northern Isles Ferries", "Achebe"));
    String meta =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
          <office:meta>
            <meta:generator>FormatFixtures/1.0</meta:generator>
            <dc:title>%1$s</dc:title>
            <meta:initial-creator>%2$s</meta:initial-creator>
            <dc:creator>%2$s</dc:creator>
            <meta:creation-date>%3$s</meta:creation-date>
            <dc:date>%3$s</dc:date>
            <dc:language>en-GB</dc:language>
          </office:meta>
        </office:document-meta>
        """
            .formatted(xml(f.title()), xml(f.author()), isoLocal(f.published()));
    String content =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
          <office:body>
            <office:text>
              <text:h text:style-name="Heading_20_1" text:outline-level="1">%1$s</text:h>
              <text:p>By %2$s</text:p>
              <text:p>Northern Isles Ferries will cut the winter timetable to Skerrow Island from \
        three sailings a day to two, blaming the rising cost of marine fuel.</text:p>
              <text:p>Islanders&apos; spokesperson Grace Achebe said the change would leave \
        schoolchildren and hospital patients stranded on the mainland overnight.</text:p>
            </office:text>
          </office:body>
        </office:document-content>
        """
            .formatted(xml(f.title()), xml(f.author()));
    String manifest =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
        manifest:version="1.3">
          <manifest:file-entry manifest:full-path="/" \
        manifest:media-type="application/vnd.oasis.opendocument.text"/>
          <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
          <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """;
    try (OutputStream out = Files.newOutputStream(f.path(dir));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      putStored(zip, "mimetype", Format.ODT.mediaType());
      putDeflated(zip, "content.xml", content);
      putDeflated(zip, "meta.xml", meta);
      putDeflated(zip, "META-INF/manifest.xml", manifest);
    }
    return f;
  }

  private static Fixture writeRtf(Path dir) throws IOException {
    Fixture f =
        new Fixture(
            Format.RTF,
            "stadium-referendum.rtf",
            "Stadium Referendum Set for Autumn",
            "Rosalind Achterberg",
            utc(2024, 6, 3, 8, 15),
            List.of("Riverside Stadium", "Kessler", "Café"));
    String rtf =
        """
        {\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}
        {\\info{\\title %1$s}{\\author %2$s}{\\creatim\\yr2024\\mo6\\dy3\\hr8\\min15}}
        \\f0\\fs24{\\b %1$s}\\par
        By %2$s\\par
        \\par
        Voters in Riverton will decide in October whether the city should lend forty million \
        pounds towards the new Riverside Stadium, council leader Dagmar Kessler announced.\\par
        \\par
        Supporters met at the Harbour Caf\\'e9 on Monday; opponents say the money belongs in \
        schools.\\par
        }
        """
            .formatted(f.title(), f.author());
    Files.writeString(f.path(dir), rtf, StandardCharsets.US_ASCII);
    return f;
  }

  private static Fixture writeEml(Path dir) throws IOException {
    Fixture f =
        new Fixture(
            Format.EML,
            "port-strike-update.eml",
            "Port Strike Enters Second Week",
            "Marisol Ocampo",
            OffsetDateTime.of(2024, 5, 13, 7, 45, 0, 0, ZoneOffset.ofHours(1)),
            List.of("Calderwick", "Harbour Workers' Union", "Brennan"));
    String eml =
        String.join(
            "\r\n",
            "From: \"" + f.author() + "\" <m.ocampo@harbourgazette.example>",
            "To: newsdesk@harbourgazette.example",
            "Subject: " + f.title(),
            "Date: " + f.published().format(RFC_822),
            "Message-ID: <strike-update-0513@harbourgazette.example>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            "The strike at the Port of Calderwick entered its second week on Monday with no",
            "talks scheduled. The Harbour Workers' Union says 1,200 members have now joined",
            "the walkout.",
            "",
            "Port director Colm Brennan warned that container ships were already being",
            "diverted to rival harbours along the coast.",
            "");
    Files.writeString(f.path(dir), eml, StandardCharsets.UTF_8);
    return f;
  }

  private static Fixture writeEpub(Path dir) throws IOException {
    Fixture f =
        new Fixture(
            Format.EPUB,
            "night-markets.epub",
            "Night Markets Return to the Old Quarter",
            "Oren Castellanos",
            OffsetDateTime.of(2024, 9, 12, 0, 0, 0, 0, ZoneOffset.UTC),
            List.of("Old Quarter", "Lantern Street", "Nakamura"));
    String container =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>
        """;
    String opf =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="bookid">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:opf="http://www.idpf.org/2007/opf">
            <dc:title>%1$s</dc:title>
            <dc:creator opf:role="aut">%2$s</dc:creator>
            <dc:date>%3$s</dc:date>
            <dc:language>en</dc:language>
            <dc:publisher>Old Quarter Review</dc:publisher>
            <dc:identifier id="bookid">urn:uuid:5b0e6a52-7c1f-4a53-9d3e-8f0c2a1b7e11</dc:identifier>
          </metadata>
          <manifest>
            <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
            <item id="chapter1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
          </manifest>
          <spine toc="ncx">
            <itemref idref="chapter1"/>
          </spine>
        </package>
        """
            .formatted(xml(f.title()), xml(f.author()), f.date());
    String ncx =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
          <head>
            <meta name="dtb:uid" content="urn:uuid:5b0e6a52-7c1f-4a53-9d3e-8f0c2a1b7e11"/>
          </head>
          <docTitle><text>%1$s</text></docTitle>
          <navMap>
            <navPoint id="nav1" playOrder="1">
              <navLabel><text>%1$s</text></navLabel>
              <content src="chapter1.xhtml"/>
            </navPoint>
          </navMap>
        </ncx>
        """
            .formatted(xml(f.title()));
    String chapter =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>%1$s</title></head>
        <body>
          <h1>%1$s</h1>
          <p>By %2$s</p>
          <p>After four years away, the night markets are back on Lantern Street in the Old \
        Quarter, with more than sixty stalls selling noodles, lanterns and secondhand books.</p>
          <p>Organiser Haruki Nakamura said the Old Quarter Traders Association had finally \
        settled its dispute with the city over street lighting.</p>
        </body>
        </html>
        """
            .formatted(xml(f.title()), xml(f.author()));
    try (OutputStream out = Files.newOutputStream(f.path(dir));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      putStored(zip, "mimetype", Format.EPUB.mediaType());
      putDeflated(zip, "META-INF/container.xml", container);
      putDeflated(zip, "OEBPS/content.opf", opf);
      putDeflated(zip, "OEBPS/toc.ncx", ncx);
      putDeflated(zip, "OEBPS/chapter1.xhtml", chapter);
    }
    return f;
  }

  /** Writes a zero-byte {@code empty.txt} and returns its path. */
  public static Path writeEmptyFile(Path dir) throws IOException {
    Path file = dir.resolve("empty.txt");
    Files.write(file, new byte[0]);
    return file;
  }

  /** Writes 4 KiB of seeded random bytes as {@code garbage.txt} and returns its path. */
  public static Path writeBinaryGarbageTxt(Path dir) throws IOException {
    byte[] bytes = new byte[4096];
    new Random(20240314L).nextBytes(bytes);
    Path file = dir.resolve("garbage.txt");
    Files.write(file, bytes);
    return file;
  }

  /** Writes the first half of the PDF fixture as {@code truncated.pdf} and returns its path. */
  public static Path writeTruncatedPdf(Path dir) throws IOException {
    byte[] whole = pdfBytes(pdfFixture(), null);
    Path file = dir.resolve("truncated.pdf");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    return file;
  }

  /** Writes the first half of the DOCX fixture as {@code truncated.docx} and returns its path. */
  public static Path writeTruncatedDocx(Path dir) throws IOException {
    byte[] whole = docxBytes(docxFixture());
    Path file = dir.resolve("truncated.docx");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    return file;
  }

  /** Writes the PDF fixture encrypted with a user password as {@code protected.pdf}. */
  public static Path writePasswordProtectedPdf(Path dir) throws IOException {
    Path file = dir.resolve("protected.pdf");
    Files.write(file, pdfBytes(pdfFixture(), "reader-secret"));
    return file;
  }

  /** Writes the UTF-16LE text fixture with a BOM (also part of {@link #writeAll}). */
  public static Fixture writeUtf16WithBom(Path dir) throws IOException {
    return write(Format.TXT_UTF16_BOM, dir);
  }

  /** Returns the bytes of the PDF fixture, for tests that wrap it in a container. */
  public static byte[] pdfArticle() throws IOException {
    return pdfBytes(pdfFixture(), null);
  }

  private static Fixture pdfFixture() {
    return new Fixture(
        Format.PDF,
        "harbour-dredging.pdf",
        "Harbour Dredging Contract Awarded to Nordvik Marine",
        "Henrik Aalto",
        utc(2024, 6, 21, 11, 15),
        List.of("Nordvik Marine", "Calderwick", ACCENTED_WORD));
  }

  private static Fixture docxFixture() {
    return new Fixture(
        Format.DOCX,
        "library-closures.docx",
        "Library Branches Face Closure in Budget Review",
        "Lucía Fernández",
        utc(2024, 7, 3, 14, 0),
        List.of("Eastmoor", "Friends of Riverton Libraries", "Abernathy"));
  }

  private static byte[] pdfBytes(Fixture f, String userPassword) throws IOException {
    List<String> paragraphs =
        List.of(
            f.title(),
            "By " + f.author(),
            "",
            "The Calderwick Port Authority has awarded a three-year dredging contract to Nordvik"
                + " Marine, ending a tender process delayed by the spring strike.",
            "",
            "Harbour master Ingrid Solberg described the agreement with the dockers' union as a"
                + " Détente that allowed the work to begin. Dredging of the outer channel starts in"
                + " September.");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 11);
        cs.setLeading(15);
        cs.newLineAtOffset(56, 780);
        for (String paragraph : paragraphs) {
          for (String line : wrap(paragraph, 85)) {
            cs.showText(line);
            cs.newLine();
          }
        }
        cs.endText();
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(f.title());
      info.setAuthor(f.author());
      info.setCreationDate(calendar(f.published()));
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docxBytes(Fixture f) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFRun heading = doc.createParagraph().createRun();
      heading.setBold(true);
      heading.setFontSize(18);
      heading.setText(f.title());
      doc.createParagraph().createRun().setText("By " + f.author());
      addParagraph(
          doc,
          "Three branches of Riverton's public library, including the Eastmoor branch, could"
              + " close next year under a budget review published by the council's finance"
              + " committee.");
      addParagraph(
          doc,
          "Friends of Riverton Libraries chair Douglas Abernathy said a petition against the"
              + " closures had gathered four thousand signatures in a week.");
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle(f.title());
      core.setCreator(f.author());
      core.setCreated(Optional.of(Date.from(f.published().toInstant())));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void addParagraph(XWPFDocument doc, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.createRun().setText(text);
  }

  private static List<String> wrap(String paragraph, int width) {
    if (paragraph.isEmpty()) {
      return List.of("");
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static void putStored(ZipOutputStream zip, String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ZipEntry entry = new ZipEntry(name);
    // ODF and EPUB readers sniff the type from an uncompressed "mimetype" entry at offset 30.
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static void putDeflated(ZipOutputStream zip, String name, String text)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static OffsetDateTime utc(int year, int month, int day, int hour, int minute) {
    return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
  }

  private static Calendar calendar(OffsetDateTime time) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(time.getOffset()));
    calendar.setTimeInMillis(time.toInstant().toEpochMilli());
    return calendar;
  }

  private static String isoLocal(OffsetDateTime time) {
    return time.toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
