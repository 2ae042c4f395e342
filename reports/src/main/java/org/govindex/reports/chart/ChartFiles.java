package org.govindex.reports.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.govindex.contract.Messages;
import org.govindex.reports.AtomicFileWriter;
import org.govindex.reports.ReportException;
import org.govindex.reports.ReportRenderingException;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Writes a themed chart as image files for publication: {@code <baseName>.png} at {@value #PNG_DPI}
 * dpi at its printed width (the chart size is in points, 1/72 inch; the PNG records its resolution,
 * so word processors place it at that width), and {@code <baseName>.svg} with every text drawn as
 * vector outlines, so Chinese labels show without the font installed where the SVG is viewed. Both
 * files are replaced atomically. The SVG is the same bytes for the same chart.
 */
public final class ChartFiles {

  /** Resolution of the PNG at the chart's printed size. */
  public static final int PNG_DPI = 300;

  /** Image pixels per chart point: {@value #PNG_DPI} dpi over 72 points per inch. */
  public static final double PNG_SCALE = PNG_DPI / 72.0;

  private ChartFiles() {}

  /**
   * Writes {@code chart}, laid out at {@code widthPx}×{@code heightPx}, to {@code dir} as {@code
   * <baseName>.png} ({@link #PNG_SCALE}× that size, {@value #PNG_DPI} dpi) and {@code
   * <baseName>.svg} (that size).
   *
   * @return the PNG file and the SVG file, in this order
   * @throws ReportRenderingException when a file cannot be written
   */
  public static List<Path> write(
      JFreeChart chart, Path dir, String baseName, int widthPx, int heightPx) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(dir, "dir");
    requirePlainName(baseName);
    if (widthPx <= 0 || heightPx <= 0) {
      throw new ReportException(
          Messages.text("reports.chart.badSize", baseName, widthPx, heightPx));
    }
    Path png = dir.resolve(baseName + ".png");
    Path svg = dir.resolve(baseName + ".svg");
    writePng(chart, widthPx, heightPx, png);
    writeSvg(chart, widthPx, heightPx, baseName, svg);
    return List.of(png, svg);
  }

  /**
   * The chart as an SVG document of {@code width}×{@code height} whose texts are glyph outlines.
   * Element ids start with {@code idPrefix}, so the document is the same for the same chart and
   * several documents can be inlined into one page.
   */
  static String toSvg(JFreeChart chart, int width, int height, String idPrefix) {
    SVGGraphics2D svg = new SVGGraphics2D(width, height);
    svg.setDefsKeyPrefix(idPrefix);
    svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    Graphics2D graphics = new OutlineTextGraphics(svg);
    try {
      chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + svg.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null)
          + "\n";
    } finally {
      graphics.dispose();
    }
  }

  /** An XML-name-safe id prefix derived from the file's base name. */
  static String idPrefix(String baseName) {
    return "govindex_"
        + baseName.replaceAll("[^A-Za-z0-9_-]", "_")
        + "_"
        + Integer.toHexString(baseName.hashCode())
        + "_";
  }

  private static void writePng(JFreeChart chart, int width, int height, Path file) {
    try {
      ChartDrawing.writePng(chart, width, height, PNG_SCALE, PNG_DPI, file);
    } catch (IOException | RuntimeException e) {
      throw new ReportRenderingException(file, e);
    }
  }

  private static void writeSvg(
      JFreeChart chart, int width, int height, String baseName, Path file) {
    try {
      byte[] document =
          toSvg(chart, width, height, idPrefix(baseName)).getBytes(StandardCharsets.UTF_8);
      AtomicFileWriter.write(file, out -> out.write(document));
    } catch (IOException | RuntimeException e) {
      throw new ReportRenderingException(file, e);
    }
  }

  private static void requirePlainName(String baseName) {
    if (baseName == null
        || baseName.isBlank()
        || baseName.contains("/")
        || baseName.contains("\\")
        || baseName.startsWith(".")) {
      throw new ReportException(Messages.text("reports.chart.notPlainName", baseName));
    }
  }
}
