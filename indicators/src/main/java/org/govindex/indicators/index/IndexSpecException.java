package org.govindex.indicators.index;

/**
 * A framework, data table, recipe or design that the index engine refuses. The message is one line
 * that names the file or source, the row, the code and the rule or setting at fault.
 */
public class IndexSpecException extends org.govindex.contract.GovindexException {

  public IndexSpecException(String message) {
    super(message);
  }

  public IndexSpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
