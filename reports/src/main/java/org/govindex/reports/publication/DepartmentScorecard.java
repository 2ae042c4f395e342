package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.PdfTable;
import org.govindex.reports.pdf.TableColumn;
import org.govindex.reports.pdf.TableRow;
import org.govindex.reports.tables.DepartmentRow;
import org.govindex.reports.tables.DepartmentStreetCell;
import org.govindex.reports.tables.IndicatorValueRow;

/**
 * One scorecard page of a department: total, rank and grade, satisfaction and objective scores with
 * their weights, the score of each rater group against its configured weight and raters, the
 * sensitivity ranks (rater-standardised, equal group weights), the objective indicators, how the
 * streets scored it, and its flags. Tables are cut to the space left, so the page never overflows.
 */
final class DepartmentScorecard {

  private static final float TABLE_SIZE = 8.5f;

  private final CardCanvas canvas;
  private final PublicationData data;

  DepartmentScorecard(CardCanvas canvas, PublicationData data) {
    this.canvas = canvas;
    this.data = data;
  }

  void draw(DepartmentRow department, long ranked) throws IOException {
    PageFlow flow = canvas.flow();
    float top = flow.y() + 20;
    canvas.fill(flow.left(), top - 64, flow.width(), 64, CardCanvas.BAND);
    canvas.fitted(
        "部门双向考评记分卡 · " + data.period() + " 年度",
        flow.left() + 8,
        top - 14,
        flow.width() - 16,
        8.5f,
        7,
        CardCanvas.GREY,
        false);
    canvas.fitted(
        department.departmentName(),
        flow.left() + 8,
        top - 38,
        flow.width() - 16,
        20,
        11,
        CardCanvas.TEXT,
        true);
    canvas.fitted(
        "代码 "
            + department.departmentCode()
            + "　｜　所属区 "
            + DisplayFormat.text(data.departmentDistrict(department.departmentCode())),
        flow.left() + 8,
        top - 55,
        flow.width() - 16,
        9,
        6.5f,
        CardCanvas.GREY,
        false);
    flow.advance(54);
    keyFigures(flow, department, ranked);
    groups(flow, department);
    sensitivity(flow, department);
    indicators(flow, department);
    streets(flow, department);
    flags(flow, department);
  }

  private void keyFigures(PageFlow flow, DepartmentRow d, long ranked) throws IOException {
    float top = flow.y();
    float gap = 6;
    float width = (flow.width() - 3 * gap) / 4;
    float height = 72;
    float x = flow.left();
    canvas.tile(
        x,
        top,
        width,
        height,
        "总分",
        DisplayFormat.score(d.totalScore()),
        CardCanvas.TEXT,
        List.of("等级：" + DisplayFormat.text(d.grade())));
    x += width + gap;
    canvas.tile(
        x,
        top,
        width,
        height,
        "排名",
        d.rank() == null ? "不参与排名" : "第 " + d.rank() + " 名 / " + ranked,
        CardCanvas.TEXT,
        List.of());
    x += width + gap;
    canvas.tile(
        x,
        top,
        width,
        height,
        "满意度（双向评议）",
        DisplayFormat.score(d.satisfactionScore()),
        CardCanvas.TEXT,
        List.of("权重 " + Formats.weightPercent(d.satisfactionWeight())));
    x += width + gap;
    double w = d.satisfactionWeight();
    canvas.tile(
        x,
        top,
        width,
        height,
        "客观指标",
        DisplayFormat.score(d.objectiveScore()),
        CardCanvas.TEXT,
        List.of("权重 " + Formats.weightPercent(1 - w)));
    flow.advance(height + 10);
  }

  private void groups(PageFlow flow, DepartmentRow d) throws IOException {
    canvas.label("各评议组评分");
    List<TableRow> rows = new ArrayList<>();
    for (Map.Entry<String, Double> group : d.groupScores().entrySet()) {
      Double weight = data.methodology().groupWeight(group.getKey());
      Long raters = d.groupRaters().get(group.getKey());
      rows.add(
          new TableRow(
              List.of(
                  group.getKey(),
                  DisplayFormat.score(group.getValue()),
                  weight == null ? DisplayFormat.MISSING : Formats.weightPercent(weight),
                  raters == null ? DisplayFormat.MISSING : raters.toString()),
              group.getValue() == null));
    }
    table(
        flow,
        List.of(
            TableColumn.text("评议组", 6),
            TableColumn.number("得分", 4),
            TableColumn.number("配置权重", 4),
            TableColumn.number("评议人数", 4)),
        rows,
        0);
    canvas.paragraph(
        "评议人共 "
            + d.nRaters()
            + " 人（其中所有题目同一选项者 "
            + d.nStraightliners()
            + " 人）；得分为“—”的组评议人不足，不计入满意度。",
        8,
        CardCanvas.GREY,
        0,
        30);
    flow.advance(4);
  }

  private void sensitivity(PageFlow flow, DepartmentRow d) throws IOException {
    canvas.label("排名稳健性");
    table(
        flow,
        List.of(
            TableColumn.text("口径", 8), TableColumn.number("总分", 4), TableColumn.centered("排名", 4)),
        List.of(
            new TableRow(
                List.of(
                    "正式（配置权重）", DisplayFormat.score(d.totalScore()), DisplayFormat.rank(d.rank())),
                false),
            new TableRow(
                List.of(
                    "评议人标准化",
                    DisplayFormat.score(d.totalScoreStandardised()),
                    DisplayFormat.rank(d.rankStandardised())),
                false),
            new TableRow(
                List.of(
                    "各评议组等权",
                    DisplayFormat.score(d.totalScoreEqualWeights()),
                    DisplayFormat.rank(d.rankEqualWeights())),
                false)),
        0);
  }

  private void indicators(PageFlow flow, DepartmentRow d) throws IOException {
    List<IndicatorValueRow> values =
        data.tables().indicatorValues().stream()
            .filter(
                v -> v.level() == UnitLevel.DEPARTMENT && v.unitCode().equals(d.departmentCode()))
            .toList();
    if (values.isEmpty() || canvas.remaining() < 80) {
      return;
    }
    canvas.label("客观指标（其承办的 12345 工单）");
    List<TableRow> rows = new ArrayList<>();
    for (IndicatorValueRow value : values) {
      rows.add(
          new TableRow(
              List.of(
                  data.name(value.indicatorCode()),
                  raw(value.rawValue()),
                  DisplayFormat.score(value.normalizedScore())),
              value.normalizedScore() == null));
    }
    table(
        flow,
        List.of(
            TableColumn.text("指标", 12), TableColumn.number("原始值", 4), TableColumn.number("得分", 4)),
        rows,
        140);
  }

  private static String raw(Double value) {
    if (value == null) {
      return DisplayFormat.MISSING;
    }
    return Math.abs(value) <= 1 ? DisplayFormat.percent(value) : DisplayFormat.score(value);
  }

  private void streets(PageFlow flow, DepartmentRow d) throws IOException {
    List<DepartmentStreetCell> cells =
        data.tables().departmentStreetMatrix().stream()
            .filter(c -> c.departmentCode().equals(d.departmentCode()))
            .sorted(
                Comparator.comparing(
                    DepartmentStreetCell::meanScore,
                    Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    if (cells.isEmpty() || canvas.remaining() < 80) {
      return;
    }
    canvas.label("各街道评议人给出的平均分（各评议组的评议人合计，含未计入满意度的评议组）");
    // two streets per line: a district has up to about 20 streets, one card has room for ~10 lines
    int half = (cells.size() + 1) / 2;
    boolean paired = cells.size() > 6;
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < (paired ? half : cells.size()); i++) {
      List<String> line = new ArrayList<>(streetCells(cells.get(i)));
      if (paired) {
        line.add(PdfTable.BLANK);
        line.addAll(
            i + half < cells.size()
                ? streetCells(cells.get(i + half))
                : List.of(PdfTable.BLANK, PdfTable.BLANK, PdfTable.BLANK));
      }
      rows.add(new TableRow(line, false));
    }
    List<TableColumn> columns = new ArrayList<>();
    for (int copy = 0; copy < (paired ? 2 : 1); copy++) {
      if (copy > 0) {
        columns.add(TableColumn.text(PdfTable.BLANK, 1.5f)); // a gap between the halves
      }
      columns.add(TableColumn.text("街道", 10));
      columns.add(TableColumn.number("平均分", 4));
      columns.add(TableColumn.number("评议人数", 4));
    }
    table(flow, columns, rows, FlagText.labels(d.flags(), data::name).isEmpty() ? 0 : 60);
  }

  private static List<String> streetCells(DepartmentStreetCell c) {
    return List.of(c.streetName(), DisplayFormat.score(c.meanScore()), Long.toString(c.nRaters()));
  }

  private void flags(PageFlow flow, DepartmentRow d) throws IOException {
    List<String> labels = FlagText.labels(d.flags(), data::name);
    if (labels.isEmpty() || canvas.remaining() < 40) {
      return;
    }
    canvas.label("标记说明");
    canvas.paragraph(String.join("；", labels), 8.5f, CardCanvas.TEXT, 4, canvas.remaining() - 4);
  }

  /**
   * A table cut to the rows that fit above {@code reserve} points; notes how many were left out.
   */
  private void table(PageFlow flow, List<TableColumn> columns, List<TableRow> rows, float reserve)
      throws IOException {
    PdfTable table = new PdfTable(columns, TABLE_SIZE);
    int fit = (int) Math.floor((canvas.remaining() - reserve - 14) / table.rowHeight()) - 1;
    List<TableRow> shown = rows.size() <= fit ? rows : rows.subList(0, Math.max(0, fit - 1));
    table.draw(flow, shown);
    if (shown.size() < rows.size()) {
      canvas.paragraph(
          "另有 " + (rows.size() - shown.size()) + " 行未列出（见工作簿）。", 8, CardCanvas.GREY, 0, 14);
    }
    flow.advance(6);
  }
}
