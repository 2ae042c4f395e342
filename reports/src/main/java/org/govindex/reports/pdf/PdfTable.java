package org.govindex.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A table drawn across as many pages as it needs: one line per row, never split, the header
 * repeated at the top of every page, alternate rows shaded, a rule above each page break. A header
 * too wide for its column is never shrunk or cut: it is set on two (at most {@value
 * #MAX_HEADER_LINES}) lines, broken at a {@code \n} in the header text or else into lines of about
 * equal length. Cells stay on one line; a too-wide cell is set smaller (to {@value #MIN_SHRINK} of
 * the size, at least {@value #MIN_FONT_SIZE} pt) and shortened with an ellipsis at the end or start
 * ({@link TableColumn.Overflow}) only as the last resort.
 */
public final class PdfTable {

  static final int MAX_HEADER_LINES = 3;

  /** A cell left empty on purpose (a blank or null cell shows the missing-value dash). */
  public static final String BLANK = "\u0000blank";

  static final float MIN_FONT_SIZE = 6f;

  /** A cell text is set at least at this share of the table's font size. */
  static final float MIN_SHRINK = 0.8f;

  private static final float PADDING = 3f;
  private static final float ROW_HEIGHT_FACTOR = 1.9f;
  private static final float HEADER_LINE_FACTOR = 1.2f;
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

  /** Height of one row in points. */
  public float rowHeight() {
    return fontSize * ROW_HEIGHT_FACTOR;
  }

  /** Draws the header and all rows at the cursor of {@code flow}, adding pages as needed. */
  public void draw(PageFlow flow, List<TableRow> rows) throws IOException {
    float[] widths = widths(flow.width());
    Header header = header(flow, widths);
    flow.ensureSpace(header.height() + 2 * rowHeight());
    drawHeader(flow, widths, header);
    int stripe = 0;
    for (TableRow row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "row with " + row.cells().size() + " cells in a table of " + columns.size());
      }
      if (!flow.fits(rowHeight())) {
        rule(flow, flow.y());
        flow.newPage();
        drawHeader(flow, widths, header);
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

  /** The header lines of every column and the header's height. */
  private record Header(List<List<String>> lines, float height) {}

  private Header header(PageFlow flow, float[] widths) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    int most = 1;
    for (int i = 0; i < columns.size(); i++) {
      List<String> columnLines =
          headerLines(flow, columns.get(i).header(), fontSize, widths[i] - 2 * PADDING);
      lines.add(columnLines);
      most = Math.max(most, columnLines.size());
    }
    float height = rowHeight() + (most - 1) * fontSize * HEADER_LINE_FACTOR;
    return new Header(lines, height);
  }

  /**
   * {@code header} on the fewest lines of about equal length that fit {@code width} at {@code size}
   * (explicit {@code \n} breaks are kept), at most {@value #MAX_HEADER_LINES} lines.
   */
  private static List<String> headerLines(PageFlow flow, String header, float size, float width)
      throws IOException {
    if (BLANK.equals(header)) {
      return List.of();
    }
    String raw = DisplayFormat.text(header);
    if (raw.contains("\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : raw.split("\n")) {
        lines.add(flow.displayable(line));
      }
      return lines;
    }
    String text = flow.displayable(raw);
    if (flow.textWidth(text, size) <= width) {
      return List.of(text);
    }
    int[] codePoints = text.codePoints().toArray();
    for (int count = 2; count <= MAX_HEADER_LINES; count++) {
      List<String> lines = new ArrayList<>();
      boolean fits = true;
      int from = 0;
      for (int line = 0; line < count && from < codePoints.length; line++) {
        int remaining = count - line;
        int length = (codePoints.length - from + remaining - 1) / remaining;
        String part = new String(codePoints, from, length);
        fits &= flow.textWidth(part, size) <= width;
        lines.add(part);
        from += length;
      }
      if (fits || count == MAX_HEADER_LINES) {
        return lines;
      }
    }
    return List.of(text);
  }

  private void drawHeader(PageFlow flow, float[] widths, Header header) throws IOException {
    float top = flow.y();
    fill(flow, top, header.height(), HEADER_BACKGROUND);
    rule(flow, top);
    float x = flow.left();
    float lineHeight = fontSize * HEADER_LINE_FACTOR;
    for (int i = 0; i < columns.size(); i++) {
      List<String> lines = header.lines().get(i);
      float block = (lines.size() - 1) * lineHeight;
      float first = top - header.height() / 2 + block / 2 - fontSize * 0.35f;
      for (int line = 0; line < lines.size(); line++) {
        placeText(
            flow,
            columns.get(i),
            x,
            widths[i],
            lines.get(line),
            first - line * lineHeight,
            TEXT,
            true);
      }
      x += widths[i];
    }
    flow.advance(header.height());
    rule(flow, flow.y());
  }

  private void drawRow(PageFlow flow, float[] widths, TableRow row, boolean shaded)
      throws IOException {
    float top = flow.y();
    if (shaded) {
      fill(flow, top, rowHeight(), STRIPE);
    }
    float x = flow.left();
    for (int i = 0; i < columns.size(); i++) {
      if (BLANK.equals(row.cells().get(i))) {
        x += widths[i];
        continue;
      }
      placeText(
          flow,
          columns.get(i),
          x,
          widths[i],
          flow.displayable(DisplayFormat.text(row.cells().get(i))),
          top - rowHeight() / 2 - fontSize * 0.35f,
          row.muted() ? MUTED_TEXT : TEXT,
          false);
      x += widths[i];
    }
    flow.advance(rowHeight());
  }

  /** One line of a cell: shrunk, then shortened, to the column; aligned as the column says. */
  private void placeText(
      PageFlow flow,
      TableColumn column,
      float x,
      float columnWidth,
      String text,
      float baseline,
      Color color,
      boolean bold)
      throws IOException {
    float available = columnWidth - 2 * PADDING;
    float size = fontSize;
    float width = flow.textWidth(text, size);
    if (width > available) {
      size = Math.max(Math.max(MIN_FONT_SIZE, fontSize * MIN_SHRINK), size * available / width);
      width = flow.textWidth(text, size);
      if (width > available) {
        text = shorten(flow, text, size, available, column.overflow());
        width = flow.textWidth(text, size);
      }
    }
    float textX =
        switch (column.align()) {
          case LEFT -> x + PADDING;
          case RIGHT -> x + columnWidth - PADDING - width;
          case CENTER -> x + (columnWidth - width) / 2;
        };
    flow.text(text, textX, baseline + (fontSize - size) * 0.35f, size, color, bold);
  }

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

  private static void fill(PageFlow flow, float top, float height, Color color) throws IOException {
    PDPageContentStream content = flow.content();
    content.setNonStrokingColor(color);
    content.addRect(flow.left(), top - height, flow.width(), height);
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
