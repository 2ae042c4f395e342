package org.govindex.indicators.index.uncertainty;

/**
 * Rank distribution of one unit over the Monte Carlo replications (ranks of the index, 1 = best).
 *
 * @param unit unit code
 * @param nominalRank rank with the recipe as declared
 * @param medianRank median rank over replications
 * @param p05 5th percentile of the rank
 * @param p95 95th percentile of the rank
 */
public record UnitRankInterval(
    String unit, int nominalRank, double medianRank, double p05, double p95) {}
