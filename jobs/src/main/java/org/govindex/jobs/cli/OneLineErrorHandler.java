package org.govindex.jobs.cli;

import org.govindex.contract.GovindexException;
import picocli.CommandLine;

/**
 * Turns any failure of a command into one line on stderr and a non-zero exit status. The stack
 * trace is printed only when {@code GOVINDEX_DEBUG} is set, never to the user by default.
 */
final class OneLineErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String message = GovindexException.oneLine(ex);
    commandLine.getErr().println("govindex " + commandLine.getCommandName() + ": " + message);
    if (System.getenv("GOVINDEX_DEBUG") != null) {
      ex.printStackTrace(commandLine.getErr());
    }
    return commandLine.getExitCodeExceptionMapper() != null
        ? commandLine.getExitCodeExceptionMapper().getExitCode(ex)
        : 1;
  }
}
