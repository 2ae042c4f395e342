package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.govindex.indicators.innovation.InnovationFixture.community;
import static org.govindex.indicators.innovation.InnovationFixture.row;

import java.util.List;
import org.govindex.contract.Flag;
import org.govindex.indicators.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed small frameworks: 3 communities, 2 dimensions, 2 years; goalposts and weighted
 * arithmetic means worked out on paper (values in the comments).
 */
class InnovationScoringTest {

  static final double TOL = 1e-9;

  /**
   * Dimension actors (weight 2): volunteer_rate (w 1, goalposts 0-0.1) and consultations (w 3,
   * 0-12). Dimension facilities (weight 1): office_area_share (w 1, direction -1, 0.2-0.5) and
   * centre_area (w 1, 0-300). centre_area has data in 2026 only.
   */
  static final String META =
      """
      iCode,Level,Parent,Type,Direction,Weight,GoalLow,GoalHigh
      volunteer_rate,1,actors,Indicator,1,1,0,0.1
      consultations,1,actors,Indicator,1,3,0,12
      office_area_share,1,facilities,Indicator,-1,1,0.2,0.5
      centre_area,1,facilities,Indicator,1,1,0,300
      actors,2,innovation_index,Aggregate,1,2,,
      facilities,2,innovation_index,Aggregate,1,1,,
      innovation_index,3,,Aggregate,1,1,,
      """;

  static final String RECIPE =
      """
      normalise: {method: goalposts}
      aggregate: {method: arithmetic}
      """;

  static final Registry DIRECTORY =
      InnovationFixture.registry(
          List.of(
              community("C1", "S1", "D1", 1000),
              community("C2", "S1", "D1", 3000),
              community("C3", "S2", "D1", 2000)));

  static IndicatorPanel panel() {
    return new InnovationFixture.Panel()
        // 2025: C1 50,50,50 | C2 100,25,100 | C3 20,100,0 (normalised)
        .put(2025, "C1", "volunteer_rate", 0.05)
        .put(2025, "C1", "consultations", 6)
        .put(2025, "C1", "office_area_share", 0.35)
        .put(2025, "C2", "volunteer_rate", 0.10)
        .put(2025, "C2", "consultations", 3)
        .put(2025, "C2", "office_area_share", 0.20)
        .put(2025, "C3", "volunteer_rate", 0.02)
        .put(2025, "C3", "consultations", 12)
        .put(2025, "C3", "office_area_share", 0.50)
        // 2026: C1 80,75,50,100 | C2 100,25,80,100 (600 m² truncated) | C3 20,100,0,missing
        .put(2026, "C1", "volunteer_rate", 0.08)
        .put(2026, "C1", "consultations", 9)
        .put(2026, "C1", "office_area_share", 0.35)
        .put(2026, "C1", "centre_area", 300)
        .put(2026, "C2", "volunteer_rate", 0.10)
        .put(2026, "C2", "consultations", 3)
        .put(2026, "C2", "office_area_share", 0.26)
        .put(2026, "C2", "centre_area", 600)
        .put(2026, "C3", "volunteer_rate", 0.02)
        .put(2026, "C3", "consultations", 12)
        .put(2026, "C3", "office_area_share", 0.50)
        .flag("C3", "insufficient_sample")
        .build(List.of(2025, 2026));
  }

  static InnovationScoring.Result result() {
    return InnovationScoring.score(InnovationFixture.framework(META, RECIPE), panel(), DIRECTORY);
  }

  @Test
  void levelIndexMatchesHandValues() {
    List<IndexRow> rows = result().index();
    // 2026 C1: actors (80 + 3·75)/4 = 76.25, facilities (50 + 100)/2 = 75, index (2·76.25 + 75)/3
    IndexRow c1 = row(rows, "2026", "community", "C1");
    assertThat(c1.dimensions().get("actors")).isCloseTo(76.25, within(TOL));
    assertThat(c1.dimensions().get("facilities")).isCloseTo(75.0, within(TOL));
    assertThat(c1.index()).isCloseTo((2 * 76.25 + 75) / 3, within(TOL));
    // C2: actors (100 + 3·25)/4 = 43.75; office (0.5-0.26)/0.3 = 80, centre 100 → 90
    IndexRow c2 = row(rows, "2026", "community", "C2");
    assertThat(c2.dimensions().get("actors")).isCloseTo(43.75, within(TOL));
    assertThat(c2.dimensions().get("facilities")).isCloseTo(90.0, within(TOL));
    assertThat(c2.index()).isCloseTo((2 * 43.75 + 90) / 3, within(TOL));
    // C3: actors (20 + 300)/4 = 80; facilities: office 0 only (centre missing, weight renormalised)
    IndexRow c3 = row(rows, "2026", "community", "C3");
    assertThat(c3.dimensions().get("facilities")).isCloseTo(0.0, within(TOL));
    assertThat(c3.index()).isCloseTo(160.0 / 3, within(TOL));
    assertThat(List.of(c1.rank(), c2.rank(), c3.rank())).containsExactly(1, 2, 3);
    assertThat(c3.flags()).isEqualTo("insufficient_sample");
    assertThat(c1.flags()).isEmpty();
  }

  @Test
  void earlierYearUsesTheIndicatorsItHasAndIsFlagged() {
    List<IndexRow> rows = result().index();
    // 2025 has no centre_area: facilities = office only
    IndexRow c2 = row(rows, "2025", "community", "C2");
    assertThat(c2.dimensions().get("facilities")).isCloseTo(100.0, within(TOL));
    assertThat(c2.index()).isCloseTo((2 * 43.75 + 100) / 3, within(TOL));
    assertThat(c2.flags()).isEqualTo(Flag.PARTIAL_FRAMEWORK.code());
    assertThat(row(rows, "2025", "community", "C3").flags())
        .as("survey flags belong to the period only")
        .isEqualTo(Flag.PARTIAL_FRAMEWORK.code());
  }

  @Test
  void trendAndDevelopmentIndexUseTheIndicatorsOfEveryYear() {
    InnovationScoring.Result result = result();
    assertThat(result.trendIndicators())
        .containsExactlyInAnyOrder("volunteer_rate", "consultations", "office_area_share");
    List<IndexRow> rows = result.index();
    double c1Base = (2 * 50 + 50) / 3.0; // 50
    double c1Now = (2 * 76.25 + 50) / 3.0; // centre_area left out: 67.5
    double c2Base = (2 * 43.75 + 100) / 3.0; // 62.5
    double c2Now = (2 * 43.75 + 80) / 3.0;
    IndexRow c1 = row(rows, "2026", "community", "C1");
    assertThat(c1.trendIndex()).isCloseTo(c1Now, within(TOL));
    assertThat(c1.developmentIndex()).isCloseTo(c1Now / c1Base * 100, within(TOL));
    assertThat(c1.change()).isCloseTo(c1Now - c1Base, within(TOL));
    IndexRow c2 = row(rows, "2026", "community", "C2");
    assertThat(c2.developmentIndex()).isCloseTo(c2Now / c2Base * 100, within(TOL));
    assertThat(row(rows, "2026", "community", "C3").developmentIndex())
        .isCloseTo(100.0, within(TOL));
    // no uncertainty design: no significance verdict
    assertThat(c1.changeSignificant()).isNull();
  }

  @Test
  void developmentIndexIsExactly100InTheBaseYear() {
    for (IndexRow r : result().index()) {
      if (r.period().equals("2025")) {
        assertThat(r.developmentIndex()).as(r.level() + " " + r.unitCode()).isEqualTo(100.0);
        assertThat(r.change()).isNull();
      }
    }
  }

  @Test
  void streetsAndDistrictsArePopulationWeightedMeans() {
    List<IndexRow> rows = result().index();
    double c1 = (2 * 76.25 + 75) / 3;
    double c2 = (2 * 43.75 + 90) / 3;
    double c3 = 160.0 / 3;
    IndexRow s1 = row(rows, "2026", "street", "S1");
    assertThat(s1.index()).isCloseTo((1000 * c1 + 3000 * c2) / 4000, within(TOL));
    assertThat(s1.dimensions().get("actors"))
        .isCloseTo((1000 * 76.25 + 3000 * 43.75) / 4000, within(TOL));
    assertThat(s1.population()).isEqualTo(4000.0);
    IndexRow d1 = row(rows, "2026", "district", "D1");
    assertThat(d1.index()).isCloseTo((1000 * c1 + 3000 * c2 + 2000 * c3) / 6000, within(TOL));
    // street development index from the street's own trend index
    double s1Base = (1000 * 50 + 3000 * 62.5) / 4000;
    double s1Now = (1000 * 67.5 + 3000 * ((2 * 43.75 + 80) / 3)) / 4000;
    assertThat(s1.developmentIndex()).isCloseTo(s1Now / s1Base * 100, within(TOL));
    // ranks among streets: S1 (63.33) before S2 (53.33)
    assertThat(s1.rank()).isEqualTo(1);
    assertThat(row(rows, "2026", "street", "S2").rank()).isEqualTo(2);
    assertThat(s1.rankP05()).isNull();
  }
}
