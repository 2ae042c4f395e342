package org.govindex.jobs.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;

/** Entry point of the {@code govindex} launcher. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Locale.setDefault(UserLocale.of(System.getenv(), Locale.getDefault()));
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status (0 on success). */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new GovindexCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setUsageHelpAutoWidth(true);
    commandLine.setExecutionExceptionHandler(new OneLineErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine.execute(args);
  }
}
