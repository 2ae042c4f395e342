package org.govindex.reports.tables;

import java.util.List;

/** A row of {@code awards.csv}: one 以奖代补 project. */
public record AwardRow(
    String projectCode,
    String projectName,
    String unitCode,
    Double projectScore,
    String grade,
    boolean eligible,
    double awardAmount,
    List<String> flags) {

  static final List<String> REQUIRED =
      List.of(
          "project_code",
          "project_name",
          "unit_code",
          "project_score",
          "grade",
          "eligible",
          "award_amount");

  public AwardRow {
    flags = List.copyOf(flags);
  }

  static AwardRow from(CsvRow row) {
    String code = row.requiredText("project_code");
    Double amount = row.number("award_amount");
    return new AwardRow(
        code,
        AppraisalRow.nameOr(row.text("project_name"), code),
        row.text("unit_code"),
        row.number("project_score"),
        row.text("grade"),
        Boolean.TRUE.equals(row.bool("eligible")),
        amount == null ? 0 : amount,
        row.flags("flags"));
  }
}
