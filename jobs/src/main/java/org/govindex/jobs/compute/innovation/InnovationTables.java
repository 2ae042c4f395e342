package org.govindex.jobs.compute.innovation;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The innovation tables of a run.
 *
 * @param innovationIndex {@code tables/innovation_index} ({@link InnovationColumns#index}), one row
 *     per year from the base year to the period, level and unit
 * @param awards {@code tables/awards} ({@link InnovationColumns#AWARDS}), projects of the period
 * @param coherence {@code tables/innovation_coherence} ({@link InnovationColumns#COHERENCE})
 * @param awardsByUnit {@code tables/awards_by_unit} ({@link InnovationColumns#AWARDS_BY_UNIT})
 */
public record InnovationTables(
    Dataset<Row> innovationIndex,
    Dataset<Row> awards,
    Dataset<Row> coherence,
    Dataset<Row> awardsByUnit) {}
