package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
  private final String level;
  private final String title;

  RankingSection(PublicationData data, String level, String title) {
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
      out.paragraph("本期没有" + Formats.levelName(level) + "的考评结果。");
      return;
    }
    boolean community = PublicationData.COMMUNITY.equals(level);
    String parent = community ? "所属街道" : "所属区";
    List<TableColumn> columns = new ArrayList<>();
    columns.add(TableColumn.centered("排名", 3.2f));
    columns.add(TableColumn.text(Formats.levelName(level), community ? 8.5f : 8f));
    columns.add(TableColumn.text(parent, community ? 6.5f : 6f));
    columns.add(TableColumn.number("总分T", 4.2f));
    columns.add(TableColumn.number("主观S", 4.2f));
    columns.add(TableColumn.number("客观O", 4.2f));
    columns.add(TableColumn.number("S的95%区间", 6.8f));
    columns.add(TableColumn.number("有效样本", 4.2f));
    columns.add(TableColumn.centered("等级", 4.2f));
    columns.add(TableColumn.number("较上年", 4.2f));
    if (community) {
      columns.add(TableColumn.text("标记", 6.5f));
    }
    List<TableRow> rows = new ArrayList<>();
    for (AppraisalRow unit : units) {
      List<String> cells = new ArrayList<>();
      cells.add(DisplayFormat.rank(unit.rank()));
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
        cells.add(FlagText.shortLabels(unit.flags(), c -> "指标"));
      }
      rows.add(new TableRow(cells, unit.rank() == null));
    }
    new PdfTable(columns, community ? 7.5f : 8.5f).draw(out.flow(), rows);
    out.space(8);
    out.note(
        "注：T = w·S + (1 − w)·O；S 的 95% 区间为对受访者重抽样的自助法区间。"
            + "样本不足或缺少得分的单位不参与排名，以灰色列于表末。"
            + "“较上年”为总分变化，* 表示变化超出其不确定性（显著）。分数仅在显示时保留 1 位小数。");
  }
}
