package org.govindex.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A table drawn across as many pages as it needs: one line per row, never split, the header row
 * repeated at the top of every page, alternate rows shaded. A cell text too wide for its column is
 * first set smaller (down to {@value #MIN_SHRINK} of the size, at least {@value #MIN_FONT_SIZE}
 * pt), then shortened with an ellipsis at the end or start ({@link TableColumn.Overflow}).
 */
public final class PdfTable {

  static final float MIN_FONT_SIZE = 6f;

  /** A cell text is set at least at this share of the table's font size. */
  static final float MIN_SHRINK = 0.8f;

  private static final float PADDING = 3f;
  private static final float ROW_HEIGHT_FACTOR = 1.9f;
  private static final Color HEADER_BACKGROUND = new Color(0xDD, 0xE5, 0xF0);
  private static final Color STRIPE = new Color(0xF5, 0xF7, 0xFA);
  private static final Color RULE = new Color(0xB0, 0xB8, 0xC4);
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED_TEXT = new Color(0x80, 0x80, 0x80);
  private static final String ELLIPSIS = "…";

  private final List<TableColumn> columns;
  private final float fontSize;

  public PdfTable(List<TableColumn> columns, float fontSize) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table without columns");
    }
    this.columns = List.copyOf(columns);
    this.fontSize = fontSize;
  }

  /** Smallest size a too-wide cell text is set in before it is shortened. */
  float minFontSize() {
    return Math.max(MIN_FONT_SIZE, fontSize * MIN_SHRINK);
  }

  /** Height of one row in points. */
  public float rowHeight() {
    return fontSize * ROW_HEIGHT_FACTOR;
  }

  /** Draws the header and all rows at the cursor of {@code flow}, adding pages as needed. */
  public void draw(PageFlow flow, List<TableRow> rows) throws IOException {
    float[] widths = widths(flow.width());
    flow.ensureSpace(2 * rowHeight());
    drawHeader(flow, widths);
    int stripe = 0;
    for (TableRow row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "row with " + row.cells().size() + " cells in a table of " + columns.size());
      }
      if (!flow.fits(rowHeight())) {
        flow.newPage();
        drawHeader(flow, widths);
        stripe = 0;
      }
      drawRow(flow, widths, row, stripe++ % 2 == 1);
    }
    rule(flow, flow.y());
  }

  private float[] widths(float total) {
    float sum = 0;
    for (TableColumn column : columns) {
      sum += column.weight();
    }
    float[] widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = total * columns.get(i).weight() / sum;
    }
    return widths;
  }

  private void drawHeader(PageFlow flow, float[] widths) throws IOException {
    float top = flow.y();
    fill(flow, top, HEADER_BACKGROUND);
    rule(flow, top);
    List<String> headers = columns.stream().map(TableColumn::header).toList();
    drawCells(flow, widths, headers, top, TEXT, true);
    flow.advance(rowHeight());
    rule(flow, flow.y());
  }

  private void drawRow(PageFlow flow, float[] widths, TableRow row, boolean shaded)
      throws IOException {
    float top = flow.y();
    if (shaded) {
      fill(flow, top, STRIPE);
    }
    drawCells(flow, widths, row.cells(), top, row.muted() ? MUTED_TEXT : TEXT, false);
    flow.advance(rowHeight());
  }

  private void drawCells(
      PageFlow flow, float[] widths, List<String> texts, float top, Color color, boolean bold)
      throws IOException {
    float x = flow.left();
    for (int i = 0; i < columns.size(); i++) {
      TableColumn column = columns.get(i);
      float available = widths[i] - 2 * PADDING;
      String text = flow.displayable(DisplayFormat.text(texts.get(i)));
      float size = fontSize;
      float width = flow.textWidth(text, size);
      if (width > available) {
        size = Math.max(minFontSize(), size * available / width);
        width = flow.textWidth(text, size);
        if (width > available) {
          text = shorten(flow, text, size, available, column.overflow());
          width = flow.textWidth(text, size);
        }
      }
      float textX =
          switch (column.align()) {
            case LEFT -> x + PADDING;
            case RIGHT -> x + widths[i] - PADDING - width;
            case CENTER -> x + (widths[i] - width) / 2;
          };
      float baseline = top - rowHeight() / 2 - size * 0.35f;
      flow.text(text, textX, baseline, size, color, bold);
      x += widths[i];
    }
  }

  /** The longest prefix (or suffix) of {@code text} that fits with an ellipsis. */
  private static String shorten(
      PageFlow flow, String text, float size, float available, TableColumn.Overflow overflow)
      throws IOException {
    int[] codePoints = text.codePoints().toArray();
    for (int keep = codePoints.length - 1; keep > 0; keep--) {
      String candidate =
          overflow == TableColumn.Overflow.CUT_END
              ? new String(codePoints, 0, keep) + ELLIPSIS
              : ELLIPSIS + new String(codePoints, codePoints.length - keep, keep);
      if (flow.textWidth(candidate, size) <= available) {
        return candidate;
      }
    }
    return ELLIPSIS;
  }

  private void fill(PageFlow flow, float top, Color color) throws IOException {
    PDPageContentStream content = flow.content();
    content.setNonStrokingColor(color);
    content.addRect(flow.left(), top - rowHeight(), flow.width(), rowHeight());
    content.fill();
  }

  private static void rule(PageFlow flow, float y) throws IOException {
    PDPageContentStream content = flow.content();
    content.setStrokingColor(RULE);
    content.setLineWidth(0.5f);
    content.moveTo(flow.left(), y);
    content.lineTo(flow.right(), y);
    content.stroke();
  }
}
