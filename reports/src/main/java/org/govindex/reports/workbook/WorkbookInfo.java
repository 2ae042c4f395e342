package org.govindex.reports.workbook;

import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.reports.ReportException;

/**
 * What identifies the run a workbook was made from, shown on its first sheet, and the names of the
 * configuration's codes that the sheets show beside them.
 *
 * @param period the appraisal period, e.g. {@code 2026}
 * @param runDate the run date, e.g. {@code 2026-11-30}
 * @param codeVersion the version of the code that computed the tables
 * @param codeNames the Chinese name of each indicator, question and innovation-index code of the
 *     configuration used (e.g. {@code C_SAFETY} → 社区治安状况); a code without one stays alone
 */
public record WorkbookInfo(
    String period, String runDate, String codeVersion, Map<String, String> codeNames) {

  public WorkbookInfo {
    requireText(period, "period");
    requireText(runDate, "run date");
    requireText(codeVersion, "code version");
    codeNames = Map.copyOf(codeNames);
  }

  /** A run without names for its codes. */
  public WorkbookInfo(String period, String runDate, String codeVersion) {
    this(period, runDate, codeVersion, Map.of());
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new ReportException(Messages.text("reports.workbook.infoWithout", what));
    }
  }
}
