package org.govindex.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.govindex.contract.GovindexException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default period of a drop that declares none. */
class DropPeriodTest {

  private final Locale before = Locale.getDefault();

  /** The reasons are asserted in Chinese: the messages follow the locale. */
  @BeforeEach
  void chineseLocale() {
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  private static final org.govindex.jobs.ingest.FileRecognizer RECOGNIZER = recognizer();

  private static org.govindex.jobs.ingest.FileRecognizer recognizer() {
    org.govindex.jobs.config.LoadedSettings settings =
        org.govindex.jobs.config.SettingsLoader.load(null);
    return new org.govindex.jobs.ingest.FileRecognizer(
        settings.questionnaire(), settings.profiles());
  }

  @TempDir Path drop;

  private static final Path SAMPLE_REGISTRY =
      Path.of(System.getProperty("user.dir")).getParent().resolve("data-samples/drop/registry");

  /** The sample drop's registry (a drop needs one), and a resident survey file. */
  private void survey(String name, String... submitted) throws IOException {
    Path registry = Files.createDirectories(drop.resolve("registry"));
    try (var files = Files.list(SAMPLE_REGISTRY)) {
      for (Path f : files.toList()) {
        Files.copy(f, registry.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path surveys = Files.createDirectories(drop.resolve("surveys"));
    StringBuilder csv = new StringBuilder("序号,提交答卷时间,所用时间,1、您所在社区\n");
    for (int i = 0; i < submitted.length; i++) {
      csv.append(i + 1).append(',').append(submitted[i]).append(",120,中德社区（440103001005）\n");
    }
    Files.writeString(surveys.resolve(name), csv, StandardCharsets.UTF_8);
  }

  @Test
  void givenSurveysOfTwoYearsWhenNoPeriodIsDeclaredThenTheLatestSurveyYearIsChosen()
      throws IOException {
    // given answers of 2024 and 2025 (the latest in the second file), one time unreadable, and
    // hotline orders of 2026 that date no survey
    survey("resident_a.csv", "2024/11/3 9:00:00", "2024/12/30 18:00:00");
    survey("resident_b.csv", "2025/1/2 8:00:00", "不是时间");
    Files.createDirectories(drop.resolve("cases"));
    Files.writeString(
        drop.resolve("cases/hotline_a.csv"),
        "工单编号,来电时间,受理渠道,诉求类型,所属街道代码,所属社区代码,承办单位代码,签收时限,签收时间,办结时限,办结时间,"
            + "工单状态,是否退单,是否重办,是否不合理诉求,回访结果,回访满意度\nA1,2026/1/5 10:00:00"
            + ",,,,,,,,,,,,,,,\n");

    // when the default period is chosen
    DropPeriod.Chosen chosen = DropPeriod.of(drop, RECOGNIZER);

    // then it is the latest year of 提交答卷时间, and the reason says so in Chinese
    assertThat(chosen.period()).isEqualTo("2025");
    assertThat(chosen.reason()).contains("居民问卷答卷").contains("提交答卷时间").contains("最近年份");
  }

  @Test
  void givenAMarkerDeclaringAPeriodWhenTheDefaultIsChosenThenTheDeclaredOneWins()
      throws IOException {
    // given a synthetic drop declaring 2023 with answers of 2025
    survey("resident_a.csv", "2025/3/1 7:36:00");
    Files.writeString(drop.resolve("govindex-synthetic.json"), "{\"period\": 2023}");

    // when / then
    assertThat(DropPeriod.of(drop, RECOGNIZER).period()).isEqualTo("2023");
  }

  @Test
  void givenNoDatedSurveyAnswerWhenTheDefaultIsChosenThenTheRunIsRefusedInOneChineseLine()
      throws IOException {
    // given survey files whose times are all unreadable (January run date is irrelevant)
    survey("resident_a.csv", "不是时间");

    // when / then: refused, asking for --period, never falling back to the calendar year
    assertThatThrownBy(() -> DropPeriod.of(drop, RECOGNIZER))
        .isInstanceOf(GovindexException.class)
        .hasMessageContaining("无法确定计算年度")
        .hasMessageContaining("--period")
        .hasMessageNotContaining("\n");
  }
}
