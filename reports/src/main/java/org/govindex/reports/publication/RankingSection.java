package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PdfTable;
import org.govindex.reports.pdf.TableColumn;
import org.govindex.reports.pdf.TableRow;
import org.govindex.reports.tables.AppraisalRow;

/**
 * 二、街道考评排名 and 三、社区考评排名: every unit of the level, ranked units by rank, then the unranked (grey);
 * the table paginates with its header repeated.
 */
final class RankingSection implements ReportSection {

  private final PublicationData data;
  private final UnitLevel level;
  private final String title;

  RankingSection(PublicationData data, UnitLevel level, String title) {
    this.data = data;
    this.level = level;
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public void render(Typesetter out) throws IOException {
    out.sectionTitle(title);
    List<AppraisalRow> units = data.ranked(level);
    if (units.isEmpty()) {
      out.paragraph("本期没有" + level.label() + "的考评结果。");
      return;
    }
    boolean community = level == UnitLevel.COMMUNITY;
    String parent = community ? "所属街道" : "所属区";
    boolean intervals = units.stream().anyMatch(AppraisalRow::hasRankInterval);
    List<TableColumn> columns = new ArrayList<>();
    columns.add(TableColumn.centered("排名", community ? 3 : 3.2f));
    if (intervals) {
      columns.add(TableColumn.centered("排名区间", community ? 5.6f : 5.2f));
    }
    columns.add(TableColumn.text(level.label(), community ? 8 : 8f));
    columns.add(TableColumn.text(parent, community ? 6.5f : 6f));
    columns.add(TableColumn.number("总分", community ? 3.8f : 4.2f));
    columns.add(TableColumn.number("主观评价", community ? 3.8f : 4.2f));
    columns.add(TableColumn.number("客观指标", community ? 3.8f : 4.2f));
    columns.add(TableColumn.number("主观评价\n95%区间", 6.8f));
    columns.add(TableColumn.number("有效\n样本", community ? 3.4f : 4.2f));
    columns.add(TableColumn.centered("等级", community ? 4.6f : 4.2f));
    columns.add(TableColumn.number("较上年", community ? 3.8f : 4.2f));
    if (community) {
      columns.add(TableColumn.text("标记", 8f));
    }
    List<TableRow> rows = new ArrayList<>();
    for (AppraisalRow unit : units) {
      List<String> cells = new ArrayList<>();
      cells.add(DisplayFormat.rank(unit.rank()));
      if (intervals) {
        cells.add(Formats.rankRange(unit.rankLow(), unit.rankHigh()));
      }
      cells.add(unit.unitName());
      cells.add(DisplayFormat.text(unit.parentName()));
      cells.add(DisplayFormat.score(unit.totalScore()));
      cells.add(DisplayFormat.score(unit.subjectiveScore()));
      cells.add(DisplayFormat.score(unit.objectiveScore()));
      cells.add(DisplayFormat.interval(unit.ciLow(), unit.ciHigh()));
      cells.add(DisplayFormat.count(unit.nValid()));
      cells.add(DisplayFormat.text(unit.grade()));
      cells.add(Formats.change(unit.totalChange(), unit.changeSignificant()));
      if (community) {
        cells.add(FlagText.compactLabels(unit.flags()));
      }
      rows.add(new TableRow(cells, unit.rank() == null));
    }
    new PdfTable(columns, community ? 7.5f : 8.5f).draw(out.flow(), rows);
    out.space(8);
    out.note(
        "注：T = w·S + (1 − w)·O；S 的 95% 区间为对受访者重抽样的自助法区间。"
            + "样本不足或缺少得分的单位不参与排名，以灰色列于表末。"
            + (intervals ? "“排名区间”为排名的 95% 自助法区间，区间重叠的单位排名差异不显著。" : "")
            + "“较上年”为总分变化，* 表示变化超出其不确定性（显著）。分数仅在显示时保留 1 位小数。");
  }
}
