package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govindex validate}: defaults pass; each broken file is named with its rule. */
class ValidateCommandTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void theBundledConfigurationIsValid() {
    assertThat(run("validate")).isZero();
    assertThat(out.toString())
        .startsWith("configuration OK")
        .contains("subjective weight community 0.7 (floor 0.7), street 0.5 (floor 0.5)");
  }

  @Test
  void writtenDefaultsAreValidAndEditable(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("cfg");
    assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
    assertThat(dir.resolve("appraisal-catalogue.csv")).exists();
    assertThat(dir.resolve("govindex.yaml")).exists();
    for (String profile : new String[] {"contract", "hotline-city-a", "hotline-city-b"}) {
      Path copy = dir.resolve("sources/" + profile + ".yaml");
      assertThat(copy).exists();
      try (var bundled =
          getClass()
              .getClassLoader()
              .getResourceAsStream("govindex/sources/" + profile + ".yaml")) {
        assertThat(Files.readAllBytes(copy)).isEqualTo(bundled.readAllBytes());
      }
    }
    assertThat(Files.readString(dir.resolve("govindex.yaml"), StandardCharsets.UTF_8))
        .contains("sources:\n  - sources/contract.yaml\n  - sources/hotline-city-a.yaml");

    Path policy = dir.resolve("appraisal.yaml");
    String text = Files.readString(policy, StandardCharsets.UTF_8);
    Files.writeString(
        policy, text.replace("community: 0.7", "community: 0.6"), StandardCharsets.UTF_8);
    out.getBuffer().setLength(0);

    assertThat(run("validate", "--config", dir.resolve("govindex.yaml").toString())).isOne();
    assertThat(err.toString())
        .contains("appraisal.yaml")
        .contains("community")
        .contains("0.6")
        .contains("0.7")
        .contains("1 problem(s) found");
  }

  @Test
  void everyBrokenFileIsListedNotOnlyTheFirst(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("cfg");
    assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
    Path policy = dir.resolve("appraisal.yaml");
    Files.writeString(
        policy,
        Files.readString(policy, StandardCharsets.UTF_8).replace("street: 0.5", "street: 0.4"),
        StandardCharsets.UTF_8);
    Path catalogue = dir.resolve("appraisal-catalogue.csv");
    Files.writeString(
        catalogue,
        Files.readString(catalogue, StandardCharsets.UTF_8)
            .replaceFirst("(investment_attracted_per_capita,[^\\n]*?),,1,,0,true", "$1,,1,,1,true"),
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("innovation-awards.yaml"), "no_such_key: 1\n");

    assertThat(run("validate", "--config", dir.resolve("govindex.yaml").toString())).isOne();
    String problems = err.toString();
    assertThat(problems).contains("appraisal.yaml").contains("0.4");
    assertThat(problems).contains("appraisal-catalogue.csv").contains("中心城区");
    assertThat(problems).contains("innovation-awards.yaml").contains("no_such_key");
    assertThat(problems).contains("3 problem(s) found");
  }

  @Test
  void theBundledSourceProfilesAreListed() {
    assertThat(run("validate")).isZero();
    assertThat(out.toString())
        .contains(
            "source profiles OK: [contract (12 file kinds), hotline-city-a (1 file kinds),"
                + " hotline-city-b (1 file kinds)]");
  }

  @Test
  void everyProblemOfASourceProfileIsListed(@TempDir Path tmp) throws Exception {
    Path profile = tmp.resolve("hotline-mine.yaml");
    Files.writeString(
        profile,
        "name: hotline-mine\n"
            + "kinds: [hotline]\n"
            + "headers: {单号: 工单号码}\n"
            + "values:\n"
            + "  工单状态: {归档: 已归档}\n"
            + "  是否退单: {\"T\": 真}\n"
            + "  备注: {x: y}\n"
            + "dateTimeFormats: {来电时间: \"yyyy年M月d日 HH:mm:ss\", 工单状态: \"yyyy\","
            + " 办结时间: \"yyyy-qq-bb\"}\n",
        StandardCharsets.UTF_8);
    Path config = tmp.resolve("govindex.yaml");
    Files.writeString(
        config,
        "sources:\n  - \"classpath:govindex/sources/contract.yaml\"\n  - hotline-mine.yaml\n");
    assertThat(run("validate", "--config", config.toString())).isOne();
    assertThat(err.toString())
        .contains("headers: 单号 → 工单号码: '工单号码' is no column of [hotline]")
        .contains("values.工单状态: 归档 → 已归档: '已归档' is not a value 工单状态 accepts")
        .contains("values.是否退单: T → 真: '真' is not a value 是否退单 accepts")
        .contains("values: '备注' is no column of [hotline]")
        .contains("dateTimeFormats: '工单状态' is no date or time column of [hotline]")
        .contains("dateTimeFormats.办结时间: 'yyyy-qq-bb' is not a date-time pattern")
        .contains("6 problem(s) found")
        .doesNotContain("来电时间:");
  }

  @Test
  void aChineseUserReadsTheProblemsOfASourceProfileAndTheWrittenDefaultsInChinese(@TempDir Path tmp)
      throws Exception {
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.CHINA);
    try {
      Path profile = tmp.resolve("hotline-mine.yaml");
      Files.writeString(
          profile,
          "name: hotline-mine\n"
              + "kinds: [hotline]\n"
              + "headers: {单号: 工单号码}\n"
              + "values:\n"
              + "  工单状态: {归档: 已归档}\n"
              + "dateTimeFormats: {工单状态: \"yyyy\"}\n",
          StandardCharsets.UTF_8);
      Path config = tmp.resolve("govindex.yaml");
      Files.writeString(config, "sources:\n  - hotline-mine.yaml\n", StandardCharsets.UTF_8);
      assertThat(run("validate", "--config", config.toString())).isOne();
      assertThat(err.toString())
          .contains("有误：hotline-mine.yaml（hotline-mine）：headers：单号 → 工单号码：“工单号码”不是 hotline 的列")
          .contains("有误：hotline-mine.yaml（hotline-mine）：values.工单状态：归档 → 已归档：“已归档”不是 工单状态 允许的取值")
          .contains("有误：hotline-mine.yaml（hotline-mine）：dateTimeFormats：“工单状态”不是 hotline 的日期或时间列")
          .contains("共发现 3 个问题")
          .doesNotContainPattern("[A-Za-z]{2,} [A-Za-z]{2,}");

      Path dir = tmp.resolve("cfg");
      assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
      assertThat(Files.readString(dir.resolve("govindex.yaml"), StandardCharsets.UTF_8))
          .startsWith(
              "# 由 `govindex validate --write-defaults` 写出的 govindex 配置。\n"
                  + "# 修改旁边的文件后运行：./govindex validate --config "
                  + dir.resolve("govindex.yaml")
                  + "\n# 路径都相对于本文件所在的文件夹。\nframework:\n");
      err.getBuffer().setLength(0);
      assertThat(run("validate", "--config", dir.resolve("govindex.yaml").toString()))
          .as(err.toString())
          .isZero();
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void nightlyRefusesAConfigurationThatValidateRejects(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("cfg");
    assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
    Path policy = dir.resolve("appraisal.yaml");
    Files.writeString(
        policy,
        Files.readString(policy, StandardCharsets.UTF_8).replace("street: 0.5", "street: 0.4"),
        StandardCharsets.UTF_8);
    err.getBuffer().setLength(0);

    int status =
        run(
            "nightly",
            "--input",
            tmp.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--config",
            dir.resolve("govindex.yaml").toString());

    assertThat(status).isOne();
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("appraisal.yaml").contains("0.4");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void writeDefaultsNeverOverwrites(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("cfg");
    assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
    assertThat(run("validate", "--write-defaults", dir.toString())).isOne();
    assertThat(err.toString()).contains("refusing to overwrite");
  }
}
