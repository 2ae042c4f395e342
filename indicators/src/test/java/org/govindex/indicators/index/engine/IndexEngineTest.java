package org.govindex.indicators.index.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.data.UnitTableParser;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkParser;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.RecipeParser;
import org.junit.jupiter.api.Test;

/** A three-unit index worked by hand. */
class IndexEngineTest {

  static final String META =
      "iCode,Level,Parent,Type,Direction,Weight,Denominator\n"
          + "I1,1,P1,Indicator,1,3,\n"
          + "I2,1,P1,Indicator,1,1,\n"
          + "I3,1,P2,Indicator,-1,1,Pop\n"
          + "P1,2,Index,Aggregate,1,2,\n"
          + "P2,2,Index,Aggregate,1,1,\n"
          + "Index,3,,Aggregate,1,1,\n";
  // I3 / Pop = 5, 4, 3
  static final String DATA =
      "uCode,Region_group,Pop,I1,I2,I3\n"
          + "a,N,10,1,30,50\n"
          + "b,S,10,2,,40\n"
          + "c,S,20,3,10,60\n";

  static Framework framework() {
    return FrameworkParser.parse(new StringReader(META), "META.csv");
  }

  static UnitTable data(String csv) {
    return UnitTableParser.parse(new StringReader(csv), "DATA.csv");
  }

  static Recipe recipe(String yaml) {
    return RecipeParser.parse(new StringReader(yaml), "r.yaml");
  }

  @Test
  void buildsEveryNodeWithRenormalisedWeightsAndRanks() {
    IndexResult r =
        IndexEngine.build(framework(), data(DATA), recipe("denominate: {method: meta}\n"));
    // minmax: I1 0,50,100; I2 100,-,0; I3 (5,4,3, less is better) 0,50,100
    assertThat(r.scores("I3")).containsExactly(new double[] {0, 50, 100}, within(1e-12));
    // P1 = (3 I1 + I2)/4, b has no I2: P1(b) = I1(b)
    assertThat(r.scores("P1")).containsExactly(new double[] {25, 50, 75}, within(1e-12));
    // Index = (2 P1 + P2)/3
    assertThat(r.scores("Index"))
        .containsExactly(new double[] {50 / 3.0, 50, 250 / 3.0}, within(1e-12));
    assertThat(r.ranks()).containsExactly(3, 2, 1);
    assertThat(r.effectiveWeights().get("I1")).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void minimumShareOfChildrenPresentAndPerNodeMethods() {
    IndexResult r =
        IndexEngine.build(
            framework(),
            data(DATA),
            recipe(
                """
                denominate: {method: meta}
                normalise: {method: minmax, low: 1, high: 101}
                aggregate:
                  method: arithmetic
                  nodes:
                    P1: {minShare: 1}
                    Index: {method: geometric}
                """));
    assertThat(r.score("P1", "b")).isNaN();
    // b: only P2 = 51 present
    assertThat(r.score("Index", "b")).isCloseTo(51, within(1e-12));
    // a: P1 = (3*1 + 101)/4 = 26, P2 = 1 -> (26^2 * 1)^(1/3)
    assertThat(r.score("Index", "a")).isCloseTo(Math.cbrt(26 * 26), within(1e-12));
  }

  @Test
  void imputesScreensAndLogs() {
    String sparse = DATA.replace("c,S,20,3,10,60", "c,S,20,,,60") + "d,S,10,4,20,30\n";
    IndexResult r =
        IndexEngine.build(
            framework(),
            data(sparse),
            recipe(
                """
                screen: {method: data-share, min: 0.5, basis: raw}
                impute: {method: group-mean, group: Region_group}
                """));
    assertThat(r.units()).containsExactly("a", "b", "d");
    assertThat(r.screenedOut()).extracting(ScreenRecord::unit).containsExactly("c");
    // b's I2 gets the mean of S over b, c, d present values: only d = 20
    assertThat(r.imputations())
        .anySatisfy(
            i -> {
              assertThat(i.unit()).isEqualTo("b");
              assertThat(i.indicator()).isEqualTo("I2");
              assertThat(i.value()).isEqualTo(20);
              assertThat(i.source()).isEqualTo("mean of Region_group=S (n=1)");
            });
  }

  @Test
  void refusesImpossibleDesignsAndMissingData() {
    assertThatThrownBy(
            () ->
                IndexEngine.build(
                    framework(), data(DATA), recipe("aggregate: {method: geometric}\n")))
        .hasMessageContaining("aggregate node P1 uses geometric, which needs values > 0")
        .hasMessageContaining("indicator I1 normalised by minmax");
    assertThatThrownBy(
            () ->
                IndexEngine.build(
                    framework(),
                    data(DATA),
                    recipe("normalise: zscore\naggregate: {method: harmonic}\n")))
        .hasMessageContaining("zscore");
    assertThatThrownBy(
            () ->
                IndexEngine.build(
                    framework(), data(DATA.replace(",I2,", ",X2,")), Recipe.defaults()))
        .hasMessage("DATA.csv: indicators missing from the data: I2 (or not numeric)");
    assertThatThrownBy(
            () -> IndexEngine.build(framework(), data(DATA), recipe("normalise: minimax\n")))
        .hasMessageContaining("normalise indicator I1: unknown normalisation method 'minimax'");
    assertThatThrownBy(
            () ->
                IndexEngine.build(
                    framework(), data(DATA), recipe("treat: {method: jrc, skw: 2}\n")))
        .hasMessageContaining("unknown setting 'skw'");
  }

  @Test
  void yearlyPanelImputesLinearlyForTheScoredYear() {
    String panel =
        "uCode,Time,Pop,I1,I2,I3\n"
            + "a,2016,10,1,10,50\n"
            + "a,2018,10,1,,50\n"
            + "a,2020,10,1,50,50\n"
            + "b,2018,10,2,20,40\n"
            + "c,2018,20,3,10,60\n";
    IndexResult r =
        IndexEngine.build(framework(), data(panel), recipe("time: 2018\nimpute: linear\n"));
    assertThat(r.units()).containsExactly("a", "b", "c");
    assertThat(r.imputations()).hasSize(1);
    assertThat(r.imputations().get(0).value()).isCloseTo(30, within(1e-12));
    assertThatThrownBy(() -> IndexEngine.build(framework(), data(panel), Recipe.defaults()))
        .hasMessageContaining("set 'time:'");
  }
}
