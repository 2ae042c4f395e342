package org.govindex.reports.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
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
        new BufferedImage(pixels(width, scale), pixels(height, scale), BufferedImage.TYPE_INT_RGB);
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

  /** Whole pixels covering {@code points} at {@code scale} (tolerating rounding of the scale). */
  private static int pixels(int points, double scale) {
    return (int) Math.ceil(points * scale - 1e-6);
  }

  /**
   * Writes {@code chart} as a PNG file atomically (see {@link #toImage}), recording {@code dpi} as
   * its resolution (the PNG pHYs chunk, in pixels per metre).
   */
  public static void writePng(
      JFreeChart chart, int width, int height, double scale, int dpi, Path file)
      throws IOException {
    BufferedImage image = toImage(chart, width, height, scale);
    AtomicFileWriter.write(
        file,
        out -> {
          ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
          ImageWriteParam param = writer.getDefaultWriteParam();
          IIOMetadata metadata =
              writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
          IIOMetadataNode physical = new IIOMetadataNode("pHYs");
          String perMetre = Long.toString(Math.round(dpi / 0.0254));
          physical.setAttribute("pixelsPerUnitXAxis", perMetre);
          physical.setAttribute("pixelsPerUnitYAxis", perMetre);
          physical.setAttribute("unitSpecifier", "meter");
          IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
          root.appendChild(physical);
          metadata.mergeTree("javax_imageio_png_1.0", root);
          try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
          } finally {
            writer.dispose();
          }
        });
  }
}
