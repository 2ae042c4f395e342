package org.govindex.jobs.cli;

import picocli.CommandLine;

/**
 * Turns any failure of a command into one line on stderr and a non-zero exit status. The stack
 * trace is printed only when {@code GOVINDEX_DEBUG} is set, never to the user by default.
 */
final class OneLineErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    Throwable root = ex;
    String message = describe(ex);
    commandLine.getErr().println("govindex " + commandLine.getCommandName() + ": " + message);
    if (System.getenv("GOVINDEX_DEBUG") != null) {
      root.printStackTrace(commandLine.getErr());
    }
    return commandLine.getExitCodeExceptionMapper() != null
        ? commandLine.getExitCodeExceptionMapper().getExitCode(ex)
        : 1;
  }

  /** The most informative one-line message along the cause chain. */
  static String describe(Throwable ex) {
    Throwable current = ex;
    String message = null;
    while (current != null) {
      if (current.getMessage() != null && !current.getMessage().isBlank()) {
        message = current.getMessage();
        if (current instanceof GovindexException) {
          break;
        }
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    if (message == null) {
      message = ex.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message);
  }
}
