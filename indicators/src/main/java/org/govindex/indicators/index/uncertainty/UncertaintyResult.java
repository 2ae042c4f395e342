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
 */
public record UncertaintyResult(
    int replications,
    long seed,
    List<UnitRankInterval> units,
    List<SensitivityIndex> sensitivity,
    double outputVariance,
    int modelRuns) {

  public UncertaintyResult {
    units = List.copyOf(units);
    sensitivity = List.copyOf(sensitivity);
  }
}
