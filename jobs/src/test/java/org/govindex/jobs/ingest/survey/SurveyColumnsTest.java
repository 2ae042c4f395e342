package org.govindex.jobs.ingest.survey;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.govindex.contract.testing.ChineseLocale;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.ingest.source.IngestionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A survey file whose item columns cannot be told apart is refused in one line naming the file and
 * the columns, in the user's language.
 */
@ExtendWith(ChineseLocale.class)
class SurveyColumnsTest {

  private static final List<String> META = List.of("序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您所在社区");

  private static Questionnaire questionnaire() throws Exception {
    try (var in =
        SurveyColumnsTest.class.getResourceAsStream("/govindex/config/questionnaire.csv")) {
      return Questionnaire.parse(
          new InputStreamReader(in, StandardCharsets.UTF_8), "questionnaire.csv");
    }
  }

  private static List<String> header(String... items) {
    List<String> out = new java.util.ArrayList<>(META);
    out.addAll(List.of(items));
    return out;
  }

  @Test
  void residentItemColumnsThatCannotBeToldApartAreRefusedInChinese() throws Exception {
    ResidentSurvey survey = new ResidentSurvey(questionnaire(), new Pseudonymizer("test"));
    assertThatThrownBy(
            () ->
                survey.project(
                    "surveys/resident_x.csv", header("2、您对社区治安状况的满意程度", "3、您对社区治安状况的满意程度（复核）")))
        .isInstanceOf(IngestionException.class)
        .hasMessage(
            "surveys/resident_x.csv：“2、您对社区治安状况的满意程度”和“3、您对社区治安状况的满意程度（复核）”两列都对应问卷题目"
                + " C_SAFETY");
    assertThatThrownBy(() -> survey.project("surveys/resident_x.csv", header("2、社区治安和社区环境卫生")))
        .hasMessage("surveys/resident_x.csv：表头“2、社区治安和社区环境卫生”同时对应多道问卷题目：C_SAFETY、C_ENVIRONMENT");
    assertThatThrownBy(() -> survey.project("surveys/resident_x.csv", header("2、您的职业")))
        .hasMessage("surveys/resident_x.csv：没有一列对应问卷定义中的满意度题目");

    Locale.setDefault(Locale.ROOT);
    assertThatThrownBy(() -> survey.project("surveys/resident_x.csv", header("2、您的职业")))
        .hasMessage(
            "surveys/resident_x.csv: no column matches a satisfaction item of the questionnaire"
                + " definition");
  }

  @Test
  void aDepartmentSurveyWithoutItemColumnsIsRefusedInChinese() throws Exception {
    DepartmentSurvey survey =
        new DepartmentSurvey(questionnaire().scale(), new Pseudonymizer("test"));
    assertThatThrownBy(
            () ->
                survey.project(
                    "surveys/department_x.csv",
                    List.of("序号", "提交答卷时间", "所用时间", "评议人类型", "评议人所在街道", "被评议部门")))
        .isInstanceOf(IngestionException.class)
        .hasMessage("surveys/department_x.csv：没有部门评议题目列（响应速度、配合力度……）");
  }
}
