package org.govindex.reports.tables;

import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/** A row of {@link Results#AWARDS_BY_UNIT}: 以奖代补 totals of a community, street or district. */
public record AwardsByUnitRow(
    UnitLevel level,
    String unitCode,
    String unitName,
    long nProjects,
    long nScored,
    long nEligible,
    long nExcellent,
    long nGood,
    double awardTotal) {

  static AwardsByUnitRow from(Table.Row row) {
    String code = row.string("unit_code");
    return new AwardsByUnitRow(
        RowValues.level(row),
        code,
        RowValues.nameOr(row.string("unit_name"), code),
        row.longValue("n_projects"),
        row.longValue("n_scored"),
        row.longValue("n_eligible"),
        row.longValue("n_excellent"),
        row.longValue("n_good"),
        row.number("award_total"));
  }
}
