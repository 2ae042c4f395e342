package org.govindex.reports.publication;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Flag;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.chart.ContributionChart;
import org.govindex.reports.chart.GovindexChartTheme;
import org.govindex.reports.chart.IndexTrendChart;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.tables.AppraisalRow;
import org.govindex.reports.tables.ContributionRow;
import org.govindex.reports.tables.DepartmentStreetCell;
import org.govindex.reports.tables.InnovationRow;
import org.govindex.reports.tables.SatisfactionItemRow;
import org.govindex.reports.tables.StreetRatingGivenRow;
import org.jfree.chart.JFreeChart;

/**
 * One scorecard page of a community or street: header, key figures (T, grade, rank, S with its
 * interval and sample, O, weights), the parts of T, the survey score S question by question against
 * the level mean, the indicators against the level mean, strengths and weaknesses, trend (and for
 * communities the innovation index by year, for streets the two-way rating), flags explained.
 * Small-sample units are marked prominently.
 */
final class UnitScorecard {

  /** At most this many indicators in the delta chart (the largest deviations). */
  static final int MAX_INDICATORS = 14;

  /** Height of one indicator bar in the delta chart, and of the chart's axes and title. */
  private static final float DELTA_ROW = 14;

  private static final float DELTA_FRAME = 34;

  /** Height of the strengths and weaknesses, their label included. */
  private static final float STRENGTHS = 19 + 14 + 22 * 3 + 6;

  /** Height of the innovation mini-chart beside the trend lines, and of one trend line. */
  private static final float TREND_CHART = 92;

  private static final float TREND_LINE = 12.5f;

  private static final int MAX_TREND_LINES = 7;

  /** Survey questions side by side in the breakdown of S. */
  static final int QUESTIONS_PER_LINE = 3;

  private static final Color GOOD = ContributionChart.BETTER;
  private static final Color BAD = ContributionChart.WORSE;

  private final CardCanvas canvas;
  private final GovindexChartTheme theme;
  private final PublicationData data;

  UnitScorecard(CardCanvas canvas, GovindexChartTheme theme, PublicationData data) {
    this.canvas = canvas;
    this.theme = theme;
    this.data = data;
  }

  /** Draws the page of {@code unit} on the current (fresh) page of the flow. */
  void draw(AppraisalRow unit, long rankedUnits) throws IOException {
    PageFlow flow = canvas.flow();
    header(flow, unit);
    if (unit.insufficientSample()) {
      smallSampleBanner(flow, unit);
    }
    keyFigures(flow, unit, rankedUnits);
    List<ContributionRow> rows = data.contributions(unit.level(), unit.unitCode());
    parts(flow, unit, rows);
    questions(flow, unit);
    List<ContributionRow> indicators =
        rows.stream().filter(r -> !r.isPart() && r.deltaToMean() != null).toList();
    List<String> trendLines = trendLines(unit);
    boolean trendChart = hasInnovationChart(unit);
    deltas(flow, indicators, STRENGTHS + trendHeight(trendLines, trendChart));
    strengths(flow, indicators);
    trend(flow, unit, trendLines, trendChart);
    flags(flow, unit);
  }

  private void header(PageFlow flow, AppraisalRow unit) throws IOException {
    float top = flow.y() + 20;
    float height = 64;
    canvas.fill(flow.left(), top - height, flow.width(), height, CardCanvas.BAND);
    String level = unit.level().label();
    canvas.fitted(
        level + "考评记分卡 · " + data.period() + " 年度",
        flow.left() + 8,
        top - 14,
        flow.width() - 16,
        8.5f,
        7,
        CardCanvas.GREY,
        false);
    canvas.fitted(
        unit.unitName(),
        flow.left() + 8,
        top - 38,
        flow.width() - 16,
        20,
        11,
        CardCanvas.TEXT,
        true);
    String parent = unit.level() == UnitLevel.COMMUNITY ? "所属街道 " : "所属区 ";
    String line =
        "代码 "
            + unit.unitCode()
            + "　｜　"
            + parent
            + DisplayFormat.text(unit.parentName())
            + (unit.districtType() == null ? "" : "　｜　" + unit.districtType());
    canvas.fitted(
        line, flow.left() + 8, top - 55, flow.width() - 16, 9, 6.5f, CardCanvas.GREY, false);
    flow.advance(height - 20 + 10);
  }

  private void smallSampleBanner(PageFlow flow, AppraisalRow unit) throws IOException {
    float top = flow.y();
    canvas.fill(flow.left(), top - 24, flow.width(), 24, CardCanvas.WARNING_BACKGROUND);
    Integer minimum = data.methodology().minimumSample(unit.level());
    String text =
        "样本不足：有效问卷 "
            + unit.nValid()
            + " 份"
            + (minimum == null ? "" : "，低于最低样本 " + minimum + " 份")
            + "。得分仅供参考，不参与排名。";
    canvas.fitted(text, flow.left() + 8, top - 16, flow.width() - 16, 10.5f, 7, BAD, true);
    flow.advance(30);
  }

  private void keyFigures(PageFlow flow, AppraisalRow unit, long rankedUnits) throws IOException {
    float top = flow.y();
    float gap = 6;
    float unit4 = (flow.width() - 3 * gap) / 4;
    // the rank tile is wider: it carries the rank and its interval
    float[] widths = {unit4 * 0.85f, unit4 * 1.35f, unit4 * 1.0f, unit4 * 0.8f};
    float height = 84;
    float x = flow.left();
    canvas.tile(
        x,
        top,
        widths[0],
        height,
        "总分",
        DisplayFormat.score(unit.totalScore()),
        CardCanvas.TEXT,
        List.of("等级：" + DisplayFormat.text(unit.grade())));
    x += widths[0] + gap;
    String rank = unit.rank() == null ? "不参与排名" : "第 " + unit.rank() + " 名 / " + rankedUnits;
    canvas.tile(x, top, widths[1], height, "排名（按总分）", rank, CardCanvas.TEXT, rankDetails(unit));
    x += widths[1] + gap;
    canvas.tile(
        x,
        top,
        widths[2],
        height,
        "群众主观评价",
        DisplayFormat.score(unit.subjectiveScore()),
        CardCanvas.TEXT,
        List.of(
            "95%区间 " + DisplayFormat.interval(unit.ciLow(), unit.ciHigh()),
            "有效问卷 "
                + DisplayFormat.count(unit.nValid())
                + " 份，满意率 "
                + DisplayFormat.percent(unit.satisfactionRate())));
    x += widths[2] + gap;
    double w = unit.subjectiveWeight();
    canvas.tile(
        x,
        top,
        widths[3],
        height,
        "客观指标",
        DisplayFormat.score(unit.objectiveScore()),
        CardCanvas.TEXT,
        List.of("权重：主观 " + Formats.weightPercent(w) + "，客观 " + Formats.weightPercent(1 - w)));
    flow.advance(height + 10);
  }

  /**
   * The lines under the rank: the 95% bootstrap interval of the appraisal rank ({@code
   * rank_low}..{@code rank_high}) when the table has it.
   */
  static List<String> rankDetails(AppraisalRow unit) {
    if (unit.rank() != null && unit.hasRankInterval()) {
      return List.of(
          "（95%区间 第 " + Formats.rankRange(unit.rankLow(), unit.rankHigh()) + " 名）",
          "区间重叠的单位排名差异不显著");
    }
    return List.of("主观评价的区间见右；区间重叠的单位差异不显著");
  }

  private InnovationRow currentInnovation(AppraisalRow unit) {
    return data.innovation(unit.level(), unit.unitCode()).stream()
        .filter(r -> r.period().equals(data.period()))
        .findFirst()
        .orElse(null);
  }

  private void parts(PageFlow flow, AppraisalRow unit, List<ContributionRow> rows)
      throws IOException {
    List<ContributionChart.Part> parts = new ArrayList<>();
    for (ContributionRow row : rows) {
      if (row.isPart()
          && row.contribution() != null
          && row.weight() != null
          && row.levelMean() != null) {
        parts.add(
            new ContributionChart.Part(
                row.componentName(), row.contribution(), row.weight() * row.levelMean()));
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    canvas.label("总分构成：T = w·S + (1 − w)·O（与同级平均单位对照）");
    float height = 80;
    JFreeChart chart =
        ContributionChart.applyTheme(
            ContributionChart.createPartsChart(
                ContributionChart.createPartsDataset(parts, "本" + unit.level().label(), "同级平均"),
                null),
            theme);
    canvas.chart(chart, flow.left(), flow.y() - height, flow.width(), height);
    flow.advance(height + 6);
  }

  /**
   * S broken down by question ({@code satisfaction_items}): each question's mean score with the
   * level mean beside it, in green above and red below the mean; a question nobody scored shows how
   * many answered 不了解.
   */
  private void questions(PageFlow flow, AppraisalRow unit) throws IOException {
    List<SatisfactionItemRow> items = data.satisfactionItems(unit.level(), unit.unitCode());
    if (items.isEmpty()) {
      return;
    }
    canvas.label("群众主观评价分项（各题得分，括号内为同级平均）");
    float cell = flow.width() / QUESTIONS_PER_LINE;
    float baseline = flow.y() - 8;
    for (int i = 0; i < items.size(); i++) {
      SatisfactionItemRow item = items.get(i);
      float x = flow.left() + (i % QUESTIONS_PER_LINE) * cell;
      canvas.fitted(question(item), x + 4, baseline, cell - 10, 8.5f, 6.5f, color(item), false);
      if (i % QUESTIONS_PER_LINE == QUESTIONS_PER_LINE - 1 || i == items.size() - 1) {
        baseline -= 13;
      }
    }
    flow.advance(flow.y() - baseline + 2);
  }

  private String question(SatisfactionItemRow item) {
    String name = data.name(item.itemCode());
    if (item.score() == null) {
      return name + " 无评分（" + item.nDontKnow() + " 人回答“不了解”）";
    }
    return name
        + " "
        + DisplayFormat.score(item.score())
        + (item.levelMean() == null ? "" : "（" + DisplayFormat.score(item.levelMean()) + "）");
  }

  private static Color color(SatisfactionItemRow item) {
    if (item.score() == null || item.levelMean() == null) {
      return CardCanvas.TEXT;
    }
    return item.score() >= item.levelMean() ? GOOD : BAD;
  }

  /** The delta chart, with as many bars as leave {@code below} for the sections under it. */
  private void deltas(PageFlow flow, List<ContributionRow> indicators, float below)
      throws IOException {
    if (indicators.isEmpty()) {
      return;
    }
    int fits = (int) ((canvas.remaining() - 19 - 6 - DELTA_FRAME - below) / DELTA_ROW);
    List<ContributionRow> shown =
        indicators.stream()
            .sorted(
                Comparator.comparing((ContributionRow r) -> Math.abs(r.deltaToMean())).reversed())
            .limit(Math.max(3, Math.min(MAX_INDICATORS, fits)))
            .sorted(Comparator.comparing(ContributionRow::deltaToMean).reversed())
            .toList();
    canvas.label(
        "客观指标得分与同级平均之差"
            + (shown.size() < indicators.size() ? "（偏离最大的 " + shown.size() + " 项）" : ""));
    float height = DELTA_FRAME + DELTA_ROW * shown.size();
    JFreeChart chart =
        ContributionChart.applyTheme(
            ContributionChart.createDeltaChart(
                ContributionChart.createDeltaDataset(
                    shown.stream()
                        .map(r -> new ContributionChart.Delta(r.componentName(), r.deltaToMean()))
                        .toList()),
                null),
            theme);
    canvas.chart(chart, flow.left(), flow.y() - height, flow.width(), height);
    flow.advance(height + 6);
  }

  private void strengths(PageFlow flow, List<ContributionRow> indicators) throws IOException {
    if (indicators.isEmpty()) {
      return;
    }
    List<ContributionRow> sorted =
        indicators.stream()
            .sorted(Comparator.comparing(ContributionRow::deltaToMean).reversed())
            .toList();
    List<ContributionRow> strong =
        sorted.stream().filter(r -> r.deltaToMean() > 0).limit(3).toList();
    List<ContributionRow> weak =
        sorted.stream()
            .sorted(Comparator.comparing(ContributionRow::deltaToMean))
            .filter(r -> r.deltaToMean() < 0)
            .limit(3)
            .toList();
    canvas.label("优势与短板（实际值，括号内为得分与同级平均得分）");
    float top = flow.y();
    float half = (flow.width() - 10) / 2;
    column(flow.left(), top, half, "优势", strong, GOOD);
    column(flow.left() + half + 10, top, half, "短板", weak, BAD);
    flow.advance(14 + 22 * 3 + 6);
  }

  private void column(
      float x, float top, float width, String caption, List<ContributionRow> rows, Color color)
      throws IOException {
    canvas.fitted(caption, x, top - 10, width, 9.5f, 8, color, true);
    float baseline = top - 24;
    if (rows.isEmpty()) {
      canvas.fitted("无", x + 4, baseline, width - 4, 8.5f, 7, CardCanvas.GREY, false);
    }
    for (ContributionRow row : rows) {
      canvas.fitted(
          row.componentName(), x + 4, baseline, width - 8, 8.5f, 6.5f, CardCanvas.TEXT, false);
      String measured = data.measuredValue(row.level(), row.unitCode(), row.component());
      String figures =
          (measured == null ? "实际值 —" : "实际值 " + measured)
              + "（得分 "
              + DisplayFormat.score(row.score())
              + "，同级平均 "
              + DisplayFormat.score(row.levelMean())
              + "）";
      canvas.fitted(figures, x + 12, baseline - 10, width - 16, 8, 6, color, false);
      baseline -= 22;
    }
  }

  private static float trendHeight(List<String> lines, boolean chart) {
    return 19 + trendBody(lines, chart) + 6;
  }

  private static float trendBody(List<String> lines, boolean chart) {
    return Math.max(
        chart ? TREND_CHART : 0, TREND_LINE * Math.min(MAX_TREND_LINES, lines.size()) + 4);
  }

  private void trend(PageFlow flow, AppraisalRow unit, List<String> lines, boolean chart)
      throws IOException {
    canvas.label(unit.level() == UnitLevel.STREET ? "变化与双向考评" : "变化与创新指数");
    float top = flow.y();
    float half = (flow.width() - 10) / 2;
    if (chart) {
      innovationChart(unit, flow.left() + half + 10, top, half);
    }
    float textWidth = chart ? half : flow.width();
    float baseline = top - 10;
    for (String line : lines.subList(0, Math.min(MAX_TREND_LINES, lines.size()))) {
      canvas.fitted(
          line, flow.left() + 4, baseline, textWidth - 4, 8.5f, 6.5f, CardCanvas.TEXT, false);
      baseline -= TREND_LINE;
    }
    flow.advance(trendBody(lines, chart) + 6);
  }

  /** The lines beside the trend chart: last year's total, the innovation index, the ratings. */
  private List<String> trendLines(AppraisalRow unit) {
    List<String> lines = new ArrayList<>();
    if (unit.previousTotalScore() == null) {
      lines.add("上年总分：无可比数据");
    } else {
      lines.add(
          "上年总分 "
              + DisplayFormat.score(unit.previousTotalScore())
              + " → 本年 "
              + DisplayFormat.score(unit.totalScore()));
      lines.add(
          "变化 "
              + Formats.change(unit.totalChange(), null)
              + "，"
              + (Boolean.TRUE.equals(unit.changeSignificant()) ? "超出不确定性（显著）" : "在不确定性范围内（不显著）"));
    }
    InnovationRow current = currentInnovation(unit);
    if (current != null) {
      lines.add(
          "本年创新指数 "
              + DisplayFormat.score(current.index())
              + "，排名 "
              + DisplayFormat.rank(current.rank()));
      lines.add(
          "趋势指数 "
              + DisplayFormat.score(current.trendIndex())
              + "（较上年 "
              + Formats.change(current.change(), current.changeSignificant())
              + "），发展指数 "
              + DisplayFormat.score(current.developmentIndex())
              + "（基期 = 100）");
      if (current.rankP05() != null && current.rankP95() != null) {
        lines.add(
            "创新指数排名区间（不确定性分析 5%–95%）："
                + Formats.rankInterval(current.rankP05(), current.rankP95()));
      }
    }
    if (unit.level() == UnitLevel.STREET) {
      lines.addAll(ratingLines(unit));
    }
    return lines;
  }

  private List<String> ratingLines(AppraisalRow unit) {
    List<String> lines = new ArrayList<>();
    StreetRatingGivenRow given =
        data.tables().streetRatingGiven().stream()
            .filter(r -> r.streetCode().equals(unit.unitCode()))
            .findFirst()
            .orElse(null);
    if (given != null) {
      lines.add(
          "本街道评议部门：评议人 "
              + given.nRaters()
              + " 人，评议部门 "
              + given.nDepartmentsRated()
              + " 个，共 "
              + given.nRatings()
              + " 次，平均给分 "
              + DisplayFormat.score(given.meanScoreGiven()));
    }
    List<DepartmentStreetCell> cells =
        data.tables().departmentStreetMatrix().stream()
            .filter(c -> c.streetCode().equals(unit.unitCode()) && c.meanScore() != null)
            .sorted(Comparator.comparing(DepartmentStreetCell::meanScore).reversed())
            .toList();
    if (!cells.isEmpty()) {
      lines.add("给分最高：" + describe(cells.subList(0, Math.min(3, cells.size()))));
      List<DepartmentStreetCell> low =
          cells.stream()
              .sorted(Comparator.comparing(DepartmentStreetCell::meanScore))
              .limit(3)
              .toList();
      lines.add("给分最低：" + describe(low));
    }
    if (given == null && cells.isEmpty()) {
      lines.add("本期无本街道评议部门的记录。");
    }
    return lines;
  }

  private static String describe(List<DepartmentStreetCell> cells) {
    return String.join(
        "、",
        cells.stream()
            .map(c -> c.departmentName() + " " + DisplayFormat.score(c.meanScore()))
            .toList());
  }

  /** A community with the innovation index of two years or more gets its mini-chart. */
  private boolean hasInnovationChart(AppraisalRow unit) {
    return unit.level() == UnitLevel.COMMUNITY
        && data.innovation(unit.level(), unit.unitCode()).size() >= 2;
  }

  private void innovationChart(AppraisalRow unit, float x, float top, float width)
      throws IOException {
    List<InnovationRow> years = data.innovation(unit.level(), unit.unitCode());
    Map<String, Double> byYear = new LinkedHashMap<>();
    years.forEach(r -> byYear.put(r.period(), r.trendIndex()));
    JFreeChart chart =
        IndexTrendChart.labelPoints(
            IndexTrendChart.applyTheme(
                IndexTrendChart.createChart(
                    IndexTrendChart.createDataset(
                        Map.of("趋势指数", byYear), years.stream().map(InnovationRow::period).toList()),
                    "创新趋势指数（历年可比指标）",
                    "0—100",
                    false,
                    true),
                theme),
            theme,
            6.5f);
    chart.getTitle().setFont(theme.font().awtFont(7.5f));
    canvas.chart(chart, x, top - TREND_CHART, width, TREND_CHART);
  }

  private void flags(PageFlow flow, AppraisalRow unit) throws IOException {
    List<String> labels = FlagText.labels(unit.flags(), data::name);
    if (labels.isEmpty() || canvas.remaining() < 40) {
      return;
    }
    canvas.label("标记说明");
    float available = canvas.remaining() - 4;
    for (String label : labels) {
      if (available < 13) {
        break;
      }
      float before = flow.y();
      canvas.paragraph(
          "• " + label,
          8.5f,
          label.equals(Flag.INSUFFICIENT_SAMPLE.explanation()) ? BAD : CardCanvas.TEXT,
          4,
          available);
      available -= before - flow.y();
    }
  }
}
