package org.govindex.jobs.cli;

import org.govindex.jobs.config.CodeVersion;
import picocli.CommandLine.Command;

/** The root command: {@code govindex <command>}. */
@Command(
    name = "govindex",
    resourceBundle = "govindex.cli.govindex",
    mixinStandardHelpOptions = true,
    versionProvider = CodeVersion.class,
    subcommands = {
      NightlyCommand.class,
      IndexCommand.class,
      BenchCommand.class,
      GenerateCommand.class,
      ValidateCommand.class,
      InspectCommand.class
    })
public final class GovindexCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
