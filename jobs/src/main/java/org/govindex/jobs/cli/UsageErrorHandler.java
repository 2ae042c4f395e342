package org.govindex.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import org.govindex.contract.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line picocli cannot parse (an unknown option or command, a missing option or value, a
 * value of the wrong kind, an option given twice) gets one line in the user's language naming what
 * is wrong and where to read the usage, instead of picocli's English message and the whole help;
 * exit status 2 as picocli's own.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    String name = command.getCommandSpec().qualifiedName(" ");
    command
        .getErr()
        .println(name + ": " + Messages.text("usage.line", describe(ex), "./" + name + " --help"));
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static String describe(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> words = unmatched.getUnmatched();
      String first = words.isEmpty() ? "" : words.get(0);
      return unmatched.isUnknownOption()
          ? Messages.text("usage.unknownOption", first)
          : Messages.text("usage.unexpectedArgument", String.join(" ", words));
    }
    if (ex instanceof CommandLine.MissingParameterException missing) {
      List<String> names = missing.getMissing().stream().map(UsageErrorHandler::label).toList();
      return ex.getMessage() != null && ex.getMessage().startsWith("Missing required parameter")
          ? Messages.text("usage.missingValue", Messages.list(names))
          : Messages.text("usage.missingOption", Messages.list(names));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
      return Messages.text("usage.givenTwice", label(overwritten.getOverwritten()));
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return Messages.text("usage.badValue", label(arg), ex.getValue(), Messages.text(kind(arg)));
    }
    return Messages.text("usage.other", ex.getMessage());
  }

  /** {@code --seed=N} for an option, {@code <name>} for a positional parameter. */
  private static String label(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "");
    }
    return arg.paramLabel();
  }

  /** The message key of what a value of {@code arg}'s type must be. */
  private static String kind(ArgSpec arg) {
    Class<?> type = arg.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "usage.kind.whole";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "usage.kind.number";
    }
    if (Path.class.isAssignableFrom(type)) {
      return "usage.kind.path";
    }
    return "usage.kind.other";
  }
}
