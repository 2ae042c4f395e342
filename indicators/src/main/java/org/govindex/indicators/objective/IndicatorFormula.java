package org.govindex.indicators.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.govindex.contract.Flag;

/**
 * How one indicator's raw value follows from the measures of a unit: {@code raw = numerator /
 * denominator × factor}. No value, with flag {@code no_data}, when the unit has no source record
 * for it (e.g. no facts row); no value, with flag {@code empty_denominator}, when the denominator
 * is absent or 0.
 *
 * @param code indicator code
 * @param numerator numerator over the measures (null when absent)
 * @param denominator denominator over the measures (null when absent), reported in indicator_values
 * @param factor scale: 1 for shares, 1000 per 1000 residents, 100 per 100 households, 10000 for 万元
 *     to 元
 * @param noData whether the unit has no source record for the indicator
 * @param extraFlag a further flag of the unit (null when none)
 */
record IndicatorFormula(
    String code,
    Function<UnitMeasures, Double> numerator,
    Function<UnitMeasures, Double> denominator,
    double factor,
    Function<UnitMeasures, Boolean> noData,
    Function<UnitMeasures, String> extraFlag) {

  /** The raw value of a unit, its denominator and flags. */
  RawValue evaluate(UnitMeasures m) {
    Double den = denominator.apply(m);
    boolean none = noData.apply(m);
    boolean emptyDenominator = den == null || den == 0.0;
    List<String> flags = new ArrayList<>();
    if (none) {
      flags.add(Flag.NO_DATA.code());
    } else if (emptyDenominator) {
      flags.add(Flag.EMPTY_DENOMINATOR.code());
    }
    String extra = extraFlag.apply(m);
    if (extra != null) {
      flags.add(extra);
    }
    Double raw = none || emptyDenominator ? null : numerator.apply(m) / den * factor;
    return new RawValue(raw, den, flags);
  }

  /** A raw value (null when none), its denominator and its flags in order. */
  record RawValue(Double raw, Double denominator, List<String> flags) {}
}
