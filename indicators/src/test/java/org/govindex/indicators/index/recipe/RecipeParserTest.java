package org.govindex.indicators.index.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.govindex.indicators.index.MethodSpec;
import org.junit.jupiter.api.Test;

class RecipeParserTest {

  private static Recipe parse(String yaml) {
    return RecipeParser.parse(new StringReader(yaml), "r.yaml");
  }

  @Test
  void resolvesDefaultsLevelsNodesAndMeta() {
    Recipe r =
        parse(
            """
            normalise:
              method: minmax
              low: 1
              high: 100
              nodes:
                P2: {method: rank}
                I1: {high: 10}
            aggregate:
              method: arithmetic
              levels:
                3: {method: geometric}
              nodes:
                P1: {method: generalised, p: 0.5, minShare: 0.5}
            uncertainty:
              replications: 50
              seed: 7
              weights: {spread: 0.2, levels: [2]}
              aggregate: [arithmetic, {method: geometric}]
              treat: true
              sensitivity: {samples: 16}
            """);
    StepSpec n = r.normalise();
    MethodSpec i1 = n.resolve(List.of("I1", "P1", "Index"), 1, null);
    assertThat(i1.name()).isEqualTo("minmax");
    assertThat(i1.number("low", 0)).isEqualTo(1);
    assertThat(i1.number("high", 0)).isEqualTo(10);
    assertThat(n.resolve(List.of("I3", "P2", "Index"), 1, null).name()).isEqualTo("rank");
    // META choice beats ancestors and defaults, the indicator's own recipe entry beats META
    assertThat(n.resolve(List.of("I3", "P2", "Index"), 1, MethodSpec.of("zscore")).name())
        .isEqualTo("zscore");
    assertThat(n.resolve(List.of("I1", "P1", "Index"), 1, MethodSpec.of("zscore")).name())
        .isEqualTo("zscore");
    assertThat(r.aggregate().resolveNode("Index", 3).name()).isEqualTo("geometric");
    MethodSpec p1 = r.aggregate().resolveNode("P1", 2);
    assertThat(p1.name()).isEqualTo("generalised");
    assertThat(p1.number("minShare", 0)).isEqualTo(0.5);
    assertThat(r.aggregate().resolveNode("P2", 2).name()).isEqualTo("arithmetic");
    UncertaintySpec u = r.uncertainty();
    assertThat(u.replications()).isEqualTo(50);
    assertThat(u.seed()).isEqualTo(7);
    assertThat(u.weightSpread()).isEqualTo(0.2);
    assertThat(u.weightLevels()).containsExactly(2);
    assertThat(u.aggregate())
        .extracting(MethodSpec::name)
        .containsExactly("arithmetic", "geometric");
    assertThat(u.toggleTreat()).isTrue();
    assertThat(u.toggleImpute()).isFalse();
    assertThat(u.sensitivitySamples()).isEqualTo(16);
    assertThat(r.treat()).isNull();
  }

  @Test
  void emptyRecipeIsTheDefault() {
    Recipe r = parse("");
    assertThat(r.normalise().defaults().name()).isEqualTo("minmax");
    assertThat(r.aggregate().defaults().name()).isEqualTo("arithmetic");
  }

  @Test
  void refusesUnknownKeysAndMissingMethod() {
    assertThatThrownBy(() -> parse("normalize: minmax\nagregate: arithmetic\n"))
        .hasMessageStartingWith("r.yaml: unknown key 'agregate'");
    assertThatThrownBy(() -> parse("treat:\n  skew: 2\n"))
        .hasMessage("r.yaml step treat: missing 'method'");
    assertThatThrownBy(() -> parse("normalise: [1, 2\n"))
        .hasMessageStartingWith("r.yaml line 1: malformed YAML");
  }
}
