package org.govindex.indicators.index.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.govindex.contract.testing.ChineseLocale;
import org.govindex.indicators.index.framework.FrameworkParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The build log says what each step did in Chinese under a Chinese locale (the worked example of
 * {@link IndexEngineTest}); codes, method specifications and numbers stay as they are.
 */
@ExtendWith(ChineseLocale.class)
class BuildLogChineseTest {

  @Test
  void everyStepIsLoggedInChinese() {
    String sparse =
        IndexEngineTest.DATA.replace("c,S,20,3,10,60", "c,S,20,,,60") + "d,S,10,4,20,30\n";
    String meta =
        IndexEngineTest.META
            .replace("I3,1,P2,Indicator,-1,1,Pop", "I3,1,P2,Indicator,-1,1,Pop,log")
            .replace("Denominator\n", "Denominator,Transform\n");
    IndexResult r =
        IndexEngine.build(
            FrameworkParser.parse(new StringReader(meta), "META.csv"),
            IndexEngineTest.data(sparse),
            IndexEngineTest.recipe(
                """
                denominate: {method: meta}
                screen: {method: data-share, min: 0.5, basis: raw}
                impute: {method: group-mean, group: Region_group}
                treat: {method: none, nodes: {I1: {method: winsorise, points: 1}}}
                weights: {method: equal}
                """));
    assertThat(r.steps())
        .extracting(s -> s.step() + " " + s.code() + ": " + s.detail())
        .contains(
            "denominate I3: 除以 Pop",
            "impute I2: 插补 2 个值",
            "screen : 4 个单位中保留 3 个，剔除 1 个",
            "transform I3: 已变换数值",
            "weights I1: 权重 1.0");
    assertThat(r.steps())
        .filteredOn(s -> s.step().equals("treat") && s.code().equals("I1"))
        .singleElement()
        .satisfies(s -> assertThat(s.detail()).startsWith("缩尾处理 1 个值（d）（偏度 "));
    assertThat(r.steps())
        .filteredOn(
            s -> s.step().equals("weights") && s.unit().isEmpty() && s.code().equals("Index"))
        .singleElement()
        .satisfies(s -> assertThat(s.detail()).startsWith("各层级等权；与 META 权重下的指数排名相比：平均绝对变化 "));
    assertThat(r.steps())
        .filteredOn(s -> s.step().equals("weights") && s.unit().equals("a"))
        .singleElement()
        .satisfies(s -> assertThat(s.detail()).matches("排名 \\d（META 权重下：\\d）"));
    assertThat(r.imputations())
        .extracting(i -> i.source())
        .contains("Region_group=S 组的均值（n=1）", "Region_group=S 组的均值（n=2）");
  }

  @Test
  void aMetaSettingThatOverridesTheRecipeIsLoggedInChinese() {
    String meta =
        IndexEngineTest.META
            .replace("I1,1,P1,Indicator,1,3,", "I1,1,P1,Indicator,1,3,,rank")
            .replace("I2,1,P1,Indicator,1,1,", "I2,1,P1,Indicator,1,1,,rank")
            .replace("Denominator\n", "Denominator,Normalise\n");
    IndexResult r =
        IndexEngine.build(
            FrameworkParser.parse(new StringReader(meta), "META.csv"),
            IndexEngineTest.data(IndexEngineTest.DATA),
            IndexEngineTest.recipe(
                """
                normalise:
                  method: minmax
                  nodes: {I2: {method: zscore}}
                """));
    assertThat(r.steps())
        .extracting(StepRecord::detail)
        .contains(
            "META 的 Normalise rank 覆盖了方案中的 minmax", "方案中 I2 的 nodes 条目覆盖了 META 的 Normalise rank");
  }
}
