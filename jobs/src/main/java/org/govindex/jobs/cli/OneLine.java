package org.govindex.jobs.cli;

/** The one line a user sees for a failure: the most specific message along the cause chain. */
public final class OneLine {

  private OneLine() {}

  /**
   * The message of the first {@link GovindexException} (or other govindex exception) in the cause
   * chain, else the deepest non-empty message, else the exception's class name; only its first
   * line.
   */
  public static String of(Throwable ex) {
    Throwable current = ex;
    String message = null;
    int depth = 0;
    while (current != null && depth++ < 20) {
      if (current instanceof GovindexException || isOurs(current)) {
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

  private static boolean isOurs(Throwable t) {
    return t.getClass().getName().startsWith("org.govindex.")
        && t.getMessage() != null
        && !t.getMessage().isBlank();
  }
}
