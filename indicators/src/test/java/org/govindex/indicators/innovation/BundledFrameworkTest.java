package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.IndicatorDefinition;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.junit.jupiter.api.Test;

/** The shipped framework: five dimensions, fixed goalposts from the policy standards, sources. */
class BundledFrameworkTest {

  @Test
  void fiveDimensionsOnFixedGoalposts() {
    InnovationFramework f = InnovationFramework.bundled();
    assertThat(f.dimensions())
        .containsExactly(
            "governance_actors",
            "service_facilities",
            "professional_workforce",
            "service_innovation",
            "outcomes_satisfaction");
    for (FrameworkNode n : f.framework().indicators()) {
      assertThat(n.goalLow()).as(n.code()).isNotNaN();
      assertThat(n.goalHigh()).as(n.code()).isNotNaN();
    }
    assertThat(f.recipe().normalise().defaults().name()).isEqualTo("goalposts");
    assertThat(f.recipe().uncertainty()).isNotNull();
  }

  @Test
  void dimensionNamesAreTheChineseNamesOfMeta() {
    assertThat(InnovationFramework.bundled().dimensionNames())
        .containsExactly(
            entry("governance_actors", "多元治理主体"),
            entry("service_facilities", "服务设施"),
            entry("professional_workforce", "专业队伍"),
            entry("service_innovation", "服务创新"),
            entry("outcomes_satisfaction", "成效与满意度"));
  }

  @Test
  void objectiveIndicatorsAreComputedAtCommunityLevelFromTheBundledCatalogue() {
    InnovationFramework f = InnovationFramework.bundled();
    assertThat(f.objectiveIndicators())
        .containsExactly(
            "hotline_resolution_rate",
            "hotline_satisfaction_rate",
            "mediation_success_rate",
            "volunteer_rate",
            "office_area_share",
            "service_area_per_100_households",
            "certified_social_worker_share",
            "social_orgs_per_1000");
    AppraisalCatalogue catalogue = f.objectiveCatalogue();
    assertThat(catalogue.indicatorsAt(UnitLevel.COMMUNITY))
        .extracting(IndicatorDefinition::code)
        .containsExactlyElementsOf(f.objectiveIndicators());
    assertThat(catalogue.indicatorsAt(UnitLevel.STREET)).isEmpty();
    AppraisalCatalogue bundled = AppraisalConfiguration.bundledDefaults().catalogue();
    for (IndicatorDefinition d : catalogue.indicators()) {
      assertThat(d.weights()).isEqualTo(Map.of(UnitLevel.COMMUNITY, 1.0));
      assertThat(d.goalposts()).isEqualTo(bundled.indicator(d.code()).orElseThrow().goalposts());
    }
  }

  @Test
  void policyStandardsAreTheGoalposts() {
    InnovationFramework f = InnovationFramework.bundled();
    // Nanjing: volunteers >= 10 %; office space <= 20 %; 20万元 fund. Hubei: 20 m² per 100
    // households and >= 300 m².
    assertThat(goal(f, "volunteer_rate")).containsExactly(0.0, 0.1, 1.0);
    assertThat(goal(f, "office_area_share")).containsExactly(0.2, 0.5, -1.0);
    assertThat(goal(f, "service_area_per_100_households")).containsExactly(0.0, 20.0, 1.0);
    assertThat(goal(f, "centre_area")).containsExactly(0.0, 300.0, 1.0);
    assertThat(goal(f, "service_fund")).containsExactly(0.0, 20.0, 1.0);
  }

  @Test
  void everyIndicatorDocumentsItsGoalpostSource() throws Exception {
    Map<String, String> sources = new HashMap<>();
    try (Reader r = InnovationFramework.resource(InnovationFramework.META_RESOURCE)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
        if (rec.get("Type").equals("Indicator")) {
          sources.put(rec.get("iCode"), rec.get("GoalSource"));
        }
      }
    }
    assertThat(sources).hasSize(InnovationFramework.bundled().framework().indicators().size());
    sources.forEach(
        (code, source) -> assertThat(source).as(code).matches("^(policy|empirical|methodology).*"));
  }

  @Test
  void anIndicatorWithoutComputationIsRefused() {
    String meta =
        """
        iCode,Level,Parent,Type,Direction,Weight,GoalLow,GoalHigh
        gdp_growth,1,d,Indicator,1,1,0,10
        d,2,i,Aggregate,1,1,,
        i,3,,Aggregate,1,1,,
        """;
    assertThatThrownBy(
            () ->
                InnovationFramework.parse(
                    new StringReader(meta), "m.csv", new StringReader(""), "r.yaml"))
        .isInstanceOf(InnovationConfigException.class)
        .hasMessageContaining("m.csv")
        .hasMessageContaining("gdp_growth");
  }

  private static double[] goal(InnovationFramework f, String code) {
    FrameworkNode n = f.framework().node(code);
    return new double[] {n.goalLow(), n.goalHigh(), n.direction()};
  }
}
