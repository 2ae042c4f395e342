package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govindex.contract.Results;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.chart.DepartmentHeatmapChart;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PdfTable;
import org.govindex.reports.pdf.TableColumn;
import org.govindex.reports.pdf.TableRow;
import org.govindex.reports.tables.AppraisalRow;
import org.govindex.reports.tables.DepartmentRow;
import org.govindex.reports.tables.DepartmentStreetCell;
import org.govindex.reports.tables.StreetRatingGivenRow;
import org.jfree.chart.JFreeChart;

/**
 * 五、部门双向考评: the department ranking with the rater-group scores and the sensitivity ranks
 * (rater-standardised, equal group weights), the department × street heatmap (per district, split
 * into charts of at most {@value DepartmentHeatmapChart#MAX_STREETS} streets) and how each street
 * rated the departments.
 */
final class DepartmentSection implements ReportSection {

  private final PublicationData data;

  DepartmentSection(PublicationData data) {
    this.data = data;
  }

  @Override
  public String title() {
    return "五、部门双向考评";
  }

  @Override
  public void render(Typesetter out) throws IOException {
    out.sectionTitle(title());
    if (data.tables().isMissing(Results.DEPARTMENT_RATING)) {
      out.paragraph("本期未提供部门考评结果表（" + Results.DEPARTMENT_RATING.csvFileName() + "），本节从略。");
      return;
    }
    ranking(out);
    heatmaps(out);
    ratingGiven(out);
  }

  private void ranking(Typesetter out) throws IOException {
    List<DepartmentRow> departments =
        data.tables().departments().stream()
            .sorted(
                Comparator.comparing(
                        DepartmentRow::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(DepartmentRow::departmentCode))
            .toList();
    List<String> groups =
        departments.isEmpty() ? List.of() : List.copyOf(departments.get(0).groupScores().keySet());
    out.subheading("部门考评排名", 100);
    List<TableColumn> columns = new ArrayList<>();
    columns.add(TableColumn.centered("排名", 2.6f));
    columns.add(TableColumn.text("部门", 16f));
    groups.forEach(g -> columns.add(TableColumn.number(g, 3.6f)));
    columns.add(TableColumn.number("满意度", 3.6f));
    columns.add(TableColumn.number("客观", 3.4f));
    columns.add(TableColumn.number("总分", 3.4f));
    columns.add(TableColumn.centered("等级", 3f));
    columns.add(TableColumn.centered("标准化\n排名", 3.6f));
    columns.add(TableColumn.centered("等权\n排名", 3.6f));
    List<TableRow> rows = new ArrayList<>();
    for (DepartmentRow department : departments) {
      List<String> cells = new ArrayList<>();
      cells.add(DisplayFormat.rank(department.rank()));
      cells.add(data.departmentLabel(department.departmentCode(), department.departmentName()));
      groups.forEach(g -> cells.add(DisplayFormat.score(department.groupScores().get(g))));
      cells.add(DisplayFormat.score(department.satisfactionScore()));
      cells.add(DisplayFormat.score(department.objectiveScore()));
      cells.add(DisplayFormat.score(department.totalScore()));
      cells.add(DisplayFormat.text(department.grade()));
      cells.add(DisplayFormat.rank(department.rankStandardised()));
      cells.add(DisplayFormat.rank(department.rankEqualWeights()));
      rows.add(new TableRow(cells, department.rank() == null));
    }
    new PdfTable(columns, 7.5f).draw(out.flow(), rows);
    out.space(4);
    List<String> weights = new ArrayList<>();
    for (String group : groups) {
      Double weight = data.methodology().groupWeight(group);
      weights.add(
          group + " " + (weight == null ? DisplayFormat.MISSING : Formats.weightPercent(weight)));
    }
    Double wd = departments.isEmpty() ? null : departments.get(0).satisfactionWeight();
    out.note(
        "满意度 = 各评议组得分按配置权重加权（"
            + String.join("，", weights)
            + "；评议人不足的组不计）；总分 = 满意度 × "
            + Formats.weightPercent(wd)
            + " + 客观得分 × (1 − 该权重)。“标准化排名”按评议人给分习惯标准化后的得分排名，“等权排名”为各评议组等权时的排名，"
            + "二者与正式排名差异大时，说明排名对评议组权重或评议人宽严敏感。");
  }

  private void heatmaps(Typesetter out) throws IOException {
    List<DepartmentStreetCell> cells = data.tables().departmentStreetMatrix();
    if (cells.isEmpty()) {
      out.note("本期未提供街道 × 部门评分矩阵（" + Results.DEPARTMENT_STREET_MATRIX.csvFileName() + "）。");
      return;
    }
    Map<String, String> districtOfStreet = new LinkedHashMap<>();
    Map<String, String> districtNames = new LinkedHashMap<>();
    for (AppraisalRow street : data.tables().appraisal(UnitLevel.STREET)) {
      String district = Objects.requireNonNullElse(street.parentCode(), "");
      districtOfStreet.put(street.unitCode(), district);
      districtNames.put(district, Objects.requireNonNullElse(street.parentName(), "全市"));
    }
    Map<String, List<DepartmentStreetCell>> byDistrict = new LinkedHashMap<>();
    for (DepartmentStreetCell cell : cells) {
      byDistrict
          .computeIfAbsent(
              districtOfStreet.getOrDefault(cell.streetCode(), ""), d -> new ArrayList<>())
          .add(cell);
    }
    double low =
        cells.stream()
            .map(DepartmentStreetCell::meanScore)
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .min()
            .orElse(0);
    double high =
        cells.stream()
            .map(DepartmentStreetCell::meanScore)
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(100);
    low = Math.floor(low / 5) * 5;
    high = Math.ceil(high / 5) * 5;
    for (Map.Entry<String, List<DepartmentStreetCell>> district : byDistrict.entrySet()) {
      String districtName = districtNames.getOrDefault(district.getKey(), "其他");
      List<String> streetCodes =
          district.getValue().stream()
              .map(DepartmentStreetCell::streetCode)
              .distinct()
              .sorted()
              .toList();
      List<String> departmentCodes =
          district.getValue().stream()
              .map(DepartmentStreetCell::departmentCode)
              .distinct()
              .sorted()
              .toList();
      List<List<String>> parts = DepartmentHeatmapChart.split(streetCodes);
      for (int part = 0; part < parts.size(); part++) {
        heatmap(
            out,
            district.getValue(),
            parts.get(part),
            departmentCodes,
            low,
            high,
            districtName
                + "各街道评议人对部门的平均评分"
                + (parts.size() > 1 ? "（" + (part + 1) + "/" + parts.size() + "）" : ""),
            "department-heatmap-"
                + (district.getKey().isEmpty() ? "other" : district.getKey())
                + (parts.size() > 1 ? "-" + (part + 1) : ""));
      }
    }
    out.note("空白格表示该街道的评议人未评议该部门。颜色由红（低）经黄到绿（高）。");
  }

  private void heatmap(
      Typesetter out,
      List<DepartmentStreetCell> cells,
      List<String> streets,
      List<String> departments,
      double low,
      double high,
      String title,
      String file)
      throws IOException {
    Map<String, String> streetNames = new LinkedHashMap<>();
    Map<String, String> departmentNames = new LinkedHashMap<>();
    List<DepartmentHeatmapChart.Cell> chartCells = new ArrayList<>();
    for (DepartmentStreetCell cell : cells) {
      streetNames.putIfAbsent(cell.streetCode(), cell.streetName());
      departmentNames.putIfAbsent(cell.departmentCode(), cell.departmentName());
      int street = streets.indexOf(cell.streetCode());
      int department = departments.indexOf(cell.departmentCode());
      if (street >= 0 && department >= 0 && cell.meanScore() != null) {
        chartCells.add(new DepartmentHeatmapChart.Cell(street, department, cell.meanScore()));
      }
    }
    JFreeChart chart =
        DepartmentHeatmapChart.applyTheme(
            DepartmentHeatmapChart.createChart(
                DepartmentHeatmapChart.createDataset(chartCells),
                streets.stream().map(streetNames::get).map(DepartmentSection::shortStreet).toList(),
                departments.stream().map(departmentNames::get).toList(),
                low,
                high,
                title),
            out.theme());
    float height = (float) DepartmentHeatmapChart.heightFor(departments.size());
    out.subheading(title, height);
    out.chart(chart, height, file);
  }

  /** A street name without the 街道 suffix for a column label ("滨埔街道" → "滨埔"). */
  static String shortStreet(String name) {
    if (name == null) {
      return "";
    }
    return name.length() > 2 && name.endsWith("街道") ? name.substring(0, name.length() - 2) : name;
  }

  private void ratingGiven(Typesetter out) throws IOException {
    List<StreetRatingGivenRow> given = data.tables().streetRatingGiven();
    if (given.isEmpty()) {
      return;
    }
    out.subheading("各街道评议部门的情况（另一方向）", 80);
    Map<String, AppraisalRow> streets = new LinkedHashMap<>();
    data.tables().appraisal(UnitLevel.STREET).forEach(s -> streets.put(s.unitCode(), s));
    List<TableRow> rows = new ArrayList<>();
    for (StreetRatingGivenRow row : given) {
      AppraisalRow street = streets.get(row.streetCode());
      rows.add(
          new TableRow(
              List.of(
                  row.streetName(),
                  DisplayFormat.count(row.nRaters()),
                  Long.toString(row.nDepartmentsRated()),
                  DisplayFormat.count(row.nRatings()),
                  DisplayFormat.score(row.meanScoreGiven()),
                  street == null ? DisplayFormat.MISSING : DisplayFormat.score(street.totalScore()),
                  street == null ? DisplayFormat.MISSING : DisplayFormat.rank(street.rank())),
              false));
    }
    new PdfTable(
            List.of(
                TableColumn.text("街道", 8),
                TableColumn.number("评议人数", 4),
                TableColumn.number("评议部门数", 4.6f),
                TableColumn.number("评议次数", 4),
                TableColumn.number("平均给分", 4),
                TableColumn.number("本街道总分", 5),
                TableColumn.centered("本街道排名", 4.6f)),
            8.5f)
        .draw(out.flow(), rows);
    out.space(4);
    out.note("“平均给分”是该街道评议人给各部门评分的平均；与本街道自身得分对照，可看出评议的宽严。");
  }
}
