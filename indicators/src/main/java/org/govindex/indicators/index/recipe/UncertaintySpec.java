package org.govindex.indicators.index.recipe;

import java.util.List;
import org.govindex.indicators.index.MethodSpec;

/**
 * The declared alternatives of an uncertainty and sensitivity analysis.
 *
 * @param replications Monte Carlo replications
 * @param seed random seed (results are reproducible for a given seed)
 * @param weightSpread relative perturbation of weights: each weight is multiplied by a factor drawn
 *     uniformly in [1 - spread, 1 + spread]; 0 = weights fixed
 * @param weightLevels levels whose node weights are perturbed (empty = all levels)
 * @param normalise alternative default normalisation methods (empty = fixed)
 * @param aggregate alternative default aggregation methods (empty = fixed)
 * @param toggleTreat whether outlier treatment is switched on or off at random
 * @param toggleImpute whether imputation is switched on or off at random
 * @param sensitivitySamples base sample size N of the Saltelli design (0 = no sensitivity)
 */
public record UncertaintySpec(
    int replications,
    long seed,
    double weightSpread,
    List<Integer> weightLevels,
    List<MethodSpec> normalise,
    List<MethodSpec> aggregate,
    boolean toggleTreat,
    boolean toggleImpute,
    int sensitivitySamples) {

  public UncertaintySpec {
    weightLevels = List.copyOf(weightLevels);
    normalise = List.copyOf(normalise);
    aggregate = List.copyOf(aggregate);
  }

  /** A copy with another replication count and seed. */
  public UncertaintySpec with(int newReplications, long newSeed) {
    return new UncertaintySpec(
        newReplications,
        newSeed,
        weightSpread,
        weightLevels,
        normalise,
        aggregate,
        toggleTreat,
        toggleImpute,
        sensitivitySamples);
  }
}
