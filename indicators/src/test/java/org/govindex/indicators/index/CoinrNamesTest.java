package org.govindex.indicators.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Map;
import org.govindex.indicators.index.CoinrNames.Step;
import org.govindex.indicators.index.data.UnitTableParser;
import org.govindex.indicators.index.engine.IndexEngine;
import org.govindex.indicators.index.engine.IndexResult;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkParser;
import org.govindex.indicators.index.recipe.RecipeParser;
import org.junit.jupiter.api.Test;

class CoinrNamesTest {

  @Test
  void methodNamesCarryCoinrDefaultsAndSettingsMapToTheEngines() {
    assertThat(
            CoinrNames.translate(
                Step.NORMALISE, new MethodSpec("n_minmax", Map.of("l_u", "1 100")), "x"))
        .isEqualTo(new MethodSpec("minmax", Map.of("low", "1", "high", "100")));
    assertThat(CoinrNames.translate(Step.NORMALISE, MethodSpec.of("n_prank"), "x"))
        .isEqualTo(new MethodSpec("prank", Map.of("scale", "1", "ties", "min")));
    assertThat(
            CoinrNames.translate(
                Step.NORMALISE,
                new MethodSpec("n_goalposts", Map.of("gposts", "0,18,1", "trunc2posts", "FALSE")),
                "x"))
        .isEqualTo(
            new MethodSpec(
                "goalposts", Map.of("low", "0", "high", "18", "scale", "1", "truncate", "FALSE")));
    assertThat(
            CoinrNames.translate(
                Step.NORMALISE, new MethodSpec("n_rank", Map.of("ties.method", "average")), "x"))
        .isEqualTo(new MethodSpec("rank", Map.of("ties", "average")));
    assertThat(CoinrNames.translate(Step.AGGREGATE, MethodSpec.of("a_gmean"), "x"))
        .isEqualTo(MethodSpec.of("geometric"));
    assertThat(
            CoinrNames.translate(
                Step.AGGREGATE, new MethodSpec("a_genmean", Map.of("p", "0.5")), "x"))
        .isEqualTo(new MethodSpec("generalised", Map.of("p", "0.5")));
    assertThat(
            CoinrNames.translate(
                Step.IMPUTE, new MethodSpec("i_mean_grp", Map.of("use_group", "G_group")), "x"))
        .isEqualTo(new MethodSpec("group-mean", Map.of("group", "G_group")));
    // engine names pass unchanged; COINr settings work with engine method names too
    MethodSpec own = new MethodSpec("minmax", Map.of("low", "1"));
    assertThat(CoinrNames.translate(Step.NORMALISE, own, "x")).isSameAs(own);
    assertThat(
            CoinrNames.translate(
                Step.NORMALISE, new MethodSpec("zscore", Map.of("m_sd", "10 2")), "x"))
        .isEqualTo(new MethodSpec("zscore", Map.of("mean", "10", "sd", "2")));
    assertThatThrownBy(
            () ->
                CoinrNames.translate(
                    Step.NORMALISE,
                    new MethodSpec("n_minmax", Map.of("l_u", "1")),
                    "normalise node X"))
        .hasMessage(
            "normalise node X: COINr setting l_u of minmax takes 2 value(s) (low, high), found"
                + " '1'");
  }

  @Test
  void aRecipeInCoinrsNamesGivesTheSameIndexAsInTheEngines() {
    Framework f =
        FrameworkParser.parse(
            new StringReader(
                "iCode,Level,Parent,Type,Direction,Weight\n"
                    + "I1,1,P1,Indicator,1,3\n"
                    + "I2,1,P1,Indicator,1,1\n"
                    + "I3,1,P2,Indicator,-1,1\n"
                    + "P1,2,Index,Aggregate,1,2\n"
                    + "P2,2,Index,Aggregate,1,1\n"
                    + "Index,3,,Aggregate,1,1\n"),
            "META.csv");
    var d =
        UnitTableParser.parse(
            new StringReader(
                "uCode,Region_group,I1,I2,I3\n"
                    + "a,N,1,30,5\n"
                    + "b,S,2,,4\n"
                    + "c,S,3,10,3\n"
                    + "d,S,4,20,6\n"),
            "DATA.csv");
    IndexResult coinr =
        IndexEngine.build(
            f,
            d,
            RecipeParser.parse(
                new StringReader(
                    """
                    impute: {method: i_mean_grp, use_group: Region_group}
                    normalise: {method: n_minmax, l_u: [1, 101]}
                    aggregate: {method: a_amean, levels: {3: {method: a_gmean}}}
                    """),
                "coinr.yaml"));
    IndexResult engine =
        IndexEngine.build(
            f,
            d,
            RecipeParser.parse(
                new StringReader(
                    """
                    impute: {method: group-mean, group: Region_group}
                    normalise: {method: minmax, low: 1, high: 101}
                    aggregate: {method: arithmetic, levels: {3: {method: geometric}}}
                    """),
                "engine.yaml"));
    // by hand for a: I1 (1..4) -> 1; I2: b gets the S mean (10 + 20) / 2 = 15, I2 = 30, 15, 10,
    // 20 -> a 101; P1 = (3 + 101) / 4 = 26; I3 less is better (5; 3..6) -> 1 + 100 (6 - 5) / 3;
    // Index = (26^2 P2)^(1/3)
    double p2 = 1 + 100 / 3.0;
    assertThat(coinr.score("Index", "a")).isCloseTo(Math.cbrt(26 * 26 * p2), within(1e-12));
    for (String node : engine.nodes()) {
      assertThat(coinr.scores(node)).containsExactly(engine.scores(node), within(0.0));
    }
    assertThat(coinr.steps())
        .anySatisfy(
            s ->
                assertThat(s.detail())
                    .isEqualTo("COINr's n-minmax(l_u=1 101) read as minmax(high=101;low=1)"));
  }
}
