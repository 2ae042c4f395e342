package org.govindex.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the appraisal report shows, as plain values (no Spark, no Spring).
 *
 * @param period the appraisal period, a calendar year such as {@code 2026}
 * @param runDate the run date, ISO {@code YYYY-MM-DD}
 * @param communities community rows (level {@link UnitLevel#COMMUNITY})
 * @param streets street rows (level {@link UnitLevel#STREET})
 * @param inputs row counts per input file
 */
public record AppraisalReportData(
    String period,
    String runDate,
    List<UnitScore> communities,
    List<UnitScore> streets,
    List<InputFileSummary> inputs) {

  public AppraisalReportData {
    if (period == null || period.isBlank()) {
      throw new ReportDataException("report data without period");
    }
    Objects.requireNonNull(runDate, "runDate");
    communities = List.copyOf(communities);
    streets = List.copyOf(streets);
    inputs = List.copyOf(inputs);
    requireLevel(communities, UnitLevel.COMMUNITY);
    requireLevel(streets, UnitLevel.STREET);
  }

  private static void requireLevel(List<UnitScore> units, UnitLevel level) {
    for (UnitScore unit : units) {
      if (unit.level() != level) {
        throw new ReportDataException(
            "unit "
                + unit.code()
                + " of level "
                + unit.level().code()
                + " in the "
                + level.code()
                + " list");
      }
    }
  }
}
