package org.govindex.indicators.index.uncertainty;

import java.util.List;

/**
 * Outcome of an uncertainty and sensitivity analysis.
 *
 * @param replications Monte Carlo replications run
 * @param seed the seed used
 * @param units per-unit rank intervals, in data order
 * @param sensitivity one entry per factor (empty when no sensitivity samples were asked)
 * @param outputVariance variance of the mean absolute rank shift over the Saltelli design
 * @param modelRuns number of index rebuilds for the sensitivity design, N (k + 2)
 * @param failedReplications Monte Carlo replications that could not be computed (a value outside a
 *     mean's domain; see {@link ReplicationFailure}); the rank intervals are over the others
 * @param failures the causes of failed replications and sensitivity runs, with counts
 * @param droppedSensitivityRows rows of the Saltelli design left out because one of their runs
 *     failed (the indices are estimated on the other rows)
 */
public record UncertaintyResult(
    int replications,
    long seed,
    List<UnitRankInterval> units,
    List<SensitivityIndex> sensitivity,
    double outputVariance,
    int modelRuns,
    int failedReplications,
    List<ReplicationFailure> failures,
    int droppedSensitivityRows) {

  public UncertaintyResult {
    units = List.copyOf(units);
    sensitivity = List.copyOf(sensitivity);
    failures = List.copyOf(failures);
  }

  /** A result where every replication and run succeeded. */
  public UncertaintyResult(
      int replications,
      long seed,
      List<UnitRankInterval> units,
      List<SensitivityIndex> sensitivity,
      double outputVariance,
      int modelRuns) {
    this(replications, seed, units, sensitivity, outputVariance, modelRuns, 0, List.of(), 0);
  }
}
