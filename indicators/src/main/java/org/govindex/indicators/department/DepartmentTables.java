package org.govindex.indicators.department;

import java.util.Objects;
import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * The tables of the department rating.
 *
 * @param departmentRating {@link Results#DEPARTMENT_RATING}: one row per registered department, in
 *     code order
 * @param streetMatrix {@link Results#DEPARTMENT_STREET_MATRIX}: one row per (registered rater
 *     street, registered department) with at least one rating, by street then department code
 * @param raterFlags {@link Results#DEPARTMENT_RATER_FLAGS}: rater-effect counts per (registered
 *     department, rater group that rated it), by department code then group order
 * @param streetRatingGiven {@link Results#STREET_RATING_GIVEN}: one row per registered street, in
 *     code order: how its raters rated the departments
 */
public record DepartmentTables(
    Table departmentRating, Table streetMatrix, Table raterFlags, Table streetRatingGiven) {

  public DepartmentTables {
    Objects.requireNonNull(departmentRating, "departmentRating");
    Objects.requireNonNull(streetMatrix, "streetMatrix");
    Objects.requireNonNull(raterFlags, "raterFlags");
    Objects.requireNonNull(streetRatingGiven, "streetRatingGiven");
  }
}
