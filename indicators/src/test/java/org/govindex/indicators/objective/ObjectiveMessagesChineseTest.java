package org.govindex.indicators.objective;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govindex.contract.testing.ChineseLocale;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Refusals of the objective scoring read in Chinese under a Chinese locale. */
@ExtendWith(ChineseLocale.class)
class ObjectiveMessagesChineseTest {

  @Test
  void anIndicatorWithoutComputationAndABadPeriodAreRefusedInChinese() {
    String csv =
        "indicator_code,indicator_name,levels,direction,goal_worst,goal_best,weight_community,"
            + "weight_street,weight_department,economic,unit,goalpost_source\n"
            + "volunteer_rate,x,department,1,0,0.1,,,1,false,x,empirical\n";
    AppraisalCatalogue catalogue = AppraisalCatalogue.parse(csv, "test.csv");
    assertThatThrownBy(
            () -> ObjectiveScoring.compute(ObjectiveFixture.sources(), catalogue, "2026"))
        .isInstanceOf(ObjectiveInputException.class)
        .hasMessageStartingWith(
            "考核指标目录：指标“volunteer_rate”在 department 层级无法计算；该层级可计算的指标：hotline_response_rate, ");
    assertThatThrownBy(() -> ObjectiveScoring.compute(ObjectiveFixture.sources(), catalogue, "26"))
        .isInstanceOf(ObjectiveInputException.class)
        .hasMessage("period 须为四位年份 YYYY，实际为“26”");
  }
}
