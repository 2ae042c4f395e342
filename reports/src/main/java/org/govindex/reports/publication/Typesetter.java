package org.govindex.reports.publication;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.govindex.contract.Messages;
import org.govindex.reports.chart.ChartDrawing;
import org.govindex.reports.chart.ChartFiles;
import org.govindex.reports.chart.GovindexChartTheme;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.TextWrap;
import org.jfree.chart.JFreeChart;

/**
 * Flowing text blocks of the annual report on a {@link PageFlow}: headings, wrapped paragraphs,
 * label/value lines, notes and charts (drawn as vectors and, when named, also written as PNG and
 * SVG files for the publication team). Texts never overflow the content box: they wrap, or shrink
 * and then shorten when they must stay on one line.
 */
final class Typesetter {

  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color GREY = new Color(0x66, 0x66, 0x66);
  static final Color ACCENT = GovindexChartTheme.PRIMARY;
  static final Color WARNING = new Color(0xB7, 0x1C, 0x1C);

  static final float BODY_SIZE = 9.5f;
  private static final float SECTION_SIZE = 16f;
  private static final float SUBHEADING_SIZE = 11.5f;

  private final PageFlow flow;
  private final GovindexChartTheme theme;
  private final Path chartsDir;

  /**
   * Writes the chart files in the background while the pages are laid out (a 300 dpi PNG takes
   * about as long as laying out a page); {@link #awaitChartFiles} waits for them.
   */
  private final java.util.concurrent.ExecutorService chartWriter =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "chart-files");
            thread.setDaemon(true);
            return thread;
          });

  private final List<java.util.concurrent.Future<?>> chartFiles = new java.util.ArrayList<>();

  /**
   * @param chartsDir where named charts are written as PNG and SVG; null to write none
   */
  Typesetter(PageFlow flow, GovindexChartTheme theme, Path chartsDir) {
    this.flow = flow;
    this.theme = theme;
    this.chartsDir = chartsDir;
  }

  PageFlow flow() {
    return flow;
  }

  GovindexChartTheme theme() {
    return theme;
  }

  /** The section title at the top of the current page. */
  void sectionTitle(String title) throws IOException {
    float y = flow.y();
    flow.text(title, flow.left(), y - SECTION_SIZE, SECTION_SIZE, ACCENT, true);
    PDPageContentStream content = flow.content();
    content.setStrokingColor(ACCENT);
    content.setLineWidth(1.2f);
    content.moveTo(flow.left(), y - SECTION_SIZE - 8);
    content.lineTo(flow.right(), y - SECTION_SIZE - 8);
    content.stroke();
    flow.advance(SECTION_SIZE + 22);
  }

  /** A subheading, kept together with at least {@code following} points of what follows. */
  void subheading(String text, float following) throws IOException {
    flow.ensureSpace(SUBHEADING_SIZE * 2.4f + following);
    flow.advance(4);
    flow.text(
        TextWrap.shorten(flow, text, SUBHEADING_SIZE, flow.width()),
        flow.left(),
        flow.y() - SUBHEADING_SIZE,
        SUBHEADING_SIZE,
        TEXT,
        true);
    flow.advance(SUBHEADING_SIZE * 2f);
  }

  /** A wrapped paragraph in body text. */
  void paragraph(String text) throws IOException {
    paragraph(text, BODY_SIZE, TEXT, 0);
  }

  /** A wrapped note in small grey text. */
  void note(String text) throws IOException {
    paragraph(text, 8.5f, GREY, 0);
  }

  /** A wrapped paragraph, indented by {@code indent} points. */
  void paragraph(String text, float size, Color color, float indent) throws IOException {
    float lineHeight = size * 1.65f;
    List<String> lines = TextWrap.wrap(flow, text, size, flow.width() - indent);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      // no orphan: a paragraph of up to 3 lines stays together, a longer one starts with at least
      // 2 lines on the page and never leaves its last line alone on the next page
      int together =
          lines.size() <= 3
              ? (i == 0 ? lines.size() : 1)
              : (i == 0 || i == lines.size() - 2 ? 2 : 1);
      flow.ensureSpace(lineHeight * together);
      flow.text(line, flow.left() + indent, flow.y() - size * 1.1f, size, color, false);
      flow.advance(lineHeight);
    }
    flow.advance(size * 0.5f);
  }

  /**
   * Label/value lines: the label in grey in a column of {@code labelWidth} points, the value
   * wrapped in the rest of the width.
   */
  void keyValues(List<String[]> lines, float labelWidth) throws IOException {
    float size = BODY_SIZE;
    float lineHeight = size * 1.7f;
    for (String[] line : lines) {
      List<String> valueLines = TextWrap.wrap(flow, line[1], size, flow.width() - labelWidth - 8);
      flow.ensureSpace(lineHeight * Math.min(valueLines.size(), 3));
      float labelSize = TextWrap.fitSize(flow, line[0], size, 6.5f, labelWidth - 12);
      flow.text(
          TextWrap.shorten(flow, line[0], labelSize, labelWidth - 12),
          flow.left() + 8,
          flow.y() - size * 1.1f,
          labelSize,
          GREY,
          false);
      for (String valueLine : valueLines) {
        flow.ensureSpace(lineHeight);
        flow.text(valueLine, flow.left() + labelWidth, flow.y() - size * 1.1f, size, TEXT, false);
        flow.advance(lineHeight);
      }
      if (valueLines.isEmpty()) {
        flow.advance(lineHeight);
      }
    }
    flow.advance(6);
  }

  /**
   * Draws a themed chart across the text width at the cursor (on a new page when it does not fit)
   * and, when {@code baseName} is not null, writes it as {@code <baseName>.png/.svg}.
   */
  void chart(JFreeChart chart, float height, String baseName) throws IOException {
    float drawn = Math.min(height, PageFlow.pageBodyHeight() - 10);
    flow.ensureSpace(drawn);
    ChartDrawing.drawIntoPdf(
        chart,
        flow.document(),
        flow.content(),
        theme.font(),
        flow.font(),
        flow.left(),
        flow.y() - drawn,
        flow.width(),
        drawn);
    flow.advance(drawn + 10);
    if (baseName != null && chartsDir != null) {
      // the chart is not drawn again on the pages: the background thread has it to itself
      int pixelsWide = Math.round(flow.width());
      int pixelsHigh = Math.round(drawn);
      chartFiles.add(
          chartWriter.submit(
              () -> ChartFiles.write(chart, chartsDir, baseName, pixelsWide, pixelsHigh)));
    }
  }

  /** One bold line, shrunk then shortened to fit, indented by {@code indent} points. */
  void boldLine(String text, float size, float indent) throws IOException {
    float width = flow.width() - indent;
    float fitted = TextWrap.fitSize(flow, text, size, size * 0.8f, width);
    flow.ensureSpace(size * 1.8f + 12);
    flow.text(
        TextWrap.shorten(flow, text, fitted, width),
        flow.left() + indent,
        flow.y() - size * 1.1f,
        fitted,
        TEXT,
        true);
    flow.advance(size * 1.7f);
  }

  /** Waits until every chart file is written; rethrows the first failure. */
  void awaitChartFiles() throws IOException {
    try {
      for (java.util.concurrent.Future<?> file : chartFiles) {
        file.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(Messages.text("reports.chart.interrupted"), e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(e.getCause());
    } finally {
      chartWriter.shutdownNow();
    }
  }

  /** Vertical space. */
  void space(float points) throws IOException {
    flow.advance(points);
  }
}
