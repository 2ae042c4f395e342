package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refusals of the appraisal catalogue and policy (and of the YAML they are read with) read in
 * Chinese under a Chinese locale; codes, column and key names stay as they are.
 */
@ExtendWith(ChineseLocale.class)
class AppraisalMessagesChineseTest {

  private static final String HEADER = AppraisalCatalogueTest.HEADER;
  private static final String HEADER_CENTRAL = AppraisalCatalogueTest.HEADER_CENTRAL;

  private static AppraisalCatalogue catalogue(String csv) {
    return AppraisalCatalogue.parse(csv, "appraisal-catalogue.csv");
  }

  private static AppraisalPolicy policy(String yaml) {
    return AppraisalPolicy.parse(yaml, "appraisal.yaml");
  }

  @Test
  void aDuplicateIndicatorCodeIsRefusedInChinese() {
    String csv =
        HEADER
            + "a,A,community,1,0,1,1,,,false,比率,empirical\n"
            + "a,A2,community,1,0,1,1,,,false,比率,empirical\n";
    assertThatThrownBy(() -> catalogue(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessage("appraisal-catalogue.csv 第 3 行：indicator_code“a”重复（首次定义在第 2 行）");
  }

  @Test
  void equalGoalpostsAndABadLevelAreRefusedInChinese() {
    assertThatThrownBy(() -> catalogue(HEADER + "a,A,community,1,5,5,1,,,false,比率,empirical\n"))
        .hasMessage("appraisal-catalogue.csv 第 2 行：a：goal_worst 与 goal_best 相同（5.0），无法计算得分");
    assertThatThrownBy(
            () -> catalogue(HEADER + "a,A,community;county,1,0,1,1,,,false,比率,empirical\n"))
        .hasMessage(
            "appraisal-catalogue.csv 第 2 行：a：levels“community;county”中有未知层级“county”"
                + "（可用：community;street;department）");
    assertThatThrownBy(() -> catalogue(HEADER + "a,A,community,1,0,1,1,,,false,比率,\n"))
        .hasMessage("appraisal-catalogue.csv 第 2 行：a：goalpost_source 为空（请写明政策依据，或填 empirical）");
  }

  @Test
  void aShortRowIsNamedByTheCatalogueNotByTheCsvReader() {
    String csv = HEADER + "a,A,community,1,0,1,1\n";
    assertThatThrownBy(() -> catalogue(csv))
        .hasMessage("appraisal-catalogue.csv 第 2 行：该行有 7 个单元格，表头有 12 列");
    Locale.setDefault(Locale.ROOT);
    assertThatThrownBy(() -> catalogue(csv))
        .hasMessage("appraisal-catalogue.csv line 2: the row has 7 cells, the header has 12");
  }

  @Test
  void allZeroWeightsForCentralStreetsAreRefusedInChinese() {
    String csv = HEADER + "e1,E1,street,1,0,1,,1,,true,元,empirical\n";
    assertThatThrownBy(() -> catalogue(csv))
        .hasMessage(
            "appraisal-catalogue.csv：中心城区街道的权重全为 0：weight_street（中心城区，不含经济指标）在 1 个指标上合计为 0.0");
  }

  @Test
  void aCentralStreetEconomicWeightNamesThePolicyRuleInChinese() {
    String csv = HEADER_CENTRAL + "e1,E1,street,1,0,1,,1,,0.25,true,元,empirical\n";
    assertThatThrownBy(() -> catalogue(csv))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessage(
            "appraisal-catalogue.csv 第 2 行：违反政策规则“中心城区街道取消经济指标考核”："
                + "中心城区街道的经济指标 e1 的权重 weight_street_central 为 0.25，政策要求为 0.0")
        .satisfies(
            e ->
                assertThat(((PolicyViolationException) e).rule())
                    .isEqualTo(PolicyRules.CENTRAL_STREET_ECONOMIC_RULE));
  }

  @Test
  void theRuleTextsFollowTheLocale() {
    assertThat(PolicyRules.subjectiveWeightRuleText()).isEqualTo("群众主观评价权重不低于街道50%、社区70%");
    Locale.setDefault(Locale.ROOT);
    assertThat(PolicyRules.subjectiveWeightRuleText())
        .isEqualTo(
            "residents' subjective evaluation weighs at least 50% for streets and 70% for"
                + " communities");
    assertThat(PolicyRules.centralStreetEconomicRuleText())
        .isEqualTo("economic indicators weigh 0 for streets of a 中心城区 district");
  }

  @Test
  void policyRefusalsReadInChinese() {
    assertThatThrownBy(() -> policy("excellent_quota: 0.1\nexcellent_quota: 0.2\n"))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessage("appraisal.yaml 第 2 行：键“excellent_quota”重复（首次出现在第 1 行）");
    assertThatThrownBy(() -> policy("subjectve_weight: {}\n"))
        .hasMessageStartingWith(
            "appraisal.yaml 第 1 行：未知的键“subjectve_weight”（可用：subjective_weight, ");
    assertThatThrownBy(() -> policy("minimum_sample:\n  street: many\n"))
        .hasMessage("appraisal.yaml 第 2 行：minimum_sample.street 须为正整数，实际为“many”");
    assertThatThrownBy(() -> policy("grade_thresholds: {excellent: 70, good: 80}\n"))
        .hasMessage(
            "appraisal.yaml 第 1 行：等次分数线须满足 0 <= pass < good < excellent <= 100，"
                + "实际为 pass=60.0 good=80.0 excellent=70.0");
    assertThatThrownBy(() -> policy("subjective_weight: high\n"))
        .hasMessage("appraisal.yaml 第 1 行：subjective_weight 须为键值映射，实际为 high");
  }
}
