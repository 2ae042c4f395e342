package org.govindex.contract;

/**
 * The base of every failure a user can act on, in every module: its message is one line that names
 * the file, row, rule or setting at fault, and it is all the command line prints. Each module
 * derives the kinds it raises (a bad configuration, a bad input file, a refused run...).
 */
public class GovindexException extends RuntimeException {

  public GovindexException(String message) {
    super(message);
  }

  public GovindexException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The one line a user sees for a failure: the message of the first govindex exception in the
   * cause chain, else the deepest non-empty message with its exception's simple name, else the
   * exception's class name; only its first line.
   */
  public static String oneLine(Throwable ex) {
    Throwable current = ex;
    String message = null;
    int depth = 0;
    while (current != null && depth++ < 20) {
      if (current instanceof GovindexException && current.getMessage() != null) {
        message = current.getMessage();
        break;
      }
      if (current.getMessage() != null && !current.getMessage().isBlank()) {
        message = current.getClass().getSimpleName() + ": " + current.getMessage();
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    if (message == null) {
      message = ex.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message).strip();
  }
}
