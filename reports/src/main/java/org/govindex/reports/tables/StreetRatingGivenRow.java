package org.govindex.reports.tables;

import java.util.List;

/** A row of {@code street_rating_given.csv}: how one street's raters rated the departments. */
public record StreetRatingGivenRow(
    String streetCode,
    String streetName,
    int nRaters,
    Double meanScoreGiven,
    int nDepartmentsRated,
    int nRatings) {

  static final List<String> REQUIRED =
      List.of(
          "street_code",
          "street_name",
          "n_raters",
          "mean_score_given",
          "n_departments_rated",
          "n_ratings");

  static StreetRatingGivenRow from(CsvRow row) {
    String street = row.requiredText("street_code");
    return new StreetRatingGivenRow(
        street,
        AppraisalRow.nameOr(row.text("street_name"), street),
        row.count("n_raters"),
        row.number("mean_score_given"),
        row.count("n_departments_rated"),
        row.count("n_ratings"));
  }
}
