package org.govindex.jobs.compute.objective;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * How one indicator's raw value follows from the measures of a unit: {@code raw = numerator /
 * denominator × factor}. The value is null with flag {@code no_data} when the unit has no source
 * record for it (e.g. no facts row), and null with flag {@code empty_denominator} when the
 * denominator is null or 0.
 *
 * @param code indicator code
 * @param numerator numerator over the aggregated measures
 * @param denominator denominator over the aggregated measures (reported in indicator_values)
 * @param factor scale: 1 for shares, 1000 per 1000 residents, 100 per 100 households, 10000 for 万元
 *     to 元
 * @param noData true when the unit has no source record for the indicator
 * @param extraFlag a further flag (string) or null
 */
record IndicatorFormula(
    String code,
    Column numerator,
    Column denominator,
    double factor,
    Column noData,
    Column extraFlag) {

  /** A struct (indicator_code, raw_value, denominator, flags array). */
  Column toStruct() {
    Column emptyDenominator = denominator.isNull().or(denominator.equalTo(0.0));
    Column raw =
        when(noData.or(emptyDenominator), lit(null).cast("double"))
            .otherwise(numerator.divide(denominator).multiply(factor));
    Column flags =
        array_compact(
            array(
                when(noData, lit(ObjectiveFlags.NO_DATA)),
                when(not(noData).and(emptyDenominator), lit(ObjectiveFlags.EMPTY_DENOMINATOR)),
                extraFlag.cast("string")));
    return struct(
        lit(code).as("indicator_code"),
        raw.cast("double").as("raw_value"),
        denominator.cast("double").as("denominator"),
        flags.as("flag_list"));
  }
}
