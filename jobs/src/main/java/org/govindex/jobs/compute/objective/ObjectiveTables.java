package org.govindex.jobs.compute.objective;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Results of the objective part.
 *
 * @param indicatorValues the {@code indicator_values} table: period, level, unit_code,
 *     indicator_code, raw_value, normalized_score, denominator, flags
 * @param objectiveScores one row per unit: level, unit_code, objective_score, n_indicators, flags
 * @param weightShares one row per unit and indicator: level, unit_code, indicator_code,
 *     normalized_score, weight_share (the indicator's share of O, 0 when it does not enter O),
 *     position (catalogue order)
 */
public record ObjectiveTables(
    Dataset<Row> indicatorValues, Dataset<Row> objectiveScores, Dataset<Row> weightShares) {}
