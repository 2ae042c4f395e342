package org.govindex.reports.appraisal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govindex.reports.AtomicFileWriter;
import org.govindex.reports.ReportException;
import org.govindex.reports.ReportRenderingException;
import org.govindex.reports.chart.ChartDrawing;
import org.govindex.reports.chart.GovindexChartTheme;
import org.govindex.reports.chart.ScoreBarDataset;
import org.govindex.reports.chart.StreetScoreChart;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.fonts.CjkFontLocator;
import org.govindex.reports.model.AppraisalReportData;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.model.UnitScore;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.PageNumbering;
import org.govindex.reports.pdf.PdfTable;
import org.govindex.reports.pdf.TableColumn;
import org.govindex.reports.pdf.TableRow;
import org.govindex.reports.pdf.ToUnicodeRepair;
import org.jfree.chart.JFreeChart;

/**
 * Renders the appraisal report: an A4 PDF in Chinese with key numbers, a chart of street subjective
 * scores with 95% intervals, the community ranking table and the data-quality table of the input
 * files. The CJK font is embedded as a subset; the file is written atomically.
 */
public final class AppraisalReportRenderer {

  /** At most this many bars per chart; more streets get several charts. */
  static final int MAX_BARS_PER_CHART = 40;

  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color GREY = new Color(0x66, 0x66, 0x66);
  private static final float BODY_SIZE = 10f;
  private static final float HEADING_SIZE = 13f;

  /** Characters that never start a line. */
  private static final String NO_LINE_START = "。，、；：？！）》」』”’.,;:?!)";

  private static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");

  private final CjkFont font;
  private final GovindexChartTheme theme;

  /** A renderer that sets all text, in the PDF and in charts, in {@code font}. */
  public AppraisalReportRenderer(CjkFont font) {
    this.font = Objects.requireNonNull(font, "font");
    this.theme = new GovindexChartTheme(font);
  }

  /** A renderer with the font of {@link CjkFontLocator#defaultFont()}. */
  public static AppraisalReportRenderer withDefaultFont() {
    return new AppraisalReportRenderer(CjkFontLocator.defaultFont());
  }

  /** The report title for a period, e.g. {@code 2026年度社区居民满意度测评报告}. */
  public static String title(String period) {
    return period + "年度社区居民满意度测评报告";
  }

  /**
   * Writes the report of {@code data} to {@code pdf} (atomically: a complete new file or the old
   * one).
   *
   * @throws ReportRenderingException when the report cannot be rendered or written
   */
  public void render(AppraisalReportData data, Path pdf) {
    try {
      AtomicFileWriter.write(
          pdf,
          out -> {
            try (PDDocument document = new PDDocument()) {
              compose(document, data);
              ToUnicodeRepair.save(document, font, out);
            }
          });
    } catch (ReportException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ReportRenderingException(pdf, e);
    }
  }

  private void compose(PDDocument document, AppraisalReportData data) throws IOException {
    PDType0Font pdfFont = font.loadInto(document);
    describe(document, data);
    try (PageFlow flow = new PageFlow(document, font, pdfFont, title(data.period()))) {
      titleBlock(flow, data);
      keyFigures(flow, KeyFigures.of(data));
      streetChart(flow, pdfFont, data.streets());
      communityTable(flow, data.communities());
      dataQuality(flow, data.inputs());
      notes(flow);
    }
    PageNumbering.stamp(document, pdfFont);
  }

  private void describe(PDDocument document, AppraisalReportData data) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title(data.period()));
    info.setCreator("govindex");
    info.setProducer("govindex reports (Apache PDFBox)");
    try {
      LocalDate runDate = LocalDate.parse(data.runDate());
      info.setCreationDate(GregorianCalendar.from(runDate.atStartOfDay(REPORT_ZONE)));
    } catch (DateTimeParseException e) {
      // no creation date rather than the wall clock: the same inputs give the same file
    }
  }

  private void titleBlock(PageFlow flow, AppraisalReportData data) throws IOException {
    flow.advance(30);
    flow.textCentered(title(data.period()), flow.y() - 20, 20, TEXT, true);
    flow.advance(44);
    flow.textCentered(
        "测评期：" + data.period() + "年　　生成日期：" + data.runDate(), flow.y() - 10, 10, GREY, false);
    flow.advance(24);
    rule(flow);
    flow.advance(14);
  }

  private void keyFigures(PageFlow flow, KeyFigures figures) throws IOException {
    heading(flow, "一、主要数据");
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "参评社区",
          figures.communities()
              + " 个（参与排名 "
              + figures.rankedCommunities()
              + " 个，样本不足 "
              + figures.insufficientCommunities()
              + " 个）"
        });
    lines.add(new String[] {"参评街道", figures.streets() + " 个"});
    lines.add(new String[] {"社区有效问卷", DisplayFormat.count(figures.validResponses()) + " 份"});
    lines.add(
        new String[] {
          "社区满意度得分",
          figures.scoredCommunities() == 0
              ? DisplayFormat.MISSING
              : "中位数 "
                  + DisplayFormat.score(figures.medianScore())
                  + "，最低 "
                  + DisplayFormat.score(figures.minScore())
                  + "，最高 "
                  + DisplayFormat.score(figures.maxScore())
                  + "（有得分社区 "
                  + figures.scoredCommunities()
                  + " 个）"
        });
    lines.add(
        new String[] {
          "输入数据",
          figures.inputFiles()
              + " 个文件，读取 "
              + DisplayFormat.count(figures.rowsRead())
              + " 行，接受 "
              + DisplayFormat.count(figures.rowsAccepted())
              + " 行，拒绝 "
              + DisplayFormat.count(figures.rowsRejected())
              + " 行"
        });
    float lineHeight = BODY_SIZE * 1.9f;
    for (String[] line : lines) {
      flow.ensureSpace(lineHeight);
      float baseline = flow.y() - lineHeight + BODY_SIZE * 0.55f;
      flow.text(line[0], flow.left() + 8, baseline, BODY_SIZE, GREY, false);
      flow.text(line[1], flow.left() + 110, baseline, BODY_SIZE, TEXT, false);
      flow.advance(lineHeight);
    }
    flow.advance(12);
  }

  private void streetChart(PageFlow flow, PDType0Font pdfFont, List<UnitScore> streets)
      throws IOException {
    heading(flow, "二、各街道满意度得分");
    ScoreBarDataset all = StreetScoreChart.createDataset(streets);
    int bars = all.getColumnCount();
    if (bars == 0) {
      paragraph(flow, "本期没有街道得到满意度得分。");
    }
    int parts = (bars + MAX_BARS_PER_CHART - 1) / MAX_BARS_PER_CHART;
    List<UnitScore> ordered =
        streets.stream()
            .filter(street -> street.subjectiveScore() != null)
            .sorted(
                Comparator.comparing(UnitScore::subjectiveScore)
                    .reversed()
                    .thenComparing(UnitScore::code))
            .toList();
    for (int part = 0; part < parts; part++) {
      List<UnitScore> chunk =
          ordered.subList(
              part * MAX_BARS_PER_CHART, Math.min(bars, (part + 1) * MAX_BARS_PER_CHART));
      String chartTitle = parts == 1 ? "街道满意度得分" : "街道满意度得分（" + (part + 1) + "/" + parts + "）";
      JFreeChart chart =
          StreetScoreChart.createChart(StreetScoreChart.createDataset(chunk), chartTitle);
      theme.apply(chart);
      float height = (float) StreetScoreChart.heightFor(chunk.size());
      flow.ensureSpace(height);
      ChartDrawing.drawIntoPdf(
          chart,
          flow.document(),
          flow.content(),
          font,
          pdfFont,
          flow.left(),
          flow.y() - height,
          flow.width(),
          height);
      flow.advance(height + 8);
    }
    List<String> unscored =
        streets.stream().filter(s -> s.subjectiveScore() == null).map(UnitScore::name).toList();
    if (!unscored.isEmpty()) {
      paragraph(flow, "无满意度得分的街道：" + String.join("、", unscored) + "。");
    }
    flow.advance(8);
  }

  private void communityTable(PageFlow flow, List<UnitScore> communities) throws IOException {
    heading(flow, "三、社区满意度得分排名");
    PdfTable table =
        new PdfTable(
            List.of(
                TableColumn.centered("排名", 3.2f),
                TableColumn.text("社区", 10f),
                TableColumn.text("所属街道", 8.5f),
                TableColumn.number("满意度得分", 5.6f),
                TableColumn.number("95%置信区间", 7.4f),
                TableColumn.number("有效样本", 4.6f),
                TableColumn.number("满意率", 4.8f),
                TableColumn.centered("等级", 4.4f),
                TableColumn.text("标记", 6.5f)),
            8.5f);
    List<TableRow> rows =
        sortedForRanking(communities).stream()
            .map(
                unit ->
                    new TableRow(
                        List.of(
                            DisplayFormat.rank(unit.rank()),
                            unit.name(),
                            DisplayFormat.text(unit.parentName()),
                            DisplayFormat.score(unit.subjectiveScore()),
                            DisplayFormat.interval(unit.ciLow(), unit.ciHigh()),
                            DisplayFormat.count(unit.nValid()),
                            DisplayFormat.percent(unit.satisfactionRate()),
                            DisplayFormat.text(unit.grade()),
                            FlagLabels.labels(unit.flags())),
                        unit.rank() == null))
            .toList();
    table.draw(flow, rows);
    flow.advance(6);
    boolean bySubjective =
        communities.stream().anyMatch(u -> u.flags().contains(FlagLabels.RANKED_BY_SUBJECTIVE));
    paragraph(
        flow, "注：样本不足的社区照常计算得分，但不参与排名，以灰色显示。" + (bySubjective ? "本期客观得分尚未计算，排名与等级按满意度得分确定。" : ""));
    flow.advance(8);
  }

  /** Ranked units by rank then code; after them unranked units by descending score, then code. */
  static List<UnitScore> sortedForRanking(List<UnitScore> units) {
    Comparator<UnitScore> ranked =
        Comparator.comparing(UnitScore::rank).thenComparing(UnitScore::code);
    Comparator<UnitScore> unranked =
        Comparator.comparing(
                UnitScore::subjectiveScore, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(UnitScore::code);
    List<UnitScore> out = new ArrayList<>();
    units.stream().filter(u -> u.rank() != null).sorted(ranked).forEach(out::add);
    units.stream().filter(u -> u.rank() == null).sorted(unranked).forEach(out::add);
    return out;
  }

  private void dataQuality(PageFlow flow, List<InputFileSummary> inputs) throws IOException {
    heading(flow, "四、数据质量");
    PdfTable table =
        new PdfTable(
            List.of(
                new TableColumn(
                    "输入文件", 16f, TableColumn.Align.LEFT, TableColumn.Overflow.CUT_START),
                TableColumn.number("读取行数", 4.5f),
                TableColumn.number("接受", 4.5f),
                TableColumn.number("拒绝", 4.5f),
                TableColumn.number("拒绝率", 4f),
                TableColumn.centered("核对", 3.5f)),
            8.5f);
    List<TableRow> rows =
        inputs.stream()
            .sorted(Comparator.comparing(InputFileSummary::path))
            .map(
                input ->
                    new TableRow(
                        List.of(
                            input.path(),
                            DisplayFormat.count(input.rowsRead()),
                            DisplayFormat.count(input.rowsAccepted()),
                            DisplayFormat.count(input.rowsRejected()),
                            DisplayFormat.percent(input.rejectedShare()),
                            input.balanced() ? "平衡" : "不平衡"),
                        false))
            .toList();
    table.draw(flow, rows);
    flow.advance(6);
    paragraph(flow, "核对：每个文件的读取行数应等于接受行数与拒绝行数之和；被拒绝的行及原因见 rejects.csv。");
    flow.advance(8);
  }

  private void notes(PageFlow flow) throws IOException {
    heading(flow, "说明");
    paragraph(
        flow,
        "满意度得分为 0-100 分，满意率为表示满意（含基本满意）的回答占全部计分回答的比例；"
            + "置信区间为对受访者重抽样的自助法 95% 区间。表中数值仅在显示时四舍五入保留 1 位小数，"
            + "数据表保留完整精度。");
  }

  private void heading(PageFlow flow, String text) throws IOException {
    flow.ensureSpace(HEADING_SIZE * 2.2f + 60);
    flow.text(text, flow.left(), flow.y() - HEADING_SIZE, HEADING_SIZE, TEXT, true);
    flow.advance(HEADING_SIZE * 2.2f);
  }

  private void paragraph(PageFlow flow, String text) throws IOException {
    float size = 9f;
    float lineHeight = size * 1.7f;
    for (String line : wrap(flow, text, size, flow.width())) {
      flow.ensureSpace(lineHeight);
      flow.text(line, flow.left(), flow.y() - size, size, GREY, false);
      flow.advance(lineHeight);
    }
  }

  /**
   * Breaks a text into lines of at most {@code width} points, between any two characters except
   * before closing punctuation, which hangs at the end of the line instead (Chinese line-breaking
   * rule).
   */
  static List<String> wrap(PageFlow flow, String text, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int[] codePoints = flow.displayable(text).codePoints().toArray();
    for (int codePoint : codePoints) {
      String candidate = line + new String(Character.toChars(codePoint));
      boolean hangs = NO_LINE_START.indexOf(codePoint) >= 0;
      if (line.length() > 0 && !hangs && flow.textWidth(candidate, size) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.appendCodePoint(codePoint);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static void rule(PageFlow flow) throws IOException {
    var content = flow.content();
    content.setStrokingColor(new Color(0xB0, 0xB8, 0xC4));
    content.setLineWidth(0.8f);
    content.moveTo(flow.left(), flow.y());
    content.lineTo(flow.right(), flow.y());
    content.stroke();
  }
}
