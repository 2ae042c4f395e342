package org.govindex.reports;

/** Base of the typed, unchecked exceptions of the reports module; messages are one line. */
public class ReportException extends org.govindex.contract.GovindexException {

  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
