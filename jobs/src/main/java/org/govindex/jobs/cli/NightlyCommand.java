package org.govindex.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
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
@Command(name = "nightly", resourceBundle = "govindex.cli.nightly", mixinStandardHelpOptions = true)
public final class NightlyCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "DIR")
  Path input;

  @Option(names = "--out", paramLabel = "DIR")
  Path out = Path.of("out");

  @Option(names = "--period", paramLabel = "YYYY")
  String period;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD")
  String runDate;

  @Option(names = "--config", paramLabel = "FILE")
  Path config;

  @Option(names = "--rerun")
  boolean rerun;

  @Override
  public Integer call() {
    Path drop = input != null ? input : BundledPaths.sampleDrop();
    if (!Files.isDirectory(drop)) {
      throw new GovindexException(Messages.text("input.notFound", drop));
    }
    String date = runDate != null ? runDate : LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new GovindexException(Messages.text("nightly.runDate.invalid", date));
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
          .info(Messages.text("nightly.period.chosen", year, chosen.reason()));
    }
    if (!year.matches("\\d{4}")) {
      throw new GovindexException(Messages.text("nightly.period.invalid", year));
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
                SparkSessionFactory.create(
                    SparkSessionFactory.sizedTo(
                        SparkScratch.settings(settings.settings().spark(), out),
                        org.govindex.jobs.io.RunFiles.bytesUnder(drop))),
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
