package org.articlesearch.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Reads the text of one image with Tesseract, through Tika's OCR parser, within a time limit. */
final class TesseractReader {
  private final Parser parser;
  private final OcrSettings settings;

  TesseractReader(Parser parser, OcrSettings settings) {
    this.parser = parser;
    this.settings = settings;
  }

  /** Returns the text Tesseract reads in a PNG image; throws when it fails or runs out of time. */
  String read(byte[] png, int maxChars) throws IOException, TikaException, SAXException {
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, "image/png");
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    try (InputStream in = TikaInputStream.get(png)) {
      parser.parse(in, handler, metadata, context(settings, parser));
    }
    return handler.toString().strip();
  }

  /**
   * Returns the parse context every Tika parse of this extractor uses: Tesseract with the chosen
   * languages and page time limit, or no OCR at all; PDF pages never through Tika's own OCR,
   * because one page over its time limit there fails the whole document, so {@link
   * ScannedPdfReader} reads them page by page instead.
   */
  static ParseContext context(OcrSettings settings, Parser parser) {
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!settings.enabled());
    tesseract.setLanguage(settings.languages());
    tesseract.setTimeoutSeconds((int) Math.max(1, settings.pageTimeout().toSeconds()));
    context.set(TesseractOCRConfig.class, tesseract);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }
}
