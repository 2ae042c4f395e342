package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.govindex.contract.UnitLevel;
import org.junit.jupiter.api.Test;

/** The default configuration files load and carry the methodology's indicators and settings. */
class BundledConfigurationTest {

  private static final List<String> SECTION_2 =
      List.of(
          "hotline_orders_per_1000",
          "hotline_response_rate",
          "hotline_ontime_close_rate",
          "hotline_resolution_rate",
          "hotline_satisfaction_rate",
          "hotline_return_rate",
          "hotline_reopen_rate",
          "mediation_success_rate",
          "volunteer_rate",
          "office_area_share",
          "service_area_per_100_households",
          "certified_social_worker_share",
          "social_orgs_per_1000");

  private static final List<String> HOTLINE_RATES = SECTION_2.subList(1, 7);

  private final AppraisalConfiguration config = AppraisalConfiguration.bundledDefaults();

  @Test
  void everySection2IndicatorAppliesToCommunitiesAndStreets() {
    AppraisalCatalogue catalogue = config.catalogue();
    assertThat(catalogue.indicatorsAt(UnitLevel.COMMUNITY))
        .extracting(IndicatorDefinition::code)
        .containsExactlyElementsOf(SECTION_2);
    assertThat(catalogue.indicatorsAt(UnitLevel.STREET))
        .extracting(IndicatorDefinition::code)
        .containsAll(SECTION_2)
        .hasSize(SECTION_2.size() + 4);
    assertThat(catalogue.indicatorsAt(UnitLevel.DEPARTMENT))
        .extracting(IndicatorDefinition::code)
        .containsExactlyElementsOf(HOTLINE_RATES);
  }

  @Test
  void theFourEconomicIndicatorsAreStreetOnlyAndDroppedForCentralStreets() {
    AppraisalCatalogue catalogue = config.catalogue();
    assertThat(catalogue.economicCodes())
        .containsExactly(
            "investment_attracted_per_capita",
            "fixed_asset_investment_per_capita",
            "retail_sales_per_capita",
            "fiscal_revenue_per_capita");
    var central = catalogue.weightsFor(UnitLevel.STREET, true);
    var elsewhere = catalogue.weightsFor(UnitLevel.STREET, false);
    for (String code : catalogue.economicCodes()) {
      assertThat(central.get(code)).isZero();
      assertThat(elsewhere.get(code)).isCloseTo(1.0 / 17, within(1e-15));
    }
    for (String code : SECTION_2) {
      assertThat(central.get(code)).isCloseTo(1.0 / 13, within(1e-15));
    }
  }

  @Test
  void goalpostsFollowThePolicyStandards() {
    AppraisalCatalogue catalogue = config.catalogue();
    IndicatorDefinition volunteers = catalogue.indicator("volunteer_rate").orElseThrow();
    assertThat(volunteers.goalposts().best()).isEqualTo(0.10);
    assertThat(volunteers.direction()).isEqualTo(1);
    IndicatorDefinition office = catalogue.indicator("office_area_share").orElseThrow();
    assertThat(office.goalposts().best()).isEqualTo(0.20);
    assertThat(office.direction()).isEqualTo(-1);
    assertThat(office.normalise(0.15)).isEqualTo(100.0);
    IndicatorDefinition area = catalogue.indicator("service_area_per_100_households").orElseThrow();
    assertThat(area.goalposts().best()).isEqualTo(20.0);
    for (String code : List.of("hotline_orders_per_1000", "hotline_return_rate")) {
      assertThat(catalogue.indicator(code).orElseThrow().direction()).isEqualTo(-1);
    }
    for (IndicatorDefinition indicator : catalogue.indicators()) {
      assertThat(indicator.goalpostSource()).matches("(policy|empirical): .+");
    }
  }

  @Test
  void bundledPolicyEqualsTheMethodologyDefaults() {
    assertThat(config.policy()).isEqualTo(AppraisalPolicy.DEFAULT);
  }
}
