package org.govindex.indicators.index.analysis;

/**
 * The effect on the index ranks of removing one indicator (its siblings' weights renormalised).
 *
 * @param indicator indicator code
 * @param meanAbsRankShift mean over units of |rank without - nominal rank|
 * @param maxAbsRankShift largest |rank without - nominal rank|
 */
public record LeaveOneOutEntry(String indicator, double meanAbsRankShift, int maxAbsRankShift) {}
