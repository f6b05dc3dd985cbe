package org.articlesearch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.articlesearch.article.ContainerFormat;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads an e-mail (.eml, .msg) or a mailbox (.mbox) with Tika: the message's own text and metadata,
 * and each attachment, or each message of a mailbox, handed to the sink as a member instead of
 * being folded into the text.
 */
final class MailUnpacker {
  private MailUnpacker() {}

  /**
   * Returns the message's text and metadata (empty text for a mailbox), having handed its members
   * to the sink.
   *
   * @param content the file's bytes, or null to read the file
   */
  static ExtractedText unpack(
      AutoDetectParser parser,
      ContainerFormat format,
      String name,
      Path file,
      byte[] content,
      int maxChars,
      UnpackBudget budget,
      MemberSink sink)
      throws ExtractionException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    ParseContext context = new ParseContext();
    Attachments attachments =
        new Attachments(format == ContainerFormat.MAILBOX, budget, sink, parser, maxChars);
    context.set(EmbeddedDocumentExtractor.class, attachments);
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    boolean truncated = false;
    try (InputStream in =
        content != null
            ? TikaInputStream.get(content, metadata)
            : TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException(ExtractionException.Reason.ENCRYPTED, "password-protected", e);
    } catch (IOException e) {
      budget.refuseAgain();
      throw new ExtractionException(ExtractionException.Reason.UNREADABLE, e.getMessage(), e);
    } catch (TikaException | SAXException e) {
      budget.refuseAgain();
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated = true;
      } else {
        throw new ExtractionException(
            ExtractionException.Reason.CORRUPT, String.valueOf(e.getMessage()), e);
      }
    }
    // A parser may have caught a refusal and gone on: the budget still knows.
    budget.refuseAgain();
    String type = metadata.get(Metadata.CONTENT_TYPE);
    String text = (attachments.body() + "\n" + handler).strip();
    return new ExtractedText(
        text,
        TikaTextExtractor.toMap(metadata),
        type == null ? "message/rfc822" : type.replaceAll(";.*", ""),
        truncated);
  }

  /** Takes each embedded document as a member, named as the message names it. */
  private static final class Attachments implements EmbeddedDocumentExtractor {
    private final boolean messages;
    private final UnpackBudget budget;
    private final MemberSink sink;
    private final AutoDetectParser parser;
    private final int maxChars;
    private final StringBuilder body = new StringBuilder();
    private int count;

    Attachments(
        boolean messages,
        UnpackBudget budget,
        MemberSink sink,
        AutoDetectParser parser,
        int maxChars) {
      this.messages = messages;
      this.budget = budget;
      this.sink = sink;
      this.parser = parser;
      this.maxChars = maxChars;
    }

    /** Returns the text of the message's text parts. */
    String body() {
      return body.toString();
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return true;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws IOException, SAXException {
      String given = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      String type = metadata.get(Metadata.CONTENT_TYPE);
      if (!messages && given == null && type != null && type.startsWith("text/")) {
        // A multipart message's text part, without a file name, is its body, not an attachment.
        BodyContentHandler text = new BodyContentHandler(Math.max(0, maxChars - body.length()));
        try {
          parser.parse(stream, text, metadata, new ParseContext());
        } catch (TikaException | SAXException e) {
          if (!WriteLimitReachedException.isWriteLimitReached(e)) {
            throw new IOException(e.getMessage(), e);
          }
        }
        body.append(text).append('\n');
        return;
      }
      count++;
      String name =
          messages
              ? "message-" + count + ".eml"
              : given == null || given.isBlank() ? "attachment-" + count : given;
      try {
        budget.countMember();
        budget.pass(name, stream, sink);
      } catch (ExtractionException e) {
        // The budget keeps the refusal, and unpack() throws it once Tika returns.
        throw new IOException(e.getMessage(), e);
      }
    }
  }
}
