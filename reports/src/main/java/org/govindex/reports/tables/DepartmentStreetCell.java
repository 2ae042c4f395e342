package org.govindex.reports.tables;

import java.util.List;

/** A row of {@code department_street_matrix.csv}: how a street's raters scored a department. */
public record DepartmentStreetCell(
    String streetCode,
    String streetName,
    String departmentCode,
    String departmentName,
    Double meanScore,
    int nRaters) {

  static final List<String> REQUIRED =
      List.of(
          "street_code",
          "street_name",
          "department_code",
          "department_name",
          "mean_score",
          "n_raters");

  static DepartmentStreetCell from(CsvRow row) {
    String street = row.requiredText("street_code");
    String department = row.requiredText("department_code");
    return new DepartmentStreetCell(
        street,
        AppraisalRow.nameOr(row.text("street_name"), street),
        department,
        AppraisalRow.nameOr(row.text("department_name"), department),
        row.number("mean_score"),
        row.count("n_raters"));
  }
}
