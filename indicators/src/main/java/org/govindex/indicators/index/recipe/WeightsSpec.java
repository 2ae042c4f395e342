package org.govindex.indicators.index.recipe;

import java.util.List;
import java.util.Map;

/**
 * How the weights of the build are derived (recipe key {@code weights}); META's {@code Weight}
 * column is the starting point. See {@code docs/index-engine.md}, "Weights".
 *
 * @param method {@code meta} (as given), {@code equal}, {@code pca} or {@code optimised}
 * @param level the framework level whose node weights are derived (0 = every level, for {@code
 *     equal}); {@code pca} defaults to 1, {@code optimised} to the level below the index
 * @param form for {@code pca}: {@code squared} (default) or {@code loadings}
 * @param importance for {@code optimised}: target importance per node code (empty = equal)
 * @param importanceInOrder for {@code optimised}: target importances in META order of the level's
 *     nodes (COINr's {@code itarg} vector), used when {@code importance} is empty
 */
public record WeightsSpec(
    String method,
    Integer level,
    String form,
    Map<String, Double> importance,
    List<Double> importanceInOrder) {

  public WeightsSpec {
    importance = Map.copyOf(importance);
    importanceInOrder = List.copyOf(importanceInOrder);
  }
}
