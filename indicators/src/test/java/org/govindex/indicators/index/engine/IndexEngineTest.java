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
    // min-max [0, 100] gives unit a (lowest I1) the value 0, which reaches the geometric mean
    assertThatThrownBy(
            () ->
                IndexEngine.build(
                    framework(), data(DATA), recipe("aggregate: {method: geometric}\n")))
        .isInstanceOf(MeanDomainException.class)
        .hasMessageContaining(
            "aggregate node P1 uses geometric, which needs values > 0, but unit a has I1 = 0.0")
        .hasMessageContaining("indicator I1 is normalised by minmax");
    // z-scores: I1 = 1, 2, 3 -> -1, 0, 1; unit a's -1 is the first value <= 0 met
    assertThatThrownBy(
            () ->
                IndexEngine.build(
                    framework(),
                    data(DATA),
                    recipe("normalise: zscore\naggregate: {method: harmonic}\n")))
        .hasMessageContaining("uses harmonic, which needs values > 0, but unit a has I1 = -1.0");
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
  void meansAreCheckedOnTheValuesThatReachThemNotOnMethodNames() {
    // goalposts can give 0, but with goalposts 0-10 for I1 (1, 2, 3) and 0-100 for I2 no value is
    // 0: the geometric mean is computed. By hand: I1 = 0.1, 0.2, 0.3; I2 = 0.3, -, 0.1;
    // P1 = I1^(3/4) I2^(1/4), b: I1 only
    String meta =
        META.replace("I1,1,P1,Indicator,1,3,", "I1,1,P1,Indicator,1,3,,0,10")
            .replace("I2,1,P1,Indicator,1,1,", "I2,1,P1,Indicator,1,1,,0,100")
            .replace("Denominator\n", "Denominator,GoalLow,GoalHigh\n");
    Framework f = FrameworkParser.parse(new StringReader(meta), "META.csv");
    IndexResult r =
        IndexEngine.build(
            f,
            data(DATA),
            recipe(
                """
                normalise:
                  method: minmax
                  low: 1
                  nodes: {P1: {method: goalposts, scale: 1}}
                aggregate: {method: geometric}
                """));
    assertThat(r.score("P1", "a"))
        .isCloseTo(Math.pow(0.1, 0.75) * Math.pow(0.3, 0.25), within(1e-12));
    assertThat(r.score("P1", "b")).isCloseTo(0.2, within(1e-12));
    assertThat(r.score("P1", "c"))
        .isCloseTo(Math.pow(0.3, 0.75) * Math.pow(0.1, 0.25), within(1e-12));
    // the same recipe with I1 = 0 for unit a: refused, naming the unit, indicator and value
    assertThatThrownBy(
            () ->
                IndexEngine.build(
                    f,
                    data(DATA.replace("a,N,10,1,30,50", "a,N,10,0,30,50")),
                    recipe(
                        """
                        normalise:
                          method: minmax
                          low: 1
                          nodes: {P1: {method: goalposts, scale: 1}}
                        aggregate: {method: geometric}
                        """)))
        .hasMessageStartingWith(
            "aggregate node P1 uses geometric, which needs values > 0, but unit a has I1 = 0.0");
  }

  @Test
  void everyStageIsKeptAndTheLogSaysWhatEachStepDid() {
    String sparse = DATA.replace("c,S,20,3,10,60", "c,S,20,,,60") + "d,S,10,4,20,30\n";
    String meta = META.replace("I3,1,P2,Indicator,-1,1,Pop", "I3,1,P2,Indicator,-1,1,Pop,log");
    meta = meta.replace("Denominator\n", "Denominator,Transform\n");
    IndexResult r =
        IndexEngine.build(
            FrameworkParser.parse(new StringReader(meta), "META.csv"),
            data(sparse),
            recipe(
                """
                denominate: {method: meta}
                screen: {method: data-share, min: 0.5, basis: raw}
                impute: {method: group-mean, group: Region_group}
                treat: {method: none, nodes: {I1: {method: winsorise, points: 1}}}
                """));
    assertThat(r.stages())
        .extracting(DataSet::name)
        .containsExactly(
            "Raw",
            "Denominated",
            "Imputed",
            "Screened",
            "Treated",
            "Transformed",
            "Normalised",
            "Aggregated");
    // Raw I3: 50, 40, 60, 30; denominated by Pop 10, 10, 20, 10: 5, 4, 3, 3
    assertThat(r.stage("Raw").column("I3")).containsExactly(50, 40, 60, 30);
    assertThat(r.stage("Denominated").column("I3")).containsExactly(5, 4, 3, 3);
    // I2 of b and c: mean of S over the present values (d) = 20; imputation runs before screening
    assertThat(r.stage("Imputed").column("I2")).containsExactly(30, 20, 20, 20);
    // c dropped (raw data share 1/3 < 0.5)
    assertThat(r.stage("Screened").units()).containsExactly("a", "b", "d");
    // winsorise 1 step of I1 = 1, 2, 4 (skew > 0): the maximum 4 -> 2
    assertThat(r.stage("Treated").column("I1")).containsExactly(1, 2, 2);
    // I3 = 5, 4, 3 -> ln
    assertThat(r.stage("Transformed").column("I3"))
        .containsExactly(new double[] {Math.log(5), Math.log(4), Math.log(3)}, within(1e-15));
    assertThat(r.stage("Aggregated").codes())
        .containsExactly("I1", "I2", "I3", "P1", "P2", "Index");
    assertThat(r.stage("Aggregated").column("Index")).containsExactly(r.scores("Index"));
    assertThat(r.steps())
        .extracting(s -> s.step() + " " + s.code() + ": " + s.detail())
        .contains(
            "denominate I3: divided by Pop",
            "impute I2: 2 values imputed",
            "screen : kept 3 of 4 units, dropped 1",
            "transform I3: applied to values",
            "normalise I1: ");
    assertThat(r.steps())
        .anySatisfy(
            s -> {
              assertThat(s.step()).isEqualTo("treat");
              assertThat(s.code()).isEqualTo("I1");
              assertThat(s.detail()).startsWith("winsorised 1 values (d) (skew ");
            });
  }

  @Test
  void aMetaSettingThatOverridesTheRecipeIsLogged() {
    String meta =
        META.replace("I1,1,P1,Indicator,1,3,", "I1,1,P1,Indicator,1,3,,rank")
            .replace("I2,1,P1,Indicator,1,1,", "I2,1,P1,Indicator,1,1,,rank")
            .replace("Denominator\n", "Denominator,Normalise\n");
    IndexResult r =
        IndexEngine.build(
            FrameworkParser.parse(new StringReader(meta), "META.csv"),
            data(DATA),
            recipe(
                """
                normalise:
                  method: minmax
                  nodes: {I2: {method: zscore}}
                """));
    assertThat(r.steps())
        .extracting(StepRecord::detail)
        .contains(
            "META Normalise rank overrides the recipe's minmax",
            "the recipe's nodes entry for I2 overrides META Normalise rank");
    // I1 ranked 1, 2, 3; I2 z-scores of 30, -, 10: 0.7071..., -, -0.7071...
    assertThat(r.scores("I1")).containsExactly(1, 2, 3);
    assertThat(r.score("I2", "a")).isCloseTo(Math.sqrt(0.5), within(1e-12));
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
