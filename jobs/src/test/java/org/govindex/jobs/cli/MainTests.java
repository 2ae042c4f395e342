package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.govindex.contract.GovindexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, exit codes and one-line errors without stack traces. */
class MainTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("nightly");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("nightly", "--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).contains("--no-such-option");
  }

  @Test
  void aMissingInputFolderFailsWithOneLineNamingIt(@TempDir Path tmp) {
    Path missing = tmp.resolve("no-such-drop");
    assertThat(run("nightly", "--input", missing.toString(), "--out", tmp.toString())).isOne();
    assertThat(err.toString().strip())
        .isEqualTo("govindex nightly: input folder not found: " + missing);
  }

  @Test
  void aBadRunDateFailsWithOneLine(@TempDir Path tmp) {
    assertThat(run("nightly", "--input", tmp.toString(), "--run-date", "22/11/2026")).isOne();
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("--run-date must be YYYY-MM-DD");
  }

  @Test
  void aBadConfigFileFailsWithOneLineNamingTheFile(@TempDir Path tmp) throws Exception {
    Path config = tmp.resolve("bad.yaml");
    java.nio.file.Files.writeString(config, "appraisal:\n  noSuchSetting: 3\n");
    assertThat(run("nightly", "--input", tmp.toString(), "--config", config.toString())).isOne();
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains(config.toString()).contains("noSuchSetting");
  }

  @Test
  void oneLinePrefersOurOwnMessageOverTheRootCause() {
    Exception wrapped =
        new RuntimeException(
            "outer",
            new GovindexException("drop/x.csv row 3: bad", new IllegalStateException("deep")));
    assertThat(GovindexException.oneLine(wrapped)).isEqualTo("drop/x.csv row 3: bad");
    assertThat(
            GovindexException.oneLine(
                new RuntimeException("a", new java.io.IOException("disk full\nmore"))))
        .isEqualTo("IOException: disk full");
  }
}
