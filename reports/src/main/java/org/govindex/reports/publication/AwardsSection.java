package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Grade;
import org.govindex.contract.Results;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PdfTable;
import org.govindex.reports.pdf.TableColumn;
import org.govindex.reports.pdf.TableRow;
import org.govindex.reports.tables.AwardRow;
import org.govindex.reports.tables.AwardsByUnitRow;

/** 六、以奖代补: the eligible projects with their amounts, and totals per district and street. */
final class AwardsSection implements ReportSection {

  private final PublicationData data;

  AwardsSection(PublicationData data) {
    this.data = data;
  }

  @Override
  public String title() {
    return "六、以奖代补";
  }

  @Override
  public void render(Typesetter out) throws IOException {
    out.sectionTitle(title());
    if (data.tables().isMissing(Results.AWARDS)) {
      out.paragraph("本期未提供以奖代补结果表（" + Results.AWARDS.csvFileName() + "），本节从略。");
      return;
    }
    List<AwardRow> awards = data.tables().awards();
    List<AwardRow> eligible =
        awards.stream()
            .filter(AwardRow::eligible)
            .sorted(
                Comparator.comparing(
                        AwardRow::projectScore, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(AwardRow::projectCode))
            .toList();
    double total = eligible.stream().mapToDouble(AwardRow::awardAmount).sum();
    out.paragraph(
        "本期参评项目 "
            + awards.size()
            + " 个，评为良好及以上、获得奖补的项目 "
            + eligible.size()
            + " 个，奖补金额合计 "
            + Formats.yuan(total)
            + " 元。项目得分 = 居民满意度得分与社会效果评价得分的加权和，等级线与考评相同。");
    Map<String, String> communityNames = new LinkedHashMap<>();
    data.tables()
        .appraisal()
        .forEach(
            a ->
                communityNames.putIfAbsent(
                    a.unitCode(), data.unitLabel(a.level(), a.unitCode(), a.unitName())));
    data.tables()
        .awardsByUnit()
        .forEach(a -> communityNames.putIfAbsent(a.unitCode(), a.unitName()));
    if (!eligible.isEmpty()) {
      out.subheading("获奖补项目", 80);
      List<TableRow> rows = new ArrayList<>();
      for (AwardRow award : eligible) {
        rows.add(
            new TableRow(
                List.of(
                    award.projectCode(),
                    award.projectName(),
                    communityNames.getOrDefault(
                        award.unitCode(), DisplayFormat.text(award.unitCode())),
                    DisplayFormat.score(award.projectScore()),
                    DisplayFormat.text(award.grade()),
                    Formats.yuan(award.awardAmount())),
                false));
      }
      new PdfTable(
              List.of(
                  TableColumn.text("项目编号", 5.5f),
                  TableColumn.text("项目名称", 11),
                  TableColumn.text("所属单位", 6),
                  TableColumn.number("得分", 3.5f),
                  TableColumn.centered("等级", 3.5f),
                  TableColumn.number("奖补金额（元）", 6)),
              8.5f)
          .draw(out.flow(), rows);
      out.space(8);
    }
    for (UnitLevel level : List.of(UnitLevel.DISTRICT, UnitLevel.STREET)) {
      List<AwardsByUnitRow> totals =
          data.tables().awardsByUnit().stream()
              .filter(a -> a.level() == level)
              .sorted(
                  Comparator.comparing(AwardsByUnitRow::awardTotal)
                      .reversed()
                      .thenComparing(AwardsByUnitRow::unitCode))
              .toList();
      if (totals.isEmpty()) {
        continue;
      }
      out.subheading("各" + level.label() + "奖补汇总", 60);
      List<TableRow> rows = new ArrayList<>();
      for (AwardsByUnitRow unit : totals) {
        rows.add(
            new TableRow(
                List.of(
                    unit.unitName(),
                    Long.toString(unit.nProjects()),
                    Long.toString(unit.nScored()),
                    Long.toString(unit.nEligible()),
                    Long.toString(unit.nExcellent()),
                    Long.toString(unit.nGood()),
                    Formats.yuan(unit.awardTotal())),
                unit.nEligible() == 0));
      }
      new PdfTable(
              List.of(
                  TableColumn.text(level.label(), 8),
                  TableColumn.number("项目数", 3.6f),
                  TableColumn.number("已评分", 3.6f),
                  TableColumn.number("获奖补", 3.6f),
                  TableColumn.number(Grade.EXCELLENT.label(), 3.2f),
                  TableColumn.number(Grade.GOOD.label(), 3.2f),
                  TableColumn.number("奖补金额（元）", 6)),
              8.5f)
          .draw(out.flow(), rows);
      out.space(8);
    }
  }
}
