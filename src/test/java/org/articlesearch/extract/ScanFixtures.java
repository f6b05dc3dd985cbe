package org.articlesearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Scans made by the tests: text rendered to an image, alone or as a PDF page without text. */
public final class ScanFixtures {
  private ScanFixtures() {}

  /**
   * Skips the calling test class where Tesseract is not installed, and fails it in CI, which
   * installs Tesseract (.ci/run), so that there a missing one is never a silent skip.
   */
  public static void requireTesseract() {
    if (System.getenv("CI") != null) {
      assertThat(OcrSettings.tesseractInstalled()).as("tesseract on the PATH").isTrue();
    }
    assumeTrue(OcrSettings.tesseractInstalled(), "tesseract-ocr is not installed");
  }

  /** Renders lines of text as a scanned page would show them, black on white at about 300 dpi. */
  public static BufferedImage render(String... lines) {
    BufferedImage image =
        new BufferedImage(1800, 300 + 70 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
    int y = 150;
    for (String line : lines) {
      g.drawString(line, 100, y);
      y += 70;
    }
    g.dispose();
    return image;
  }

  /** Writes a PNG scan of the lines. */
  public static Path png(Path file, String... lines) throws IOException {
    ImageIO.write(render(lines), "png", file.toFile());
    return file;
  }

  /**
   * Writes a PDF whose pages are, in order, a scan of each page's lines (no text layer) or, for a
   * page given as {@code "text:…"}, a page with that line as real text.
   */
  public static Path pdf(Path file, String[]... pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (String[] lines : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          if (lines.length == 1 && lines[0].startsWith("text:")) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(lines[0].substring("text:".length()));
            content.endText();
          } else {
            PDImageXObject scan = LosslessFactory.createFromImage(document, render(lines));
            float width = page.getMediaBox().getWidth();
            float height = width * scan.getHeight() / scan.getWidth();
            content.drawImage(scan, 0, page.getMediaBox().getHeight() - height, width, height);
          }
        }
      }
      document.save(file.toFile());
    }
    return file;
  }
}
