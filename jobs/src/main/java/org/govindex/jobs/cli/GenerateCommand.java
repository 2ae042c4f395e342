package org.govindex.jobs.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.samples.DropGenerationException;
import org.govindex.samples.DropGenerator;
import org.govindex.samples.GenerationResult;
import org.govindex.samples.GeneratorSettings;
import org.govindex.samples.Scale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code govindex generate}: writes a synthetic export drop in the input contract's format
 * (org.govindex.samples.DropGenerator), deterministic for a seed, with planted defects described in
 * {@code govindex-synthetic.json}.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    resourceBundle = "govindex.cli.generate")
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--scale", required = true, paramLabel = "small|city|province")
  String scale;

  @Option(names = "--seed", required = true, paramLabel = "N")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--defect-rate", paramLabel = "R")
  Double defectRate;

  @Option(names = "--period", paramLabel = "YYYY", defaultValue = "2026")
  int period;

  @Override
  public Integer call() {
    GeneratorSettings settings;
    try {
      Scale parsed = Scale.parse(scale);
      double rate = defectRate != null ? defectRate : GeneratorSettings.defaultDefectRate(parsed);
      settings = new GeneratorSettings(parsed, seed, out, rate, period);
    } catch (IllegalArgumentException e) {
      throw new GovindexException(e.getMessage(), e);
    }
    long started = System.nanoTime();
    GenerationResult result;
    try {
      result = DropGenerator.generate(settings);
    } catch (DropGenerationException e) {
      throw new GovindexException(e.getMessage(), e);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    spec.commandLine().getOut().println(summary(result, seconds));
    return 0;
  }

  static String summary(GenerationResult result, double seconds) {
    GeneratorSettings s = result.settings();
    return Messages.text(
        "generate.summary",
        s.scale().label(),
        s.out(),
        String.valueOf(s.seed()),
        String.valueOf(s.period()),
        String.valueOf(s.defectRate()),
        String.valueOf(result.files().size()),
        String.format(Locale.ROOT, "%.1f", result.bytes() / 1e6),
        grouped(result.rows("surveys/resident_")),
        grouped(result.rows("surveys/department_")),
        grouped(result.rows("cases/hotline_")),
        grouped(result.rows("cases/mediation_2")),
        grouped(result.plantedDefects()),
        String.format(Locale.ROOT, "%.1f", seconds));
  }

  private static String grouped(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
