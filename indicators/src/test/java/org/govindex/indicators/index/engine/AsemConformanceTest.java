package org.govindex.indicators.index.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.govindex.indicators.index.AsemFixtures;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.treat.TreatmentRecord;
import org.junit.jupiter.api.Test;

/** Pipelines A and B of the COINr ASEM reference, every unit and aggregate within 1e-6. */
class AsemConformanceTest {

  @Test
  void pipelineAReproducesCoinr() throws Exception {
    check("pipeline-a.yaml", "fixtureA_minmax_amean.csv");
  }

  @Test
  void pipelineBReproducesCoinr() throws Exception {
    IndexResult result = check("pipeline-b.yaml", "fixtureB_example_coin.csv");
    assertThat(result.screenedOut()).isEmpty();
    Set<TreatmentRecord> winsorised =
        result.treatments().stream()
            .filter(t -> t.action().equals("winsorised"))
            .collect(Collectors.toSet());
    // README: 15 indicators winsorised, 1-4 points each, none log-transformed
    assertThat(winsorised).hasSize(15);
    assertThat(winsorised).allSatisfy(t -> assertThat(t.points()).isBetween(1, 4));
    assertThat(result.treatments()).noneMatch(t -> t.action().equals("log"));
    assertThat(result.imputations()).isNotEmpty();
    assertThat(result.imputations())
        .allSatisfy(i -> assertThat(i.source()).startsWith("mean of EurAsia_group="));
  }

  private IndexResult check(String recipe, String fixture) throws Exception {
    Framework framework = AsemFixtures.framework();
    IndexResult result =
        IndexEngine.build(framework, AsemFixtures.data(), AsemFixtures.recipe(recipe));
    Map<String, Map<String, Double>> expected = AsemFixtures.expected(fixture);
    assertThat(result.units()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    int compared = 0;
    for (var unit : expected.entrySet()) {
      for (var agg : unit.getValue().entrySet()) {
        assertThat(result.score(agg.getKey(), unit.getKey()))
            .as("%s %s %s", fixture, unit.getKey(), agg.getKey())
            .isCloseTo(agg.getValue(), within(1e-6));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(51 * 11);
    return result;
  }
}
