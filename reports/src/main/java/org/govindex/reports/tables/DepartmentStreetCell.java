package org.govindex.reports.tables;

import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * A row of {@link Results#DEPARTMENT_STREET_MATRIX}: how a street's raters scored a department.
 * Names are the codes when the table has none.
 */
public record DepartmentStreetCell(
    String streetCode,
    String streetName,
    String departmentCode,
    String departmentName,
    Double meanScore,
    long nRaters) {

  static DepartmentStreetCell from(Table.Row row) {
    String street = row.string("street_code");
    String department = row.string("department_code");
    return new DepartmentStreetCell(
        street,
        RowValues.nameOr(row.string("street_name"), street),
        department,
        RowValues.nameOr(row.string("department_name"), department),
        row.number("mean_score"),
        row.longValue("n_raters"));
  }
}
