package org.govindex.indicators.index.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.govindex.indicators.index.IndexSpecException;
import org.junit.jupiter.api.Test;

class FrameworkParserTest {

  static final String HEADER =
      "iCode,Level,Parent,Type,Direction,Weight,iName,GoalLow,GoalHigh,Normalise,Economic\n";
  static final String VALID =
      HEADER
          + "I1,1,P1,Indicator,1,3,First,,,,0\n"
          + "I2,1,P1,Indicator,1,1,Second,0,50,goalposts(scale=10),1\n"
          + "I3,1,P2,Indicator,-1,1,Third,,,,\n"
          + "P1,2,Index,Aggregate,1,2,,,,,\n"
          + "P2,2,Index,Aggregate,1,1,,,,,\n"
          + "Index,3,,Aggregate,1,,,,,,\n"
          + "G,,,Group,,,,,,,\n";

  private static Framework parse(String csv) {
    return FrameworkParser.parse(new StringReader(csv), "META.csv");
  }

  @Test
  void readsNodesSettingsAndEffectiveWeights() {
    Framework f = parse(VALID);
    assertThat(f.root().code()).isEqualTo("Index");
    assertThat(f.indicators()).extracting(FrameworkNode::code).containsExactly("I1", "I2", "I3");
    assertThat(f.aggregates()).extracting(FrameworkNode::code).containsExactly("P1", "P2", "Index");
    assertThat(f.groupColumns()).containsExactly("G");
    FrameworkNode i2 = f.node("I2");
    assertThat(i2.goalLow()).isEqualTo(0);
    assertThat(i2.goalHigh()).isEqualTo(50);
    assertThat(i2.normalise().name()).isEqualTo("goalposts");
    assertThat(i2.normalise().number("scale", 0)).isEqualTo(10);
    assertThat(i2.economic()).isTrue();
    assertThat(f.node("I3").direction()).isEqualTo(-1);
    // I1: 3/4 * 2/3 = 1/2; I2: 1/4 * 2/3 = 1/6; I3: 1 * 1/3
    assertThat(f.effectiveWeights().get("I1")).isCloseTo(0.5, within(1e-12));
    assertThat(f.effectiveWeights().get("I2")).isCloseTo(1 / 6.0, within(1e-12));
    assertThat(f.effectiveWeights().get("I3")).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void refusesOrphans() {
    assertThatThrownBy(() -> parse(VALID.replace("I3,1,P2", "I3,1,P9")))
        .isInstanceOf(IndexSpecException.class)
        .hasMessage("META.csv row 3: orphan I3: Parent P9 is not in META");
  }

  @Test
  void refusesDuplicates() {
    assertThatThrownBy(() -> parse(VALID.replace("I3,1,P2", "I1,1,P2")))
        .hasMessageContaining("row 3: duplicate code I1 (also on row 1)");
  }

  @Test
  void refusesInconsistentLevels() {
    assertThatThrownBy(() -> parse(VALID.replace("P2,2,Index", "P2,3,Index")))
        .hasMessageContaining("inconsistent levels")
        .hasMessageContaining("I3");
  }

  @Test
  void refusesCycles() {
    String cyclic =
        HEADER
            + "I1,1,A,Indicator,1,1,,,,,\n"
            + "A,2,B,Aggregate,1,1,,,,,\n"
            + "B,2,A,Aggregate,1,1,,,,,\n"
            + "R,3,,Aggregate,1,1,,,,,\n";
    assertThatThrownBy(() -> parse(cyclic)).hasMessageContaining("cycle");
  }

  @Test
  void refusesNonPositiveWeightsBadDirectionsAndTypes() {
    assertThatThrownBy(() -> parse(VALID.replace("I1,1,P1,Indicator,1,3", "I1,1,P1,Indicator,1,0")))
        .hasMessageContaining("row 1: weight of I1 must be positive");
    assertThatThrownBy(() -> parse(VALID.replace("I1,1,P1,Indicator,1,3", "I1,1,P1,Indicator,2,3")))
        .hasMessageContaining("Direction of I1 must be 1 or -1");
    assertThatThrownBy(() -> parse(VALID.replace("I1,1,P1,Indicator", "I1,1,P1,Indikator")))
        .hasMessageContaining("unknown Type 'Indikator'");
    assertThatThrownBy(() -> parse(VALID.replace("Second,0,50", "Second,50,0")))
        .hasMessageContaining("GoalLow of I2 must be below GoalHigh");
  }

  @Test
  void refusesTwoRootsAndMissingColumns() {
    assertThatThrownBy(() -> parse(VALID.replace("P2,2,Index", "P2,2,")))
        .hasMessageContaining("two roots");
    assertThatThrownBy(() -> parse("iCode,Level,Parent,Type,Direction\nI,1,,Indicator,1\n"))
        .hasMessage("META.csv: missing column Weight");
  }
}
