package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.chart.GradeDistributionChart;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PdfTable;
import org.govindex.reports.pdf.TableColumn;
import org.govindex.reports.pdf.TableRow;
import org.govindex.reports.tables.AppraisalRow;
import org.govindex.reports.tables.AwardRow;
import org.jfree.chart.JFreeChart;

/** 一、总体情况: key numbers, grade distribution per level, survey sample sizes. */
final class SummarySection implements ReportSection {

  private final PublicationData data;

  SummarySection(PublicationData data) {
    this.data = data;
  }

  @Override
  public String title() {
    return "一、总体情况";
  }

  @Override
  public void render(Typesetter out) throws IOException {
    out.sectionTitle(title());
    for (String paragraph : new SummaryAccount(data).paragraphs()) {
      out.paragraph(paragraph);
    }
    out.space(6);
    out.subheading("主要数据", 80);
    out.keyValues(keyNumbers(), 120);
    gradeDistribution(out);
    sampleSizes(out);
  }

  private List<String[]> keyNumbers() {
    List<String[]> lines = new ArrayList<>();
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.STREET)) {
      List<AppraisalRow> units = data.tables().appraisal(level);
      String name = level.label();
      long insufficient = units.stream().filter(AppraisalRow::insufficientSample).count();
      lines.add(
          new String[] {
            "参评" + name,
            units.size() + " 个（参与排名 " + data.rankedCount(level) + " 个，样本不足 " + insufficient + " 个）"
          });
      List<Double> totals =
          units.stream().map(AppraisalRow::totalScore).filter(Objects::nonNull).sorted().toList();
      if (!totals.isEmpty()) {
        lines.add(
            new String[] {
              name + "总分",
              "平均 "
                  + DisplayFormat.score(mean(totals))
                  + "，中位数 "
                  + DisplayFormat.score(median(totals))
                  + "，最低 "
                  + DisplayFormat.score(totals.get(0))
                  + "，最高 "
                  + DisplayFormat.score(totals.get(totals.size() - 1))
            });
      }
    }
    long responses =
        data.tables().appraisal(UnitLevel.COMMUNITY).stream().mapToLong(AppraisalRow::nValid).sum();
    lines.add(new String[] {"社区有效问卷", DisplayFormat.count(responses) + " 份"});
    if (!data.tables().departments().isEmpty()) {
      lines.add(new String[] {"参评部门", data.tables().departments().size() + " 个（双向考评）"});
    }
    List<String> years = data.innovationYears();
    if (!years.isEmpty()) {
      lines.add(
          new String[] {
            "创新指数",
            years.get(0) + "—" + years.get(years.size() - 1) + " 年，基期 " + years.get(0) + " 年 = 100"
          });
    }
    if (!data.tables().awards().isEmpty()) {
      List<AwardRow> eligible = data.tables().awards().stream().filter(AwardRow::eligible).toList();
      double amount = eligible.stream().mapToDouble(AwardRow::awardAmount).sum();
      lines.add(
          new String[] {
            "以奖代补",
            data.tables().awards().size()
                + " 个项目参评，"
                + eligible.size()
                + " 个获奖补，共 "
                + Formats.yuan(amount)
                + " 元"
          });
    }
    return lines;
  }

  private void gradeDistribution(Typesetter out) throws IOException {
    out.subheading("等级分布", 200);
    Map<String, Map<String, Integer>> byLevel = new LinkedHashMap<>();
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.STREET)) {
      List<String> grades =
          data.tables().appraisal(level).stream().map(AppraisalRow::grade).toList();
      if (!grades.isEmpty()) {
        byLevel.put(level.label(), GradeDistributionChart.count(grades));
      }
    }
    List<String> categories = new ArrayList<>();
    byLevel
        .values()
        .forEach(
            m -> m.keySet().stream().filter(k -> !categories.contains(k)).forEach(categories::add));
    List<TableColumn> columns = new ArrayList<>();
    columns.add(TableColumn.text("层级", 4));
    categories.forEach(grade -> columns.add(TableColumn.number(grade, 4)));
    columns.add(TableColumn.number("合计", 4));
    List<TableRow> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> level : byLevel.entrySet()) {
      List<String> cells = new ArrayList<>();
      cells.add(level.getKey());
      categories.forEach(g -> cells.add(Integer.toString(level.getValue().getOrDefault(g, 0))));
      cells.add(
          Integer.toString(level.getValue().values().stream().mapToInt(Integer::intValue).sum()));
      rows.add(new TableRow(cells, false));
    }
    new PdfTable(columns, 9f).draw(out.flow(), rows);
    out.space(10);
    JFreeChart chart =
        GradeDistributionChart.applyTheme(
            GradeDistributionChart.createChart(
                GradeDistributionChart.createDataset(byLevel), "各等级单位占本级比例"),
            out.theme());
    out.chart(chart, 230, "grade-distribution");
  }

  private void sampleSizes(Typesetter out) throws IOException {
    out.subheading("问卷样本量", 80);
    PdfTable table =
        new PdfTable(
            List.of(
                TableColumn.text("层级", 4),
                TableColumn.number("单位数", 4),
                TableColumn.number("有效问卷合计", 6),
                TableColumn.number("最少", 4),
                TableColumn.number("中位数", 4),
                TableColumn.number("最多", 4),
                TableColumn.number("最低样本", 4.5f),
                TableColumn.number("低于最低样本", 6)),
            9f);
    List<TableRow> rows = new ArrayList<>();
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.STREET)) {
      List<Long> n =
          data.tables().appraisal(level).stream().map(AppraisalRow::nValid).sorted().toList();
      if (n.isEmpty()) {
        continue;
      }
      Integer minimum = data.methodology().minimumSample(level);
      long below =
          data.tables().appraisal(level).stream().filter(AppraisalRow::insufficientSample).count();
      rows.add(
          new TableRow(
              List.of(
                  level.label(),
                  Integer.toString(n.size()),
                  DisplayFormat.count(n.stream().mapToLong(Long::longValue).sum()),
                  Long.toString(n.get(0)),
                  Formats.whole(median(n.stream().map(Long::doubleValue).toList())),
                  Long.toString(n.get(n.size() - 1)),
                  minimum == null ? DisplayFormat.MISSING : minimum.toString(),
                  Long.toString(below)),
              false));
    }
    table.draw(out.flow(), rows);
    out.space(6);
    out.note("街道的有效问卷为其所辖社区有效问卷之和。样本不足的单位照常计分，但不参与排名，等级记为“样本不足”。");
  }

  static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** Median of sorted or unsorted values. */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
