package org.govindex.jobs.nightly;

import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.govindex.contract.Datasets;
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
    requireRows(period, counts, Datasets.RESIDENT_RESPONSES, "居民问卷答卷（按提交答卷时间）");
    if (uses(catalogue, "hotline_")) {
      requireRows(period, counts, Datasets.HOTLINE_ORDERS, "12345 工单（按来电时间）");
    }
    if (uses(catalogue, "mediation_")
        && PeriodCounts.inPeriod(counts, Datasets.MEDIATION_CASES, year) == 0
        && PeriodCounts.inPeriod(counts, Datasets.MEDIATION_SUMMARY, year) == 0) {
      throw refusal(period, counts, Datasets.MEDIATION_CASES, "调解案件（按受理日期）或调解汇总（按年度）");
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

  /**
   * The one line of a refusal, e.g. {@code 1999 年度的结果不予发布：输入数据中没有 1999 年的居民问卷答卷（按提交答卷时间），现有的属于 2026
   * 年；没有本期数据的结果一概不发布。}
   */
  private static PeriodRefusedException refusal(
      String period,
      Map<String, Map<String, PeriodCounts.FileYears>> counts,
      TableSpec dataset,
      String what) {
    SortedSet<Integer> years = PeriodCounts.years(counts, dataset);
    return new PeriodRefusedException(
        period
            + " 年度的结果不予发布：输入数据中没有 "
            + period
            + " 年的"
            + what
            + (years.isEmpty()
                ? "，任何年份的都没有"
                : "，现有的属于 "
                    + years.stream().map(String::valueOf).collect(Collectors.joining("、"))
                    + " 年")
            + "；没有本期数据的结果一概不发布。");
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
