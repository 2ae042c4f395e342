package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govindex validate}: defaults pass; each broken file is named with its rule. */
class ValidateCommandTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void theBundledConfigurationIsValid() {
    assertThat(run("validate")).isZero();
    assertThat(out.toString())
        .startsWith("configuration OK")
        .contains("subjective weight community 0.7 (floor 0.7), street 0.5 (floor 0.5)");
  }

  @Test
  void writtenDefaultsAreValidAndEditable(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("cfg");
    assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
    assertThat(dir.resolve("appraisal-catalogue.csv")).exists();
    assertThat(dir.resolve("govindex.yaml")).exists();

    Path policy = dir.resolve("appraisal.yaml");
    String text = Files.readString(policy, StandardCharsets.UTF_8);
    Files.writeString(
        policy, text.replace("community: 0.7", "community: 0.6"), StandardCharsets.UTF_8);
    out.getBuffer().setLength(0);

    assertThat(run("validate", "--config", dir.resolve("govindex.yaml").toString())).isOne();
    assertThat(err.toString())
        .contains("appraisal.yaml")
        .contains("community")
        .contains("0.6")
        .contains("0.7")
        .contains("1 problem(s) found");
  }

  @Test
  void everyBrokenFileIsListedNotOnlyTheFirst(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("cfg");
    assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
    Path policy = dir.resolve("appraisal.yaml");
    Files.writeString(
        policy,
        Files.readString(policy, StandardCharsets.UTF_8).replace("street: 0.5", "street: 0.4"),
        StandardCharsets.UTF_8);
    Path catalogue = dir.resolve("appraisal-catalogue.csv");
    Files.writeString(
        catalogue,
        Files.readString(catalogue, StandardCharsets.UTF_8)
            .replaceFirst("(investment_attracted_per_capita,[^\\n]*?),,1,,0,true", "$1,,1,,1,true"),
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("innovation-awards.yaml"), "no_such_key: 1\n");

    assertThat(run("validate", "--config", dir.resolve("govindex.yaml").toString())).isOne();
    String problems = err.toString();
    assertThat(problems).contains("appraisal.yaml").contains("0.4");
    assertThat(problems).contains("appraisal-catalogue.csv").contains("中心城区");
    assertThat(problems).contains("innovation-awards.yaml").contains("no_such_key");
    assertThat(problems).contains("3 problem(s) found");
  }

  @Test
  void nightlyRefusesAConfigurationThatValidateRejects(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("cfg");
    assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
    Path policy = dir.resolve("appraisal.yaml");
    Files.writeString(
        policy,
        Files.readString(policy, StandardCharsets.UTF_8).replace("street: 0.5", "street: 0.4"),
        StandardCharsets.UTF_8);
    err.getBuffer().setLength(0);

    int status =
        run(
            "nightly",
            "--input",
            tmp.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--config",
            dir.resolve("govindex.yaml").toString());

    assertThat(status).isOne();
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("appraisal.yaml").contains("0.4");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void writeDefaultsNeverOverwrites(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("cfg");
    assertThat(run("validate", "--write-defaults", dir.toString())).isZero();
    assertThat(run("validate", "--write-defaults", dir.toString())).isOne();
    assertThat(err.toString()).contains("refusing to overwrite");
  }
}
