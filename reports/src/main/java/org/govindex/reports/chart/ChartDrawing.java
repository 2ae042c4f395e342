package org.govindex.reports.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.govindex.reports.AtomicFileWriter;
import org.govindex.reports.fonts.CjkFont;
import org.jfree.chart.JFreeChart;

/** Draws themed charts as vector graphics into a PDF page or as PNG images. */
public final class ChartDrawing {

  private ChartDrawing() {}

  /**
   * Draws {@code chart} as vectors into {@code content} with its lower left corner at ({@code x},
   * {@code y}) in PDF user space. Chart texts become real text in {@code pdfFont} (the PDF face of
   * {@code font}, the font the chart theme uses), so they are selectable and share the document's
   * font subset.
   */
  public static void drawIntoPdf(
      JFreeChart chart,
      PDDocument document,
      PDPageContentStream content,
      CjkFont font,
      PDFont pdfFont,
      float x,
      float y,
      float width,
      float height)
      throws IOException {
    PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
    try (PdfBoxGraphics2DFontTextDrawer textDrawer = new PdfBoxGraphics2DFontTextDrawer()) {
      textDrawer.registerFont(font.awtFont(10f).getFontName(), pdfFont);
      graphics.setFontTextDrawer(textDrawer);
      chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      graphics.dispose();
    }
    PDFormXObject form = graphics.getXFormObject();
    content.saveGraphicsState();
    content.transform(Matrix.getTranslateInstance(x, y));
    content.drawForm(form);
    content.restoreGraphicsState();
  }

  /** Renders {@code chart} of {@code width}×{@code height} points at {@code scale}× to PNG. */
  public static BufferedImage toImage(JFreeChart chart, int width, int height, double scale) {
    BufferedImage image =
        new BufferedImage(
            (int) Math.ceil(width * scale),
            (int) Math.ceil(height * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.scale(scale, scale);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    return image;
  }

  /** Writes {@code chart} as a PNG file atomically (see {@link #toImage}). */
  public static void writePng(JFreeChart chart, int width, int height, double scale, Path file)
      throws IOException {
    BufferedImage image = toImage(chart, width, height, scale);
    AtomicFileWriter.write(
        file,
        out -> {
          if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
          }
        });
  }
}
