package org.govindex.jobs.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govindex.jobs.ingest.DropInspection;

/** The dry run of a drop as a person reads it: one block per file, then the verdict. */
final class InspectionText {

  private InspectionText() {}

  static String of(DropInspection.Report report) {
    StringBuilder out = new StringBuilder();
    out.append("数据包 ").append(report.drop()).append('\n');
    for (DropInspection.FileReport f : report.files()) {
      out.append('\n').append(f.file()).append('\n');
      line(out, "类型", f.kind() == null ? "未识别" : f.kind() + "（来源配置 " + f.profile() + "）");
      line(out, "依据", f.why());
      line(out, "编码", f.encoding());
      if (!f.fields().isEmpty()) {
        line(
            out,
            "列→字段",
            f.fields().entrySet().stream()
                .map(e -> e.getKey().strip() + "→" + e.getValue())
                .collect(Collectors.joining("，")));
      }
      if (!f.missing().isEmpty()) {
        line(out, "缺少的列", String.join("，", f.missing()));
      }
      if (!f.leftOut().isEmpty()) {
        line(out, "未读取的列（契约和来源配置都未列出）", join(f.leftOut()));
      }
      if (!f.personalData().isEmpty()) {
        line(out, "个人信息列（只写出假名或不读取）", join(f.personalData()));
      }
      if (f.kind() != null) {
        line(
            out,
            "行",
            "读取 "
                + f.rowsRead()
                + "，接受 "
                + f.rowsAccepted()
                + "，拒绝 "
                + (f.rowsRead() - f.rowsAccepted()));
        for (Map.Entry<String, DropInspection.Reason> r : f.rejected().entrySet()) {
          line(
              out,
              "  拒绝 " + r.getKey(),
              r.getValue().rows()
                  + " 行，首先在第 "
                  + r.getValue().firstRows().stream()
                      .map(String::valueOf)
                      .collect(Collectors.joining("、"))
                  + " 行");
        }
        if (!f.periods().isEmpty()) {
          line(
              out,
              "日期所在年度",
              f.periods().stream().map(String::valueOf).collect(Collectors.joining("、")));
        }
      }
      if (f.problem() != null) {
        line(out, "问题", f.problem());
      }
    }
    out.append('\n');
    if (report.wouldRun()) {
      out.append("结论：这个数据包可以运行（./govindex nightly --input ").append(report.drop()).append("）。\n");
    } else {
      out.append("结论：这个数据包不能运行，").append(report.problems().size()).append(" 个问题：\n");
      report.problems().forEach(p -> out.append("  - ").append(p).append('\n'));
    }
    return out.toString();
  }

  private static String join(List<String> headers) {
    return headers.stream().map(String::strip).collect(Collectors.joining("，"));
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append("  ").append(label).append("：").append(value).append('\n');
  }
}
