package org.govindex.jobs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The git commit of a checkout, as benchmarks record it ({@code abc1234}, {@code +dirty}). */
final class Commit {

  private Commit() {}

  /**
   * The short commit, with {@code +dirty} when tracked files other than BENCHMARKS.md differ;
   * "unknown" without git.
   */
  static String describe(Path checkout) {
    String head = git(checkout, "rev-parse", "--short", "HEAD");
    if (head.isEmpty()) {
      return "unknown";
    }
    String changes =
        git(
            checkout,
            "status",
            "--porcelain",
            "--untracked-files=no",
            "--",
            ".",
            ":!BENCHMARKS.md");
    return changes.isEmpty() ? head : head + "+dirty";
  }

  private static String git(Path checkout, String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = checkout.toAbsolutePath().toString();
    System.arraycopy(args, 0, command, 3, args.length);
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return "";
      }
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
