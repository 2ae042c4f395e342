package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GoalpostsTest {

  private static final double EPS = 1e-12;

  @Test
  void higherIsBetterScoresLinearlyBetweenGoalpostsAndClamps() {
    Goalposts volunteers = new Goalposts(0.0, 0.10);
    assertThat(volunteers.direction()).isEqualTo(1);
    assertThat(volunteers.score(0.05)).isCloseTo(50.0, within(EPS));
    assertThat(volunteers.score(0.025)).isCloseTo(25.0, within(EPS));
    assertThat(volunteers.score(0.10)).isCloseTo(100.0, within(EPS));
    assertThat(volunteers.score(0.30)).isEqualTo(100.0);
    assertThat(volunteers.score(-0.01)).isEqualTo(0.0);
  }

  @Test
  void lowerIsBetterUsesTheSameFormulaWithBestBelowWorst() {
    Goalposts office = new Goalposts(0.5, 0.2);
    assertThat(office.direction()).isEqualTo(-1);
    // 100 * (0.35 - 0.5) / (0.2 - 0.5) = 100 * (-0.15) / (-0.3) = 50
    assertThat(office.score(0.35)).isCloseTo(50.0, within(EPS));
    // 100 * (0.44 - 0.5) / (-0.3) = 20
    assertThat(office.score(0.44)).isCloseTo(20.0, within(EPS));
    assertThat(office.score(0.2)).isCloseTo(100.0, within(EPS));
    assertThat(office.score(0.1)).isEqualTo(100.0);
    assertThat(office.score(0.9)).isEqualTo(0.0);
  }

  @Test
  void equalGoalpostsAreRefused() {
    assertThatThrownBy(() -> new Goalposts(1.0, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goal_worst equals goal_best");
  }

  @Test
  void nanStaysNan() {
    assertThat(new Goalposts(0, 1).score(Double.NaN)).isNaN();
  }
}
