package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govindex.contract.Datasets;
import org.govindex.contract.Flag;
import org.govindex.contract.Grade;
import org.govindex.contract.RejectReason;
import org.govindex.contract.Results;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.pdf.PdfTable;
import org.govindex.reports.pdf.TableColumn;
import org.govindex.reports.pdf.TableRow;
import org.govindex.reports.tables.AppraisalRow;
import org.govindex.reports.tables.RejectRow;
import org.govindex.reports.tables.SurveyQualityRow;

/**
 * 附录二 数据质量: rows read, accepted and rejected per input file; rejects by reason per file; sample
 * sizes and interval widths; survey-quality flags; result tables that were absent.
 */
final class DataQualityAppendix implements ReportSection {

  private final PublicationData data;

  DataQualityAppendix(PublicationData data) {
    this.data = data;
  }

  @Override
  public String title() {
    return "附录二 数据质量";
  }

  @Override
  public void render(Typesetter out) throws IOException {
    out.sectionTitle(title());
    inputFiles(out);
    rejectReasons(out);
    intervals(out);
    surveyQuality(out);
    if (!data.tables().missing().isEmpty()) {
      out.subheading("未提供的结果表", 30);
      out.paragraph("以下结果表本期不存在，相应内容从略：" + String.join("、", data.tables().missing()) + "。");
    }
  }

  private void inputFiles(Typesetter out) throws IOException {
    out.subheading("输入文件读取情况", 80);
    List<InputFileSummary> inputs =
        data.inputs().inputs().stream()
            .sorted(Comparator.comparing(InputFileSummary::path))
            .toList();
    if (inputs.isEmpty()) {
      out.paragraph("运行清单未列出输入文件。");
      return;
    }
    List<TableRow> rows = new ArrayList<>();
    for (InputFileSummary input : inputs) {
      rows.add(
          new TableRow(
              List.of(
                  input.path(),
                  DisplayFormat.count(input.rowsRead()),
                  DisplayFormat.count(input.rowsAccepted()),
                  DisplayFormat.count(input.rowsRejected()),
                  DisplayFormat.percent(input.rejectedShare()),
                  input.balanced() ? "平衡" : "不平衡"),
              false));
    }
    new PdfTable(
            List.of(
                new TableColumn("输入文件", 14, TableColumn.Align.LEFT, TableColumn.Overflow.CUT_START),
                TableColumn.number("读取行数", 4.5f),
                TableColumn.number("接受", 4.5f),
                TableColumn.number("拒绝", 4),
                TableColumn.number("拒绝率", 4),
                TableColumn.centered("核对", 3.5f)),
            8.5f)
        .draw(out.flow(), rows);
    out.space(4);
    out.note("核对：每个文件的读取行数应等于接受行数与拒绝行数之和。");
  }

  private void rejectReasons(Typesetter out) throws IOException {
    out.subheading("拒绝原因（按文件）", 80);
    if (data.inputs().rejectsCsv() == null
        || !java.nio.file.Files.isRegularFile(data.inputs().rejectsCsv())) {
      out.paragraph("本次运行未提供拒绝记录文件（" + Datasets.REJECTS.csvFileName() + "）。");
      return;
    }
    if (data.rejects().isEmpty()) {
      out.paragraph("本期没有被拒绝的输入行。");
      return;
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (RejectRow reject : data.rejects()) {
      counts
          .computeIfAbsent(reject.file(), f -> new TreeMap<>())
          .merge(reject.reasonCode(), 1, Integer::sum);
    }
    List<TableRow> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> file : counts.entrySet()) {
      for (Map.Entry<String, Integer> reason : file.getValue().entrySet()) {
        rows.add(
            new TableRow(
                List.of(
                    file.getKey(),
                    RejectReason.fromCode(reason.getKey())
                        .map(RejectReason::label)
                        .orElse(reason.getKey()),
                    reason.getKey(),
                    DisplayFormat.count(reason.getValue())),
                false));
      }
    }
    new PdfTable(
            List.of(
                new TableColumn("输入文件", 12, TableColumn.Align.LEFT, TableColumn.Overflow.CUT_START),
                TableColumn.text("原因", 8),
                TableColumn.text("原因代码", 6),
                TableColumn.number("行数", 3.5f)),
            8.5f)
        .draw(out.flow(), rows);
    out.space(4);
    out.note("被拒绝的每一行及其具体原因见 " + Datasets.REJECTS.csvFileName() + "（不含明文个人信息）。");
  }

  private void intervals(Typesetter out) throws IOException {
    out.subheading("样本量与置信区间宽度", 80);
    List<TableRow> rows = new ArrayList<>();
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.STREET)) {
      List<AppraisalRow> units = data.tables().appraisal(level);
      List<Double> widths =
          units.stream()
              .filter(u -> u.ciLow() != null && u.ciHigh() != null)
              .map(u -> u.ciHigh() - u.ciLow())
              .sorted()
              .toList();
      if (units.isEmpty()) {
        continue;
      }
      List<Double> n = units.stream().map(u -> (double) u.nValid()).toList();
      rows.add(
          new TableRow(
              List.of(
                  level.label(),
                  Integer.toString(units.size()),
                  Formats.whole(SummarySection.median(n)),
                  Long.toString(units.stream().filter(AppraisalRow::insufficientSample).count()),
                  Integer.toString(widths.size()),
                  widths.isEmpty()
                      ? DisplayFormat.MISSING
                      : DisplayFormat.score(SummarySection.median(widths)),
                  widths.isEmpty()
                      ? DisplayFormat.MISSING
                      : DisplayFormat.score(widths.get(widths.size() - 1))),
              false));
    }
    new PdfTable(
            List.of(
                TableColumn.text("层级", 4),
                TableColumn.number("单位数", 4),
                TableColumn.number("有效样本中位数", 6),
                TableColumn.number(Grade.INSUFFICIENT_SAMPLE.label(), 4.5f),
                TableColumn.number("有区间的单位", 5.5f),
                TableColumn.number("区间宽度中位数", 6),
                TableColumn.number("最大区间宽度", 6)),
            8.5f)
        .draw(out.flow(), rows);
    out.space(4);
    out.note("区间宽度为主观得分 S 的 95% 自助法区间上下限之差（分）；宽度越大，得分越不确定。");
  }

  private void surveyQuality(Typesetter out) throws IOException {
    out.subheading("问卷质量标记", 80);
    if (data.tables().isMissing(Results.SURVEY_QUALITY)) {
      out.paragraph("本期未提供问卷质量表（" + Results.SURVEY_QUALITY.csvFileName() + "），问卷质量检查结果从略。");
      return;
    }
    List<SurveyQualityRow> flagged =
        data.tables().surveyQuality().stream().filter(q -> !q.flags().isEmpty()).toList();
    out.paragraph(
        "共检查 "
            + data.tables().surveyQuality().size()
            + " 个单位的问卷，其中 "
            + flagged.size()
            + " 个单位有质量标记。");
    if (flagged.isEmpty()) {
      out.paragraph("未发现问卷质量存疑的单位：各单位的作答过快、重复作答、直线作答与同一 IP 集中作答比例均在阈值以内。");
      return;
    }
    Map<String, String> names = new java.util.HashMap<>();
    data.tables()
        .appraisal()
        .forEach(
            a ->
                names.put(
                    a.level() + "/" + a.unitCode(),
                    data.unitLabel(a.level(), a.unitCode(), a.unitName())));
    List<TableRow> rows = new ArrayList<>();
    List<String> causes = new ArrayList<>();
    for (SurveyQualityRow row : flagged) {
      String name = names.getOrDefault(row.level() + "/" + row.unitCode(), row.unitCode());
      rows.add(
          new TableRow(
              List.of(
                  name,
                  row.level().label(),
                  DisplayFormat.count(row.nResponses()),
                  DisplayFormat.count(row.nValid()),
                  DisplayFormat.percent(row.speederShare()),
                  DisplayFormat.percent(row.duplicateShare()),
                  DisplayFormat.percent(row.straightlinerShare()),
                  DisplayFormat.percent(row.burstShare()),
                  DisplayFormat.percent(row.dontKnowShare())),
              false));
      // the specific causes; suspicious_survey only summarises them
      List<String> specific =
          row.flags().size() > 1
              ? row.flags().stream().filter(f -> !Flag.SUSPICIOUS_SURVEY.code().equals(f)).toList()
              : row.flags();
      causes.add(
          name
              + "（"
              + row.level().label()
              + "）："
              + String.join("；", FlagText.labels(specific, data::name)));
    }
    new PdfTable(
            List.of(
                TableColumn.text("单位", 7),
                TableColumn.centered("层级", 2.6f),
                TableColumn.number("问卷", 3.4f),
                TableColumn.number("有效", 3.4f),
                TableColumn.number("过快", 3.4f),
                TableColumn.number("重复", 3.4f),
                TableColumn.number("直线\n作答", 3.4f),
                TableColumn.number("IP\n集中", 3.4f),
                TableColumn.number("“不了解”", 4)),
            7.5f)
        .draw(out.flow(), rows);
    out.space(4);
    out.note("各比例为占有效问卷的比例。存疑原因：");
    for (String cause : causes) {
      out.paragraph("• " + cause, 8.5f, Typesetter.TEXT, 6);
    }
  }
}
