package org.govindex.reports.model;

import org.govindex.reports.ReportException;

/**
 * Report input data break a rule: a result table that is absent, not valid CSV or not as its
 * contract says (the message names the file, row and column), or report inputs out of range.
 */
public class ReportDataException extends ReportException {

  public ReportDataException(String message) {
    super(message);
  }
}
