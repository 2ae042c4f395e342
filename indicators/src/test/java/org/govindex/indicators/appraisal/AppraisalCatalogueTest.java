package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.govindex.contract.UnitLevel;
import org.junit.jupiter.api.Test;

class AppraisalCatalogueTest {

  static final String HEADER =
      "indicator_code,indicator_name,levels,direction,goal_worst,goal_best,weight_community,"
          + "weight_street,weight_department,economic,unit,goalpost_source\n";
  static final String HEADER_CENTRAL =
      "indicator_code,indicator_name,levels,direction,goal_worst,goal_best,weight_community,"
          + "weight_street,weight_department,weight_street_central,economic,unit,goalpost_source\n";

  private static final String ORIGIN = "appraisal-catalogue.csv";

  private static AppraisalCatalogue parse(String csv) {
    return AppraisalCatalogue.parse(csv, ORIGIN);
  }

  @Test
  void parsesRowsIntoDefinitions() {
    AppraisalCatalogue catalogue =
        parse(
            HEADER
                + "a,A,community;street,1,0,0.1,1,2,,false,比率,policy x\n"
                + "b,B,street;department,-1,0.5,0,,1,3,false,比率,empirical\n");
    IndicatorDefinition a = catalogue.indicator("a").orElseThrow();
    assertThat(a.levels()).containsExactlyInAnyOrder(UnitLevel.COMMUNITY, UnitLevel.STREET);
    assertThat(a.goalposts()).isEqualTo(new Goalposts(0, 0.1));
    assertThat(a.weights()).containsEntry(UnitLevel.STREET, 2.0);
    assertThat(catalogue.indicatorsAt(UnitLevel.DEPARTMENT))
        .extracting(IndicatorDefinition::code)
        .containsExactly("b");
    assertThat(catalogue.weightsFor(UnitLevel.STREET, false))
        .containsExactly(Map.entry("a", 2.0 / 3.0), Map.entry("b", 1.0 / 3.0));
  }

  @Test
  void centralStreetsDropEconomicWeightsAndRenormaliseTheRest() {
    AppraisalCatalogue catalogue =
        parse(
            HEADER_CENTRAL
                + "s1,S1,street,1,0,1,,1,,,false,比率,empirical\n"
                + "s2,S2,street,1,0,1,,2,,,false,比率,empirical\n"
                + "e1,E1,street,1,0,1,,1,,,true,元,empirical\n"
                + "e2,E2,street,1,0,1,,4,,0,true,元,empirical\n");
    // non-central: weights 1,2,1,4 of total 8
    Map<String, Double> normal = catalogue.weightsFor(UnitLevel.STREET, false);
    assertThat(normal.get("s1")).isCloseTo(0.125, within(1e-15));
    assertThat(normal.get("s2")).isCloseTo(0.25, within(1e-15));
    assertThat(normal.get("e1")).isCloseTo(0.125, within(1e-15));
    assertThat(normal.get("e2")).isCloseTo(0.5, within(1e-15));
    // central: economic 0, s1 and s2 renormalised over 1 + 2
    Map<String, Double> central = catalogue.weightsFor(UnitLevel.STREET, true);
    assertThat(central.get("s1")).isCloseTo(1.0 / 3.0, within(1e-15));
    assertThat(central.get("s2")).isCloseTo(2.0 / 3.0, within(1e-15));
    assertThat(central.get("e1")).isZero();
    assertThat(central.get("e2")).isZero();
    assertThat(catalogue.economicCodes()).containsExactly("e1", "e2");
  }

  @Test
  void centralWeightOfANonEconomicIndicatorOverridesTheStreetWeight() {
    AppraisalCatalogue catalogue =
        parse(
            HEADER_CENTRAL
                + "s1,S1,street,1,0,1,,1,,3,false,比率,empirical\n"
                + "s2,S2,street,1,0,1,,1,,,false,比率,empirical\n");
    assertThat(catalogue.weightsFor(UnitLevel.STREET, true).get("s1"))
        .isCloseTo(0.75, within(1e-15));
    assertThat(catalogue.weightsFor(UnitLevel.STREET, false).get("s1"))
        .isCloseTo(0.5, within(1e-15));
  }

  @Test
  void centralStreetEconomicWeightIsRefusedByPolicy() {
    String csv =
        HEADER_CENTRAL
            + "s1,S1,street,1,0,1,,1,,,false,比率,empirical\n"
            + "e1,E1,street,1,0,1,,1,,0.25,true,元,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining(ORIGIN + " line 3")
        .hasMessageContaining("中心城区")
        .hasMessageContaining("e1")
        .hasMessageContaining("street")
        .hasMessageContaining("0.25")
        .hasMessageContaining("requires 0.0")
        .satisfies(
            e -> {
              PolicyViolationException p = (PolicyViolationException) e;
              assertThat(p.rule()).isEqualTo(PolicyRules.CENTRAL_STREET_ECONOMIC_RULE);
              assertThat(p.value()).isEqualTo(0.25);
              assertThat(p.limit()).isZero();
            });
  }

  @Test
  void duplicateCodesNameBothLines() {
    String csv =
        HEADER
            + "a,A,community,1,0,1,1,,,false,比率,empirical\n"
            + "a,A2,community,1,0,1,1,,,false,比率,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessage(ORIGIN + " line 3: duplicate indicator_code 'a' (first defined on line 2)");
  }

  @Test
  void unknownLevelIsRefused() {
    String csv = HEADER + "a,A,community;county,1,0,1,1,,,false,比率,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageContaining(ORIGIN + " line 2")
        .hasMessageContaining("unknown level 'county'");
  }

  @Test
  void equalGoalpostsAreRefused() {
    String csv = HEADER + "a,A,community,1,5,5,1,,,false,比率,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageContaining(ORIGIN + " line 2")
        .hasMessageContaining("goal_worst equals goal_best (5.0)");
  }

  @Test
  void directionMustAgreeWithGoalposts() {
    String csv = HEADER + "a,A,community,-1,0,1,1,,,false,比率,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("direction -1 disagrees");
  }

  @Test
  void negativeWeightIsRefused() {
    String csv =
        HEADER
            + "a,A,community,1,0,1,1,,,false,比率,empirical\n"
            + "b,B,community,1,0,1,-0.5,,,false,比率,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessage(ORIGIN + " line 3: b: weight_community must not be negative, got -0.5");
  }

  @Test
  void allZeroWeightsAtALevelAreRefused() {
    String csv =
        HEADER
            + "a,A,community;street,1,0,1,0,1,,false,比率,empirical\n"
            + "b,B,community;department,1,0,1,0,,1,false,比率,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageContaining("all-zero weights at level community");
  }

  @Test
  void streetsLeftWithOnlyEconomicWeightAreRefusedForCentralStreets() {
    String csv =
        HEADER
            + "a,A,community;department,1,0,1,1,,1,false,比率,empirical\n"
            + "e,E,street,1,0,1,,1,,true,元,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageContaining("all-zero weights at level street for 中心城区 streets");
  }

  @Test
  void weightAtALevelNotListedIsRefused() {
    String csv = HEADER + "a,A,community,1,0,1,1,2,,false,比率,empirical\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageContaining("weight_street = 2 but level street is not in levels");
  }

  @Test
  void unknownAndMissingColumnsAreRefused() {
    assertThatThrownBy(
            () -> parse(HEADER.replace("weight_department", "weight_departmnet") + "x\n"))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageContaining("line 1: missing column 'weight_department'");
    assertThatThrownBy(() -> parse(HEADER.replace("\n", ",remarks\n")))
        .hasMessageContaining("line 1: unknown column 'remarks'");
  }

  @Test
  void badNumbersAndBooleansNameTheColumn() {
    assertThatThrownBy(() -> parse(HEADER + "a,A,community,1,zero,1,1,,,false,比率,x\n"))
        .hasMessage(ORIGIN + " line 2: a: goal_worst must be a finite number, got 'zero'");
    assertThatThrownBy(() -> parse(HEADER + "a,A,community,1,0,1,1,,,yes,比率,x\n"))
        .hasMessage(ORIGIN + " line 2: a: economic must be true or false, got 'yes'");
    assertThatThrownBy(() -> parse(HEADER + "a,A,community,2,0,1,1,,,false,比率,x\n"))
        .hasMessage(ORIGIN + " line 2: a: direction must be 1 or -1, got '2'");
    assertThatThrownBy(() -> parse(HEADER + "a,A,community,1,0,1,1,,,false,比率,\n"))
        .hasMessageContaining("goalpost_source is empty");
  }
}
