package org.govindex.jobs.cli;

import picocli.CommandLine;

/** Entry point of the {@code govindex} launcher. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status (0 on success). */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new GovindexCommand());
    commandLine.setExecutionExceptionHandler(new OneLineErrorHandler());
    return commandLine.execute(args);
  }
}
