package org.articlesearch.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.articlesearch.extract.FormatFixtures;

/**
 * E-mails and archives made by the tests: articles zipped, tarred and attached, and zip bombs
 * streamed from zeros, never written out unpacked.
 */
public final class ContainerFixtures {
  private ContainerFixtures() {}

  /** The subject, and the title, of {@link #mailWithPdf}. */
  public static final String MAIL_SUBJECT = "Dredging contract: the signed copy";

  /** The sender of {@link #mailWithPdf}, who is not the attached article's author. */
  public static final String MAIL_SENDER = "Oona Vesterberg";

  /** Returns a short news article as plain text: headline, byline, a paragraph. */
  public static byte[] article(String title, String author, String body) {
    return (title + "\n\nBy " + author + "\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Three articles, each by its own author. */
  public static Map<String, byte[]> threeArticles() {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put(
        "tram.txt",
        article(
            "Tram Line Extension Approved by Council",
            "Petra Lindqvist",
            "The council approved the tram extension to Eastmoor on Tuesday, after a vote that"
                + " split the ruling coalition. Construction is due to start in the spring."));
    members.put(
        "ferry.txt",
        article(
            "Ferry Operator Adds Winter Crossings",
            "Tomasz Wierzbicki",
            "The island ferry will run four crossings a day through the winter, the operator said,"
                + " answering complaints from commuters on Holm about cancelled sailings."));
    members.put(
        "reports/bridge.txt",
        article(
            "Bridge Repairs Close Northbound Lanes",
            "Amara Okonkwo",
            "Repairs to the Skerry bridge will close its northbound lanes for six weeks, engineers"
                + " said, as corroded cables are replaced before the storm season."));
    return members;
  }

  /** The one article of the nested archive. */
  public static byte[] nestedArticle() {
    return article(
        "Lighthouse Keeper Retires After Forty Years",
        "Ingrid Solheim",
        "The last keeper of the Varholm lighthouse retired on Friday; the light has been automatic"
            + " since the autumn, and the keeper's cottage will become a museum.");
  }

  /** Returns a ZIP of the members, in order, deflated. */
  public static byte[] zip(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> member : members.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(member.getKey()));
        zip.write(member.getValue());
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Returns the three articles zipped, with a ZIP of one more article inside. */
  public static byte[] zipWithNestedZip() throws IOException {
    Map<String, byte[]> members = new LinkedHashMap<>(threeArticles());
    members.put("more/inner.zip", zip(Map.of("lighthouse.txt", nestedArticle())));
    return zip(members);
  }

  /** Returns a TAR of the members; gzipped when asked. */
  public static byte[] tar(Map<String, byte[]> members, boolean gzip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = gzip ? new GzipCompressorOutputStream(bytes) : bytes;
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      for (Map.Entry<String, byte[]> member : members.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
        entry.setSize(member.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(member.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Writes a 7z archive of the members (LZMA2, which needs org.tukaani:xz). */
  public static Path sevenZ(Path file, Map<String, byte[]> members) throws IOException {
    try (SevenZOutputFile out = new SevenZOutputFile(file.toFile())) {
      for (Map.Entry<String, byte[]> member : members.entrySet()) {
        SevenZArchiveEntry entry = new SevenZArchiveEntry();
        entry.setName(member.getKey());
        out.putArchiveEntry(entry);
        out.write(member.getValue());
        out.closeArchiveEntry();
      }
    }
    return file;
  }

  /** Returns an e-mail from {@link #MAIL_SENDER} with the PDF fixture attached. */
  public static byte[] mailWithPdf() throws IOException {
    return mail(
        MAIL_SENDER,
        MAIL_SUBJECT,
        "Here is the signed dredging contract announcement for Friday's paper; please check the"
            + " figures against the port authority's release before it runs.",
        Map.of("harbour-dredging.pdf", FormatFixtures.pdfArticle()));
  }

  /** Returns a MIME e-mail with a text body and the attachments, base64-encoded. */
  public static byte[] mail(
      String sender, String subject, String body, Map<String, byte[]> attachments) {
    String boundary = "=_article-search-boundary";
    StringBuilder eml = new StringBuilder();
    eml.append("From: \"")
        .append(sender)
        .append("\" <desk@gazette.example>\r\n")
        .append("To: archive@gazette.example\r\n")
        .append("Subject: ")
        .append(subject)
        .append("\r\n")
        .append("Date: Thu, 20 Jun 2024 09:30:00 +0000\r\n")
        .append("Message-ID: <")
        .append(Math.abs(subject.hashCode()))
        .append("@gazette.example>\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: multipart/mixed; boundary=\"")
        .append(boundary)
        .append("\"\r\n\r\n")
        .append("--")
        .append(boundary)
        .append("\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
        .append(body)
        .append("\r\n");
    for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
      eml.append("--")
          .append(boundary)
          .append("\r\nContent-Type: application/octet-stream; name=\"")
          .append(attachment.getKey())
          .append("\"\r\nContent-Disposition: attachment; filename=\"")
          .append(attachment.getKey())
          .append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
          .append(Base64.getMimeEncoder().encodeToString(attachment.getValue()))
          .append("\r\n");
    }
    eml.append("--").append(boundary).append("--\r\n");
    return eml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns a ZIP of one member of that many zeros (a whole number of MiB), deflated as tightly as
   * deflate goes. The deflated stream is one MiB's deflated blocks repeated, which decode
   * independently, so building a bomb of GiBs costs no more than its CRC.
   */
  public static byte[] flatBomb(long unpackedBytes) throws IOException {
    byte[] zeros = new byte[1 << 20];
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(zeros);
    ByteArrayOutputStream segment = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 << 10];
    for (int n; (n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0; ) {
      segment.write(buffer, 0, n);
    }
    deflater.end();
    long copies = unpackedBytes / zeros.length;
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    CRC32 crc = new CRC32();
    for (long i = 0; i < copies; i++) {
      segment.writeTo(deflated);
      crc.update(zeros);
    }
    // An empty final block with fixed codes ends the stream.
    deflated.write(new byte[] {3, 0});
    ZipArchiveEntry entry = new ZipArchiveEntry("zeros.txt");
    entry.setMethod(ZipArchiveEntry.DEFLATED);
    entry.setSize(copies * zeros.length);
    entry.setCompressedSize(deflated.size());
    entry.setCrc(crc.getValue());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      zip.addRawArchiveEntry(entry, new ByteArrayInputStream(deflated.toByteArray()));
    }
    return bytes.toByteArray();
  }

  /**
   * Returns the ZIP with one member marked as encrypted, in its local and central headers: no
   * library writes ZipCrypto, and a reader must go by the mark.
   */
  public static byte[] markedEncrypted(byte[] zip, String member) {
    byte[] out = zip.clone();
    ByteBuffer buffer = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = member.getBytes(StandardCharsets.UTF_8);
    for (int at = 0; at + 46 < out.length; at++) {
      int signature = buffer.getInt(at);
      // Local header: flags at 6, name length at 26, name at 30; central: 8, 28 and 46.
      int flags = signature == 0x04034b50 ? 6 : signature == 0x02014b50 ? 8 : -1;
      if (flags < 0) {
        continue;
      }
      int nameAt = signature == 0x04034b50 ? 30 : 46;
      int length = buffer.getShort(at + (signature == 0x04034b50 ? 26 : 28));
      if (length == name.length
          && Arrays.equals(out, at + nameAt, at + nameAt + length, name, 0, length)) {
        out[at + flags] |= 1;
      }
    }
    return out;
  }

  /** Returns a ZIP of ZIPs, each a flat bomb, stored: small alone, huge together. */
  public static byte[] nestedBomb(int copies, long unpackedEach) throws IOException {
    byte[] inner = flatBomb(unpackedEach);
    Map<String, byte[]> members = new LinkedHashMap<>();
    for (int i = 1; i <= copies; i++) {
      members.put("part-" + i + ".zip", inner);
    }
    return zip(members);
  }

  /** Writes bytes to a file of the corpus, making its folder. */
  public static Path write(Path corpus, String relative, byte[] bytes) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }
}
