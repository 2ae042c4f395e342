package org.govindex.indicators.index.normalise;

/**
 * What a normaliser may need to know about the indicator besides its values.
 *
 * @param code indicator code, for messages
 * @param direction 1 (more is better) or -1 (less is better)
 * @param target target value in raw units (NaN when absent)
 * @param goalLow lower goalpost in raw units (NaN when absent)
 * @param goalHigh upper goalpost in raw units (NaN when absent)
 */
public record IndicatorInfo(
    String code, int direction, double target, double goalLow, double goalHigh) {}
