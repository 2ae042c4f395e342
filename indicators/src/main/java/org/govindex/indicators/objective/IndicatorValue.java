package org.govindex.indicators.objective;

import org.govindex.contract.UnitLevel;

/**
 * One indicator of one unit (a row of {@code indicator_values}, with what O needs).
 *
 * @param position the indicator's place in the catalogue at this level
 * @param rawValue null when not computable (see the flags)
 * @param normalizedScore goalpost score in [0, 100], null without raw value
 * @param denominator the ratio's denominator as computed
 * @param flags {@code ;}-separated flags of the value
 * @param weight the indicator's normalised weight at the unit's level (the 中心城区 weights for a
 *     central street)
 */
public record IndicatorValue(
    UnitLevel level,
    String unitCode,
    String indicatorCode,
    int position,
    Double rawValue,
    Double normalizedScore,
    Double denominator,
    String flags,
    double weight) {

  /** Whether the indicator enters the unit's O: it has a score and a positive weight. */
  public boolean entersObjective() {
    return normalizedScore != null && weight > 0.0;
  }
}
