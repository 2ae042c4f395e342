package org.govindex.jobs.compute.subjective;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables of the subjective slice.
 *
 * @param satisfactionItems {@code tables/satisfaction_items}: period, level, unit_code, item_code,
 *     score, n_scored, n_dont_know
 * @param appraisal {@code tables/appraisal}: the columns of {@link
 *     org.govindex.jobs.compute.appraisal.AppraisalColumns}, community and street rows
 */
public record SubjectiveTables(Dataset<Row> satisfactionItems, Dataset<Row> appraisal) {}
