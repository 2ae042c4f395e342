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
 * @param subjectiveReplicates internal, never written to the output tables: level, unit_code,
 *     s_replicates ({@code array<double>}), one row per community and street with a subjective
 *     score: the B bootstrap replicates of S in draw order (NaN where a replicate is undefined),
 *     the very replicates whose percentiles are ci_low and ci_high; a street's are the
 *     population-weighted combinations of {@link StreetScores}. They feed the rank interval of
 *     {@link org.govindex.jobs.compute.appraisal.AppraisalRankIntervals}.
 */
public record SubjectiveTables(
    Dataset<Row> satisfactionItems, Dataset<Row> appraisal, Dataset<Row> subjectiveReplicates) {}
