package org.govindex.reports.workbook;

import org.govindex.contract.Messages;
import org.govindex.reports.ReportException;

/**
 * What identifies the run a workbook was made from, shown on its first sheet.
 *
 * @param period the appraisal period, e.g. {@code 2026}
 * @param runDate the run date, e.g. {@code 2026-11-30}
 * @param codeVersion the version of the code that computed the tables
 */
public record WorkbookInfo(String period, String runDate, String codeVersion) {

  public WorkbookInfo {
    requireText(period, "period");
    requireText(runDate, "run date");
    requireText(codeVersion, "code version");
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new ReportException(Messages.text("reports.workbook.infoWithout", what));
    }
  }
}
