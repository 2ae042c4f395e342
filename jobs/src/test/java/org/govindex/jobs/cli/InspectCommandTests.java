package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govindex inspect}: a dry run that reads everything, writes nothing but its report. */
class InspectCommandTests {

  static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final java.util.Locale before = java.util.Locale.getDefault();

  @org.junit.jupiter.api.BeforeEach
  void chineseLocale() {
    java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
  }

  @org.junit.jupiter.api.AfterEach
  void restoreLocale() {
    java.util.Locale.setDefault(before);
  }

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void theBundledDropWouldRunAndItsRejectsAreTheRunsOwn(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("inspect.json");
    Path drop = REPO.resolve("data-samples/drop");
    assertThat(run("inspect", "--input", drop.toString(), "--json", json.toString()))
        .as(err.toString())
        .isZero();
    String text = out.toString();
    assertThat(text)
        .contains("结论：这个数据包可以运行")
        .contains("cases/hotline_2026_05-08.csv\n  类型：hotline（来源配置 contract）")
        .contains("编码：GB18030")
        .contains("工单编号→order_id")
        .contains("个人信息列（只写出假名或不读取）：诉求内容，来电号码")
        .contains("日期所在年度：2026");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("wouldRun").asBoolean()).isTrue();
    assertThat(report.get("files")).hasSize(18);
    // the synthetic marker lists the defects the generator planted: the dry run finds each one at
    // its rows, except the cross-file rules of the row-sized kinds, which it leaves to the run
    JsonNode planted =
        new ObjectMapper()
            .readTree(REPO.resolve("data-samples/drop/govindex-synthetic.json").toFile())
            .get("planted_defects");
    Map<String, String> expected = new TreeMap<>();
    planted
        .fields()
        .forEachRemaining(
            f ->
                f.getValue()
                    .get("defect_rows")
                    .fields()
                    .forEachRemaining(
                        r -> {
                          boolean crossFile =
                              r.getKey().equals("duplicate")
                                  || (r.getKey().equals("duplicate_key")
                                      && f.getKey().startsWith("cases/")
                                      && !f.getKey().contains("summary"));
                          if (!crossFile) {
                            expected.put(f.getKey() + " " + r.getKey(), rows(r.getValue()));
                          }
                        }));
    Map<String, String> found = new TreeMap<>();
    report
        .get("files")
        .forEach(
            f ->
                f.get("rejected")
                    .fields()
                    .forEachRemaining(
                        r ->
                            found.put(
                                f.get("file").asText() + " " + r.getKey(),
                                r.getValue().get("rows").asLong()
                                    + " "
                                    + rows(r.getValue().get("firstRows")))));
    assertThat(expected).hasSizeGreaterThan(40);
    expected.forEach(
        (key, rows) -> assertThat(found.get(key)).as(key).isEqualTo(rowCount(rows) + " " + rows));
  }

  private static String rows(JsonNode list) {
    java.util.List<Long> out = new java.util.ArrayList<>();
    list.forEach(n -> out.add(n.asLong()));
    java.util.Collections.sort(out);
    return out.subList(0, Math.min(5, out.size())).toString();
  }

  private static long rowCount(String rows) {
    return rows.equals("[]") ? 0 : rows.split(",").length;
  }

  @Test
  void aDropWithEveryKindOfDefectIsRefusedWithEachProblemNamed(@TempDir Path tmp) throws Exception {
    Path drop = tmp.resolve("drop");
    copy(REPO.resolve("data-samples/variants/contract"), drop);
    Files.delete(drop.resolve("registry/streets.csv"));
    Files.writeString(
        drop.resolve("cases/calls.csv"), "工单编号,受理渠道,诉求类型,所属街道代码\nGD1,电话,咨询,440103001\n");
    Files.writeString(drop.resolve("说明.docx"), "x");
    assertThat(run("inspect", "--input", drop.toString())).isOne();
    assertThat(out.toString()).contains("说明.docx 不是 CSV 或 XLSX 数据文件");
    Files.delete(drop.resolve("说明.docx"));
    out.getBuffer().setLength(0);

    Path json = tmp.resolve("r.json");
    assertThat(run("inspect", "--input", drop.toString(), "--json", json.toString())).isOne();
    String text = out.toString();
    assertThat(text)
        .contains("cases/calls.csv\n  类型：未识别")
        .contains("最接近的是 hotline")
        .contains("缺少的列：来电时间，所属社区代码，承办单位代码，签收时限")
        .contains("结论：这个数据包不能运行")
        .contains("名录表 streets 缺失");
    // without the streets, every community and every row naming a street is rejected
    assertThat(text).contains("拒绝 unknown_unit");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("wouldRun").asBoolean()).isFalse();
    java.util.Locale.setDefault(java.util.Locale.US);
    out.getBuffer().setLength(0);
    assertThat(run("inspect", "--input", drop.toString())).isOne();
    assertThat(out.toString())
        .contains("cases/calls.csv\n  kind: not recognised")
        .contains("  why: not recognised as any kind of data file: ")
        .contains("missing columns: 来电时间, 所属社区代码")
        .contains("Verdict: this drop would not run; 2 problem(s):");
    assertThat(report.get("problems")).hasSize(2);
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
