package org.govindex.reports.model;

import org.govindex.reports.ReportException;

/** Report input data break a rule of the report model; the message names the unit and field. */
public class ReportDataException extends ReportException {

  public ReportDataException(String message) {
    super(message);
  }
}
