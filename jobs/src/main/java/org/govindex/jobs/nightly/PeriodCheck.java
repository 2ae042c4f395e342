package org.govindex.jobs.nightly;

import java.util.Map;
import java.util.SortedSet;
import org.govindex.contract.Datasets;
import org.govindex.contract.Messages;
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
    requireRows(period, counts, Datasets.RESIDENT_RESPONSES, "period.what.residents");
    if (uses(catalogue, "hotline_")) {
      requireRows(period, counts, Datasets.HOTLINE_ORDERS, "period.what.hotline");
    }
    if (uses(catalogue, "mediation_")
        && PeriodCounts.inPeriod(counts, Datasets.MEDIATION_CASES, year) == 0
        && PeriodCounts.inPeriod(counts, Datasets.MEDIATION_SUMMARY, year) == 0) {
      throw refusal(period, counts, Datasets.MEDIATION_CASES, "period.what.mediation");
    }
  }

  private static void requireRows(
      String period,
      Map<String, Map<String, PeriodCounts.FileYears>> counts,
      TableSpec dataset,
      String whatKey) {
    if (PeriodCounts.inPeriod(counts, dataset, Integer.parseInt(period)) == 0) {
      throw refusal(period, counts, dataset, whatKey);
    }
  }

  /**
   * The one line of a refusal in the user's language ({@code whatKey}: the message naming the
   * missing data), e.g. under a Chinese locale {@code 1999 年度的结果不予发布：输入数据中没有 1999
   * 年的居民问卷答卷（按提交答卷时间），现有的属于 2026 年；没有本期数据的结果一概不发布。}
   */
  private static PeriodRefusedException refusal(
      String period,
      Map<String, Map<String, PeriodCounts.FileYears>> counts,
      TableSpec dataset,
      String whatKey) {
    SortedSet<Integer> years = PeriodCounts.years(counts, dataset);
    return new PeriodRefusedException(
        Messages.text(
            "period.refused",
            period,
            Messages.text(whatKey),
            years.isEmpty()
                ? Messages.text("period.refused.noYear")
                : Messages.text("period.refused.otherYears", Messages.list(years))));
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
