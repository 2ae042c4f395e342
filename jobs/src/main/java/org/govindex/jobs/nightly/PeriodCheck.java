package org.govindex.jobs.nightly;

import java.util.Map;
import java.util.SortedSet;
import org.govindex.contract.Datasets;
import org.govindex.contract.GovindexException;
import org.govindex.contract.TableSpec;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisedLevels;
import org.govindex.jobs.reduce.PeriodCounts;

/**
 * No result without data of its period: a run is refused when its period has no resident survey
 * response, or no case data where the catalogue needs it (12345 work orders for the hotline
 * indicators; mediation cases or a mediation summary for the mediation success rate).
 */
final class PeriodCheck {

  private PeriodCheck() {}

  static void require(
      String period,
      Map<String, Map<String, PeriodCounts.FileYears>> counts,
      AppraisalCatalogue catalogue) {
    int year = Integer.parseInt(period);
    requireRows(period, counts, Datasets.RESIDENT_RESPONSES, "resident survey response (提交答卷时间)");
    if (uses(catalogue, "hotline_")) {
      requireRows(period, counts, Datasets.HOTLINE_ORDERS, "12345 work order (来电时间)");
    }
    if (uses(catalogue, "mediation_")
        && PeriodCounts.inPeriod(counts, Datasets.MEDIATION_CASES, year) == 0
        && PeriodCounts.inPeriod(counts, Datasets.MEDIATION_SUMMARY, year) == 0) {
      throw refusal(
          period, counts, Datasets.MEDIATION_CASES, "mediation case (受理日期) or summary (年度)");
    }
  }

  private static void requireRows(
      String period,
      Map<String, Map<String, PeriodCounts.FileYears>> counts,
      TableSpec dataset,
      String what) {
    if (PeriodCounts.inPeriod(counts, dataset, Integer.parseInt(period)) == 0) {
      throw refusal(period, counts, dataset, what);
    }
  }

  private static GovindexException refusal(
      String period,
      Map<String, Map<String, PeriodCounts.FileYears>> counts,
      TableSpec dataset,
      String what) {
    SortedSet<Integer> years = PeriodCounts.years(counts, dataset);
    return new GovindexException(
        "period "
            + period
            + ": the drop has no "
            + what
            + " of "
            + period
            + (years.isEmpty() ? " (none at all)" : " (its rows are of " + years + ")")
            + "; nothing is published for a period without its data");
  }

  private static boolean uses(AppraisalCatalogue catalogue, String prefix) {
    for (UnitLevel level : AppraisedLevels.ALL) {
      if (catalogue.indicatorsAt(level).stream().anyMatch(d -> d.code().startsWith(prefix))) {
        return true;
      }
    }
    return false;
  }
}
