package org.govindex.reports.tables;

import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * A row of {@link Results#STREET_RATING_GIVEN}: how one street's raters rated the departments. The
 * name is the code when the table has none.
 */
public record StreetRatingGivenRow(
    String streetCode,
    String streetName,
    long nRaters,
    Double meanScoreGiven,
    long nDepartmentsRated,
    long nRatings) {

  static StreetRatingGivenRow from(Table.Row row) {
    String street = row.string("street_code");
    return new StreetRatingGivenRow(
        street,
        RowValues.nameOr(row.string("street_name"), street),
        row.longValue("n_raters"),
        row.number("mean_score_given"),
        row.longValue("n_departments_rated"),
        row.longValue("n_ratings"));
  }
}
