package org.govindex.reports.publication;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.govindex.reports.chart.ChartDrawing;
import org.govindex.reports.chart.GovindexChartTheme;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.TextWrap;
import org.jfree.chart.JFreeChart;

/**
 * Drawing primitives of a one-page scorecard on a {@link PageFlow}: texts fitted to a width
 * (shrunk, then shortened; never overflowing), filled boxes, key-figure tiles, charts at a position
 * and wrapped text clipped to a height. Scorecards lay out top-down with the flow cursor and check
 * the space left, so a page can never overflow.
 */
final class CardCanvas {

  static final Color TEXT = Typesetter.TEXT;
  static final Color GREY = Typesetter.GREY;
  static final Color BAND = new Color(0xE8, 0xEE, 0xF6);
  static final Color TILE = new Color(0xF5, 0xF7, 0xFA);
  static final Color WARNING_BACKGROUND = new Color(0xFD, 0xEC, 0xEA);

  private final PageFlow flow;
  private final GovindexChartTheme theme;

  CardCanvas(PageFlow flow, GovindexChartTheme theme) {
    this.flow = flow;
    this.theme = theme;
  }

  PageFlow flow() {
    return flow;
  }

  /** Space left above the bottom margin. */
  float remaining() throws IOException {
    return flow.y() - PageFlow.MARGIN_BOTTOM;
  }

  /** Shows {@code text} from {@code x} at most {@code width} wide, shrinking to {@code minSize}. */
  void fitted(
      String text,
      float x,
      float baseline,
      float width,
      float size,
      float minSize,
      Color color,
      boolean bold)
      throws IOException {
    // fit to a hair less than the width: a size scaled to exactly the width can measure a
    // rounding error wider and would then be shortened needlessly ("第 1 名 / 1…")
    float fitted = TextWrap.fitSize(flow, text, size, minSize, width * 0.98f);
    flow.text(TextWrap.shorten(flow, text, fitted, width), x, baseline, fitted, color, bold);
  }

  /** Like {@link #fitted} but right-aligned at {@code rightX}. */
  void fittedRight(String text, float rightX, float baseline, float width, float size, Color color)
      throws IOException {
    float fitted = TextWrap.fitSize(flow, text, size, size * 0.7f, width * 0.98f);
    String shown = TextWrap.shorten(flow, text, fitted, width);
    flow.text(shown, rightX - flow.textWidth(shown, fitted), baseline, fitted, color, false);
  }

  void fill(float x, float bottom, float width, float height, Color color) throws IOException {
    PDPageContentStream content = flow.content();
    content.setNonStrokingColor(color);
    content.addRect(x, bottom, width, height);
    content.fill();
  }

  /** A section label with a rule, advancing the cursor. */
  void label(String text) throws IOException {
    float y = flow.y();
    flow.text(text, flow.left(), y - 10, 10, Typesetter.ACCENT, true);
    PDPageContentStream content = flow.content();
    content.setStrokingColor(new Color(0xB0, 0xB8, 0xC4));
    content.setLineWidth(0.5f);
    content.moveTo(flow.left(), y - 14);
    content.lineTo(flow.right(), y - 14);
    content.stroke();
    flow.advance(19);
  }

  /**
   * A tile of key figures at the cursor row: a caption, a big value and up to two lines of detail.
   */
  void tile(
      float x,
      float top,
      float width,
      float height,
      String caption,
      String value,
      Color valueColor,
      List<String> details)
      throws IOException {
    fill(x, top - height, width, height, TILE);
    float inner = width - 12;
    fitted(caption, x + 6, top - 13, inner, 8.5f, 6.5f, GREY, false);
    fitted(value, x + 6, top - 38, inner, 20, 11, valueColor, true);
    float baseline = top - 53;
    for (String detail : details) {
      if (baseline < top - height + 5) {
        break;
      }
      fitted(detail, x + 6, baseline, inner, 8, 6, TEXT, false);
      baseline -= 11;
    }
  }

  /** Draws a themed chart with its lower left corner at ({@code x}, {@code bottom}). */
  void chart(JFreeChart chart, float x, float bottom, float width, float height)
      throws IOException {
    ChartDrawing.drawIntoPdf(
        chart,
        flow.document(),
        flow.content(),
        theme.font(),
        flow.font(),
        x,
        bottom,
        width,
        height);
  }

  /**
   * Wrapped lines of {@code text} from the cursor, at most {@code maxHeight} high; returns false
   * when the text had to be cut (the last line then ends with an ellipsis).
   */
  boolean paragraph(String text, float size, Color color, float indent, float maxHeight)
      throws IOException {
    float lineHeight = size * 1.55f;
    List<String> lines = TextWrap.wrap(flow, text, size, flow.width() - indent);
    int fit = (int) Math.floor(maxHeight / lineHeight);
    boolean complete = lines.size() <= fit;
    for (int i = 0; i < Math.min(fit, lines.size()); i++) {
      String line = lines.get(i);
      if (!complete && i == fit - 1) {
        line = TextWrap.shorten(flow, line + "……", size, flow.width() - indent);
      }
      flow.text(line, flow.left() + indent, flow.y() - size * 1.1f, size, color, false);
      flow.advance(lineHeight);
    }
    return complete;
  }
}
