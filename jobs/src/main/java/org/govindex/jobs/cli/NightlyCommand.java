package org.govindex.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.govindex.contract.GovindexException;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.nightly.DropPeriod;
import org.govindex.jobs.nightly.NightlyOutcome;
import org.govindex.jobs.nightly.NightlyRequest;
import org.govindex.jobs.nightly.NightlyRunner;
import org.govindex.jobs.nightly.SparkScratch;
import org.govindex.jobs.nightly.StepHooks;
import org.govindex.jobs.spark.SparkSessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govindex nightly}: the whole nightly job (ingest → compute → report → publish). */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the nightly job on an export drop: ingest, compute, report, publish.",
      "Publishes OUT/<period>/ with tables, Parquet, rejects.csv, manifest.json and reports.",
      "A completed (period, run date) is not run again; a failed one restarts at its failed step."
    })
public final class NightlyCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Export drop folder (default: the bundled sample drop data-samples/drop).")
  Path input;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output root (default: out). Results go to OUT/<period>/.")
  Path out = Path.of("out");

  @Option(
      names = "--period",
      paramLabel = "YYYY",
      description =
          "Appraisal period (calendar year). Default: the period a synthetic drop declares,"
              + " else the latest year of the drop's resident survey responses.")
  String period;

  @Option(
      names = "--run-date",
      paramLabel = "YYYY-MM-DD",
      description = "Run date (default: today, Asia/Shanghai).")
  String runDate;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file.")
  Path config;

  @Option(
      names = "--rerun",
      description = "Run again even if this (period, run date) already completed.")
  boolean rerun;

  @Override
  public Integer call() {
    Path drop = input != null ? input : BundledPaths.sampleDrop();
    if (!Files.isDirectory(drop)) {
      throw new GovindexException("input folder not found: " + drop);
    }
    String date = runDate != null ? runDate : LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new GovindexException("--run-date must be YYYY-MM-DD, got '" + date + "'");
    }
    LoadedSettings settings = SettingsLoader.load(config);
    String year;
    if (period != null) {
      year = period;
    } else {
      DropPeriod.Chosen chosen =
          DropPeriod.of(
              drop,
              new org.govindex.jobs.ingest.FileRecognizer(
                  settings.questionnaire(), settings.profiles()));
      year = chosen.period();
      org.slf4j.LoggerFactory.getLogger(NightlyCommand.class)
          .info("period {}: {} (no --period given)", year, chosen.reason());
    }
    if (!year.matches("\\d{4}")) {
      throw new GovindexException("--period must be a year YYYY, got '" + year + "'");
    }
    NightlyRequest request =
        new NightlyRequest(
            drop,
            out,
            year,
            date,
            config,
            settings,
            rerun ? String.valueOf(System.nanoTime()) : null);
    NightlyRunner runner =
        new NightlyRunner(
            () ->
                SparkSessionFactory.create(SparkScratch.settings(settings.settings().spark(), out)),
            true,
            StepHooks.NONE);
    NightlyOutcome outcome = runner.run(request);
    if (outcome.status() == NightlyOutcome.Status.FAILED) {
      throw new GovindexException(outcome.message());
    }
    System.out.println(outcome.message());
    return 0;
  }
}
