package org.govindex.jobs.compute.department;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables of the department rating; columns in {@link DepartmentColumns}.
 *
 * @param departmentRating {@code department_rating}: one row per registered department
 * @param streetMatrix {@code department_street_matrix}: one row per (rater street, department) with
 *     at least one rater
 * @param raterFlags {@code department_rater_flags}: rater-effect counts per (department, group)
 * @param streetRatingGiven {@code street_rating_given}: one row per registered street, how its
 *     raters rated the departments
 */
public record DepartmentTables(
    Dataset<Row> departmentRating,
    Dataset<Row> streetMatrix,
    Dataset<Row> raterFlags,
    Dataset<Row> streetRatingGiven) {}
