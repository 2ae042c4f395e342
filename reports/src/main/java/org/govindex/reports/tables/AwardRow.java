package org.govindex.reports.tables;

import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * A row of {@link Results#AWARDS}: one 以奖代补 project.
 *
 * @param projectName the project's name, its code when the table has none
 */
public record AwardRow(
    String projectCode,
    String projectName,
    String unitCode,
    Double projectScore,
    String grade,
    boolean eligible,
    double awardAmount) {

  static AwardRow from(Table.Row row) {
    String code = row.string("project_code");
    return new AwardRow(
        code,
        RowValues.nameOr(row.string("project_name"), code),
        row.string("unit_code"),
        row.number("project_score"),
        row.string("grade"),
        row.bool("eligible"),
        row.number("award_amount"));
  }
}
