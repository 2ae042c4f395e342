package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.govindex.contract.testing.ChineseLocale;
import org.govindex.jobs.ingest.source.DropFile;
import org.govindex.jobs.ingest.source.DropScanner;
import org.govindex.jobs.ingest.source.FileKind;
import org.govindex.jobs.ingest.source.IngestionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files recognised by their header through the bundled source profiles, whatever their name; the
 * reasons as a Chinese user reads them (and in English outside a Chinese locale).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ChineseLocale.class)
class FileRecognizerTest {

  static final String SURVEY_HEADER =
      "序号,提交答卷时间,所用时间,来源,来自IP,1、您所在社区,2、您对社区治安状况的满意程度," + "3、您对社区环境卫生的满意程度,4、您的性别,5、您的年龄,6、您的手机号码";

  @TempDir Path dir;
  FileRecognizer recognizer;

  @BeforeAll
  void recognizer() throws Exception {
    recognizer =
        new FileRecognizer(DropIngestionTest.questionnaire(), DropIngestionTest.bundledProfiles());
  }

  private Path write(String path, String... lines) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private FileRecognizer.Recognition recognise(String path, String... lines) throws Exception {
    Path file = write(path, lines);
    return recognizer.recognise(new DropScanner.Candidate(file, path));
  }

  private void registry(String drop) throws Exception {
    write(drop + "/名录/区划.csv", "区划代码,区名称,区类型", "440103,甲区,中心城区");
    write(drop + "/名录/街道.csv", "街道代码,街道名称,区划代码", "440103001,甲街道,440103");
    write(
        drop + "/名录/社区.csv",
        "社区代码,社区名称,街道代码,户数,常住人口,社区类型",
        "440103001001,甲社区,440103001,10,20,城市社区");
    write(drop + "/名录/部门.csv", "部门代码,部门名称,区划代码", "44010301,民政局,440103");
  }

  @Test
  void filesOfAnyNameAndFolderAreRecognisedByTheirColumns() throws Exception {
    registry("d");
    write(
        "d/问卷星/2026年居民满意度调查_问卷星导出.csv",
        SURVEY_HEADER,
        "1,2026/3/1 7:36:00,280秒,手机提交,1.2.3.4,甲社区,满意,非常满意,男,18-29岁,13900000000");
    List<DropFile> files = recognizer.scan(dir.resolve("d"));
    assertThat(files)
        .extracting(f -> f.relativePath() + "=" + f.kind() + "/" + f.profile())
        .containsExactly(
            "名录/区划.csv=DISTRICTS/contract",
            "名录/街道.csv=STREETS/contract",
            "名录/社区.csv=COMMUNITIES/contract",
            "名录/部门.csv=DEPARTMENTS/contract",
            "问卷星/2026年居民满意度调查_问卷星导出.csv=RESIDENT_SURVEY/contract");
  }

  @Test
  void aFileOfNoKindIsReportedWithTheClosestKindAndWhatItLacks() throws Exception {
    FileRecognizer.Recognition r =
        recognise(
            "cases/calls.csv",
            "工单编号,受理渠道,诉求类型,来电号码,所属街道代码,所属社区代码,承办单位代码,签收时限,签收时间,"
                + "办结时限,办结时间,是否退单,是否重办,是否不合理诉求,回访结果,回访满意度");
    assertThat(r.recognised()).isFalse();
    assertThat(r.closest()).isEqualTo(FileKind.HOTLINE);
    assertThat(r.missing()).containsExactly("来电时间", "工单状态");
    registry("bad");
    Files.copy(dir.resolve("cases/calls.csv"), dir.resolve("bad/calls.csv"));
    assertThatThrownBy(() -> recognizer.scan(dir.resolve("bad")))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("calls.csv")
        .hasMessageContaining("hotline")
        .hasMessageContaining("缺少列 来电时间、工单状态")
        .hasMessageNotContaining("\n");
  }

  @Test
  void theNameBreaksATieBetweenKindsWhoseColumnsAreAllThere() throws Exception {
    String header = "街道代码,街道名称,区划代码,部门代码,部门名称";
    assertThat(recognise("registry/departments.csv", header).kind())
        .isEqualTo(FileKind.DEPARTMENTS);
    assertThat(recognise("registry/streets.csv", header).kind()).isEqualTo(FileKind.STREETS);
    FileRecognizer.Recognition unnamed = recognise("x/表.csv", header);
    assertThat(unnamed.recognised()).isFalse();
    assertThat(unnamed.why()).contains("无法确定类型").contains("streets").contains("departments");
  }

  @Test
  void theMostSpecificKindWinsWhenOneKindsColumnsContainAnothers() throws Exception {
    String header = "街道代码,年度,受理数,成功数,招商引资额,固定资产投资额,社会消费品零售总额,财税收入";
    assertThat(recognise("a.csv", header).kind()).isEqualTo(FileKind.STREET_FACTS);
    assertThat(recognise("b.csv", "街道代码,年度,受理数,成功数").kind()).isEqualTo(FileKind.MEDIATION_SUMMARY);
  }

  @Test
  void aMissingRegistryTableIsAnError() throws Exception {
    registry("noreg");
    Files.delete(dir.resolve("noreg/名录/街道.csv"));
    assertThatThrownBy(() -> recognizer.scan(dir.resolve("noreg")))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("streets")
        .hasMessageContaining("缺失")
        .hasMessageContaining("街道名称");
  }

  @Test
  void aHotlineExtractOfCityAIsReadThroughItsProfile() throws Exception {
    FileRecognizer.Recognition r =
        recognise(
            "12345/工单导出.csv",
            "工单号,受理时间,来源渠道,诉求类别,诉求内容,诉求人电话,街道编码,社区编码,承办单位编码,签收期限,签收时间,"
                + "办结期限,办结时间,办理状态,是否退回,是否重新交办,是否无效诉求,回访情况,满意度评价,诉求人姓名,备注");
    assertThat(r.kind()).isEqualTo(FileKind.HOTLINE);
    assertThat(r.profile()).isEqualTo("hotline-city-a");
    assertThat(r.fields())
        .containsEntry("工单号", "order_id")
        .containsEntry("满意度评价", "callback_satisfaction");
    assertThat(r.leftOut()).containsExactly("备注");
    assertThat(r.personalData()).containsExactly("诉求内容", "诉求人电话", "诉求人姓名");
    String[] record = {
      "GD1", "2026年5月1日 07:27:11", "网站", "咨询", "text", "13900000000", "440103001", "",
      "44010304", "2026年5月2日 07:27:11", "", "2026年5月4日 07:27:11", "", "已归档", "Y", "N",
      "N", "问题已解决", "比较满意", "某某", ""
    };
    assertThat(r.rewrite().apply(record))
        .containsExactly(
            "GD1",
            "2026-05-01 07:27:11",
            "网站",
            "咨询",
            "text",
            "13900000000",
            "440103001",
            "",
            "44010304",
            "2026-05-02 07:27:11",
            "",
            "2026-05-04 07:27:11",
            "",
            "已办结",
            "是",
            "否",
            "否",
            "已解决",
            "基本满意",
            "某某",
            "");
    assertThat(r.rewrite().headers()).startsWith("工单编号", "来电时间", "受理渠道", "诉求类型");
  }

  @Test
  void aNumericCode问卷星ExportIsReadThroughTheQuestionnairesOptions() throws Exception {
    String row = "1,2026/3/1 7:36:00,280秒,手机提交,1.2.3.4,甲社区,3,6,2,4,13900000000";
    FileRecognizer.Recognition byContent = recognise("s/第二批.csv", SURVEY_HEADER, row);
    FileRecognizer.Recognition byName = recognise("s/调查_按序号.csv", SURVEY_HEADER, row);
    for (FileRecognizer.Recognition r : List.of(byContent, byName)) {
      assertThat(r.kind()).isEqualTo(FileKind.RESIDENT_SURVEY);
      assertThat(r.why()).contains("按序号");
      assertThat(r.rewrite().apply(row.split(",")))
          .containsExactly(
              "1",
              "2026/3/1 7:36:00",
              "280秒",
              "手机提交",
              "1.2.3.4",
              "甲社区",
              "基本满意",
              "不了解",
              "女",
              "60岁及以上",
              "13900000000");
    }
    FileRecognizer.Recognition text =
        recognise(
            "s/按文本.csv",
            SURVEY_HEADER,
            "1,2026/3/1 7:36:00,280秒,手机提交,1.2.3.4,甲社区,满意,非常满意,男,18-29岁,13900000000");
    assertThat(text.why()).contains("按文本");
    String[] unchanged = "1,2026/3/1 7:36:00,280秒,手机提交,1.2.3.4,甲社区,3,满意,1,1,139".split(",");
    assertThat(text.rewrite().apply(unchanged.clone())).containsExactly(unchanged);
  }

  @Test
  void theReasonIsInTheUsersLanguage() throws Exception {
    String row = "1,2026/3/1 7:36:00,280秒,手机提交,1.2.3.4,甲社区,3,6,2,4,13900000000";
    int required = KindColumns.required(FileKind.RESIDENT_SURVEY).size();
    assertThat(recognise("surveys/resident_2026.csv", SURVEY_HEADER, row).why())
        .isEqualTo(
            "具备 resident_survey 的全部 "
                + required
                + " 个必需列（来源配置 contract）；文件名与之相符；问卷星“按序号”导出（开头各行的答案都是选项序号）");
    assertThat(recognise("x/表.csv", "街道代码,街道名称,区划代码,部门代码,部门名称").why())
        .isEqualTo("无法确定类型：表头同时符合 streets 和 departments；请按输入规范命名文件（例如放在 registry/ 下）");

    Locale.setDefault(Locale.ROOT);
    assertThat(recognise("surveys/resident_2026.csv", SURVEY_HEADER, row).why())
        .isEqualTo(
            "has all "
                + required
                + " required columns of resident_survey (profile contract); its name agrees;"
                + " 问卷星 按序号 export (every answer in the first rows is an option number)");
    assertThat(recognise("cases/calls.csv", "工单编号,受理渠道,诉求类型").problem())
        .startsWith("cases/calls.csv: not recognised as any kind of data file: ")
        .contains(
            "the closest is hotline (source profile contract), which lacks the columns 来电时间, ");
  }
}
