package org.govindex.jobs.cli;

/**
 * A failure the user can act on: its message is one line that names the file, row, rule or setting
 * at fault. The command line prints only this message.
 */
public class GovindexException extends RuntimeException {

  public GovindexException(String message) {
    super(message);
  }

  public GovindexException(String message, Throwable cause) {
    super(message, cause);
  }
}
