package org.govindex.reports.tables;

import java.util.List;

/** A row of {@code awards_by_unit.csv}: 以奖代补 totals of a community, street or district. */
public record AwardsByUnitRow(
    String level,
    String unitCode,
    String unitName,
    int nProjects,
    int nScored,
    int nEligible,
    int nExcellent,
    int nGood,
    double awardTotal) {

  static final List<String> REQUIRED =
      List.of("level", "unit_code", "n_projects", "n_eligible", "award_total");

  static AwardsByUnitRow from(CsvRow row) {
    String code = row.requiredText("unit_code");
    Double total = row.number("award_total");
    return new AwardsByUnitRow(
        row.requiredText("level"),
        code,
        AppraisalRow.nameOr(row.text("unit_name"), code),
        row.count("n_projects"),
        row.count("n_scored"),
        row.count("n_eligible"),
        row.count("n_excellent"),
        row.count("n_good"),
        total == null ? 0 : total);
  }
}
