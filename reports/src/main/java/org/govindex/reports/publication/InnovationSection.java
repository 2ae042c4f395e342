package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.TableSpec;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.chart.DimensionRadarChart;
import org.govindex.reports.chart.IndexTrendChart;
import org.govindex.reports.chart.RankIntervalChart;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PdfTable;
import org.govindex.reports.pdf.TableColumn;
import org.govindex.reports.pdf.TableRow;
import org.govindex.reports.tables.CoherenceRow;
import org.govindex.reports.tables.InnovationRow;
import org.jfree.chart.JFreeChart;

/**
 * 四、创新指数: per level the index ranking with rank intervals, radar charts of the dimensions of the
 * leading districts and streets, trend lines of the index and the development index.
 */
final class InnovationSection implements ReportSection {

  /** Units per rank-interval chart. */
  static final int UNITS_PER_CHART = 40;

  /** Units per radar chart (more polygons are unreadable). */
  static final int RADAR_UNITS = 5;

  /** Lines per trend chart. */
  static final int TREND_LINES = 8;

  /** What the development index measures, said once in the section and on the scorecards. */
  static final String DEVELOPMENT_SENTENCE =
      "发展指数衡量单位相对基期的进步：它只用历年都有数据的指标（趋势指数），" + "以基期为 100，“较上年”是趋势指数的年度变化；历年走势图画的也是趋势指数，三者方向一致。";

  private final PublicationData data;

  InnovationSection(PublicationData data) {
    this.data = data;
  }

  @Override
  public String title() {
    return "四、创新指数";
  }

  @Override
  public void render(Typesetter out) throws IOException {
    out.sectionTitle(title());
    TableSpec spec = data.tables().innovationSpec();
    if (data.tables().isMissing(spec)) {
      out.paragraph("本期未提供创新指数结果表（" + spec.csvFileName() + "），本节从略。");
      return;
    }
    out.paragraph(
        "城乡社区治理和服务创新指数由多元治理主体、服务设施、专业队伍、服务创新、成效与满意度等维度合成，"
            + "各指标按固定目标值换算为 0—100 分。排名表中的“指数”用本年有数据的全部指标，只用于本年排名。"
            + DEVELOPMENT_SENTENCE
            + "排名区间来自蒙特卡洛重复计算：每次同时改变权重、标准化与合成方法，并为每个社区的居民满意度得分抽取一个自助法重抽样结果，"
            + "因此区间既反映方法选择，也反映问卷抽样误差；街道、区的区间在每次重复中由所辖社区汇总后排名得出。");
    for (UnitLevel level : List.of(UnitLevel.DISTRICT, UnitLevel.STREET, UnitLevel.COMMUNITY)) {
      List<InnovationRow> rows = data.innovationOfPeriod(level);
      if (!rows.isEmpty()) {
        levelRanking(out, level, rows);
      }
    }
    radars(out);
    trends(out);
    coherence(out);
  }

  /**
   * 指数的统计一致性: per dimension Cronbach's alpha and the first principal component's share of variance
   * (from innovation_coherence.csv), then the flagged correlations.
   */
  private void coherence(Typesetter out) throws IOException {
    List<CoherenceRow> rows = data.tables().innovationCoherence();
    if (rows.isEmpty()) {
      return;
    }
    Map<String, Map<String, Double>> byNode = new LinkedHashMap<>();
    Map<String, Integer> weak = new LinkedHashMap<>();
    for (CoherenceRow row : rows) {
      switch (row.measure()) {
        case "cronbach_alpha", "pca_first_share", "complete_units" ->
            byNode
                .computeIfAbsent(row.node(), n -> new LinkedHashMap<>())
                .put(row.measure(), row.value());
        default -> {}
      }
      if (row.measure().startsWith("correlation") && row.flag() != null) {
        weak.merge(row.node(), 1, Integer::sum);
      }
    }
    if (!byNode.isEmpty()) {
      out.subheading("指数的统计一致性", 100);
      List<TableRow> table = new ArrayList<>();
      for (Map.Entry<String, Map<String, Double>> node : byNode.entrySet()) {
        Double units = node.getValue().get("complete_units");
        table.add(
            new TableRow(
                List.of(
                    nodeName(node.getKey()),
                    decimal2(node.getValue().get("cronbach_alpha")),
                    DisplayFormat.percent(node.getValue().get("pca_first_share")),
                    units == null ? DisplayFormat.MISSING : Formats.whole(units),
                    Integer.toString(weak.getOrDefault(node.getKey(), 0))),
                false));
      }
      new PdfTable(
              List.of(
                  TableColumn.text("维度", 8),
                  TableColumn.number("Cronbach α", 4.5f),
                  TableColumn.number("第一主成分\n方差占比", 5),
                  TableColumn.number("完整数据\n单位数", 4.5f),
                  TableColumn.number("标记的\n相关系数", 4.5f)),
              8.5f)
          .draw(out.flow(), table);
      out.space(4);
      out.note(
          "Cronbach α 衡量同一维度内各指标的一致程度（约 0.7 以上为好，过低说明指标各自反映不同方面）；"
              + "第一主成分方差占比越高，维度越接近单一的潜在因素。“综合指数”一行把各维度当作指标。");
    }
    List<CoherenceRow> flagged =
        rows.stream()
            .filter(r -> r.measure().startsWith("correlation") && r.flag() != null)
            .toList();
    out.subheading("标记的相关系数", 60);
    if (flagged.isEmpty()) {
      out.paragraph("各指标与所属维度、各维度与综合指数的相关系数均未触发标记。");
      return;
    }
    List<TableRow> table = new ArrayList<>();
    for (CoherenceRow row : flagged) {
      table.add(
          new TableRow(
              List.of(
                  nodeName(row.node()),
                  nodeName(DisplayFormat.text(row.first())),
                  "correlation_with_parent".equals(row.measure())
                      ? "所属" + (row.node().equals(INDEX_NODE) ? "综合指数" : "维度")
                      : nodeName(DisplayFormat.text(row.second())),
                  decimal2(row.value()),
                  FlagText.label(row.flag())),
              false));
    }
    new PdfTable(
            List.of(
                TableColumn.text("维度", 7),
                TableColumn.text("指标", 9),
                TableColumn.text("相关对象", 7),
                TableColumn.number("相关系数", 4),
                TableColumn.text("标记", 6)),
            8.5f)
        .draw(out.flow(), table);
    out.space(4);
    out.note("相关偏弱的指标（或维度）与其上级的得分关系不大，其权重对排名的影响值得复核。");
  }

  private static final String INDEX_NODE = "innovation_index";

  private String nodeName(String code) {
    return INDEX_NODE.equals(code) ? "综合指数" : data.name(code);
  }

  private static String decimal2(Double value) {
    return value == null
        ? DisplayFormat.MISSING
        : String.format(java.util.Locale.ROOT, "%.2f", value);
  }

  private void levelRanking(Typesetter out, UnitLevel level, List<InnovationRow> rows)
      throws IOException {
    String name = level.label();
    out.subheading(name + "创新指数排名（" + data.period() + " 年）", 120);
    List<TableColumn> columns = new ArrayList<>();
    columns.add(TableColumn.centered("排名", 3));
    columns.add(TableColumn.text(name, 7));
    for (String dimension : data.tables().innovationDimensions()) {
      columns.add(TableColumn.number(data.name(dimension), 4.6f));
    }
    columns.add(TableColumn.number("指数", 3.6f));
    columns.add(TableColumn.number("发展指数", 4));
    columns.add(TableColumn.number("较上年", 3.8f));
    columns.add(TableColumn.number("排名区间", 4.2f));
    List<TableRow> table = new ArrayList<>();
    for (InnovationRow row : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(DisplayFormat.rank(row.rank()));
      cells.add(data.unitLabel(row.level(), row.unitCode(), row.unitName()));
      data.tables()
          .innovationDimensions()
          .forEach(d -> cells.add(DisplayFormat.score(row.dimensions().get(d))));
      cells.add(DisplayFormat.score(row.index()));
      cells.add(DisplayFormat.score(row.developmentIndex()));
      cells.add(Formats.change(row.change(), row.changeSignificant()));
      cells.add(Formats.rankInterval(row.rankP05(), row.rankP95()));
      table.add(new TableRow(cells, row.rank() == null));
    }
    new PdfTable(columns, 7.5f).draw(out.flow(), table);
    out.space(4);
    out.note("“较上年”中 * 表示变化的 5%-95% 区间不含 0（显著）；“—”表示无数据或未计算。");
    List<InnovationRow> withIntervals =
        rows.stream().filter(r -> r.rankP05() != null && r.rankP95() != null).toList();
    if (withIntervals.isEmpty()) {
      return;
    }
    List<InnovationRow> shown =
        withIntervals.size() <= 2 * UNITS_PER_CHART
            ? withIntervals
            : withIntervals.subList(0, UNITS_PER_CHART);
    int parts = (shown.size() + UNITS_PER_CHART - 1) / UNITS_PER_CHART;
    for (int part = 0; part < parts; part++) {
      List<InnovationRow> chunk =
          shown.subList(
              part * UNITS_PER_CHART, Math.min(shown.size(), (part + 1) * UNITS_PER_CHART));
      List<RankIntervalChart.UnitRank> ranks =
          chunk.stream()
              .map(
                  r ->
                      new RankIntervalChart.UnitRank(
                          data.unitLabel(r.level(), r.unitCode(), r.unitName()),
                          r.rankMedian() != null ? r.rankMedian() : r.rank(),
                          r.rankP05().doubleValue(),
                          r.rankP95().doubleValue()))
              .toList();
      String title = name + "创新指数排名区间" + (parts > 1 ? "（" + (part + 1) + "/" + parts + "）" : "");
      JFreeChart chart =
          RankIntervalChart.applyTheme(
              RankIntervalChart.createChart(
                  RankIntervalChart.createDataset(ranks), ranks, title, rows.size()),
              out.theme());
      out.chart(
          chart,
          (float) RankIntervalChart.heightFor(ranks.size()),
          "innovation-rank-intervals-" + level.code() + (parts > 1 ? "-" + (part + 1) : ""));
    }
    if (shown.size() < withIntervals.size()) {
      out.note("图中仅列出前 " + UNITS_PER_CHART + " 名；全部单位的排名区间见上表。");
    }
  }

  private void radars(Typesetter out) throws IOException {
    for (UnitLevel level : List.of(UnitLevel.DISTRICT, UnitLevel.STREET)) {
      List<InnovationRow> rows = data.innovationOfPeriod(level);
      if (rows.isEmpty()) {
        continue;
      }
      List<InnovationRow> top = rows.subList(0, Math.min(RADAR_UNITS, rows.size()));
      Map<String, String> names = new LinkedHashMap<>();
      data.tables().innovationDimensions().forEach(d -> names.put(d, data.name(d)));
      List<DimensionRadarChart.UnitDimensions> units =
          top.stream()
              .map(
                  r ->
                      new DimensionRadarChart.UnitDimensions(
                          data.unitLabel(r.level(), r.unitCode(), r.unitName()), r.dimensions()))
              .toList();
      String name = level.label();
      out.subheading(name + "创新指数维度得分", 300);
      JFreeChart chart =
          DimensionRadarChart.applyTheme(
              DimensionRadarChart.createChart(
                  DimensionRadarChart.createDataset(
                      units, data.tables().innovationDimensions(), names),
                  (rows.size() > RADAR_UNITS ? "指数前 " + RADAR_UNITS + " 名" + name : "各" + name)
                      + "的维度得分（0-100）"),
              out.theme());
      out.chart(chart, 300, "innovation-radar-" + level.code());
      List<String> missingDimensions =
          data.tables().innovationDimensions().stream()
              .filter(d -> top.stream().allMatch(r -> r.dimensions().get(d) == null))
              .map(data::name)
              .toList();
      if (!missingDimensions.isEmpty()) {
        out.note("本期无数据、未在图中显示的维度：" + String.join("、", missingDimensions) + "。");
      }
    }
  }

  private void trends(Typesetter out) throws IOException {
    List<String> years = data.innovationYears();
    if (years.size() < 2) {
      return;
    }
    for (UnitLevel level : List.of(UnitLevel.DISTRICT, UnitLevel.STREET)) {
      List<InnovationRow> current = data.innovationOfPeriod(level);
      if (current.isEmpty()) {
        continue;
      }
      List<InnovationRow> shown = current.subList(0, Math.min(TREND_LINES, current.size()));
      String name = level.label();
      String scope = current.size() > TREND_LINES ? "指数前 " + TREND_LINES + " 名" + name : "各" + name;
      out.subheading(name + "创新指数走势（历年可比指标）", 240);
      trendChart(
          out,
          shown,
          years,
          false,
          scope + "趋势指数（" + years.get(0) + "—" + years.get(years.size() - 1) + "，历年可比指标）",
          "趋势指数（0—100）",
          "innovation-trend-" + level.code());
      trendChart(
          out,
          shown,
          years,
          true,
          scope + "发展指数（基期 " + years.get(0) + " 年 = 100）",
          "发展指数（纵轴未从 0 开始）",
          "innovation-development-" + level.code());
    }
  }

  private void trendChart(
      Typesetter out,
      List<InnovationRow> units,
      List<String> years,
      boolean development,
      String title,
      String axis,
      String file)
      throws IOException {
    Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    for (InnovationRow unit : units) {
      Map<String, Double> byYear = new LinkedHashMap<>();
      for (InnovationRow row : data.innovation(unit.level(), unit.unitCode())) {
        byYear.put(row.period(), development ? row.developmentIndex() : row.trendIndex());
      }
      values.put(data.unitLabel(unit.level(), unit.unitCode(), unit.unitName()), byYear);
    }
    JFreeChart chart =
        IndexTrendChart.applyTheme(
            IndexTrendChart.createChart(
                IndexTrendChart.createDataset(values, years), title, axis, true, !development),
            out.theme());
    out.chart(chart, 230, file);
  }
}
