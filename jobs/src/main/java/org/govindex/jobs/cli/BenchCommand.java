package org.govindex.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.engine.IndexEngine;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.UncertaintySpec;
import org.govindex.indicators.index.uncertainty.UncertaintyAnalysis;
import org.govindex.indicators.index.uncertainty.UncertaintyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govindex bench}: performance benchmarks (one subcommand per benchmark). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    resourceBundle = "govindex.cli.bench",
    subcommands = {BenchCommand.Index.class, BenchCommand.Nightly.class})
public final class BenchCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code govindex bench index}: warm rebuilds of ASEM pipeline B and uncertainty replications.
   */
  @Command(name = "index", mixinStandardHelpOptions = true)
  public static final class Index implements Callable<Integer> {

    /** COINr's time for one full rebuild of pipeline B on one core (seconds). */
    static final double COINR_REBUILD_SECONDS = 0.13;

    @Option(names = "--asem", required = true, paramLabel = "DIR")
    Path asem;

    @Option(names = "--recipe", paramLabel = "FILE")
    Path recipe = Path.of("indicators", "examples", "asem", "pipeline-b.yaml");

    @Option(names = "--rebuilds", paramLabel = "N")
    int rebuilds = 2000;

    @Option(names = "--replications", paramLabel = "N")
    int replications = 1000;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path meta = asem.resolve("ASEM_iMeta.csv");
      Path dataFile = asem.resolve("ASEM_iData.csv");
      if (!Files.isRegularFile(meta) || !Files.isRegularFile(dataFile)) {
        throw new GovindexException(Messages.text("bench.asemFilesMissing", asem));
      }
      Framework framework = IndexCommand.readFramework(meta);
      UnitTable data = IndexCommand.readData(dataFile, framework);
      Recipe r = IndexCommand.readRecipe(recipe);
      var out = spec.commandLine().getOut();

      for (int i = 0; i < Math.max(200, rebuilds / 4); i++) {
        IndexCommand.guard(() -> IndexEngine.build(framework, data, r), null);
      }
      long[] times = new long[rebuilds];
      for (int i = 0; i < rebuilds; i++) {
        long t0 = System.nanoTime();
        IndexCommand.guard(() -> IndexEngine.build(framework, data, r), null);
        times[i] = System.nanoTime() - t0;
      }
      Arrays.sort(times);
      double median = times[rebuilds / 2] / 1e6;
      double mean = Arrays.stream(times).average().orElse(0) / 1e6;
      double p95 = times[(int) (rebuilds * 0.95)] / 1e6;
      out.println(
          Messages.text(
              "bench.rebuildTimes",
              recipe.getFileName(),
              rebuilds,
              decimal("%.3f", median),
              decimal("%.3f", mean),
              decimal("%.3f", p95)));
      out.println(
          Messages.text(
              "bench.peerComparison",
              decimal("%.2f", COINR_REBUILD_SECONDS),
              decimal("%.0f", COINR_REBUILD_SECONDS * 1000 / median)));

      UncertaintySpec declared =
          r.uncertaintySpec()
              .orElseThrow(
                  () -> new GovindexException(Messages.text("bench.noUncertainty", recipe)));
      UncertaintySpec mc =
          new UncertaintySpec(
              replications,
              declared.seed(),
              declared.weightSpread(),
              declared.weightLevels(),
              declared.normalise(),
              declared.aggregate(),
              declared.toggleTreat(),
              declared.toggleImpute(),
              0);
      IndexCommand.guard(
          () -> UncertaintyAnalysis.design(framework, data, r, mc.with(200, mc.seed())).run(),
          null);
      long t0 = System.nanoTime();
      UncertaintyResult result =
          IndexCommand.guard(() -> UncertaintyAnalysis.design(framework, data, r, mc).run(), null);
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.println(
          Messages.text(
              "bench.uncertaintyTimes",
              result.replications(),
              decimal("%.3f", seconds),
              decimal("%.3f", seconds * 1000 / result.replications())));
      if (declared.sensitivitySamples() > 0) {
        long s0 = System.nanoTime();
        UncertaintyResult sens =
            IndexCommand.guard(
                () ->
                    UncertaintyAnalysis.design(
                            framework, data, r, declared.with(1, declared.seed()))
                        .run(),
                null);
        double sSeconds = (System.nanoTime() - s0) / 1e9;
        out.println(
            Messages.text(
                "bench.sensitivityTimes",
                declared.sensitivitySamples(),
                sens.sensitivity().size(),
                sens.modelRuns(),
                decimal("%.3f", sSeconds)));
      }
      out.println(
          Messages.text(
              "bench.machine",
              Runtime.getRuntime().availableProcessors(),
              System.getProperty("java.vm.name"),
              System.getProperty("java.version")));
      out.flush();
      return 0;
    }

    private static String decimal(String format, double value) {
      return String.format(Locale.ROOT, format, value);
    }
  }

  /**
   * {@code govindex bench nightly}: the nightly job on a generated (or given) drop, every step
   * timed, and the core aggregations against DuckDB over the same Parquet.
   */
  @Command(name = "nightly", mixinStandardHelpOptions = true)
  public static final class Nightly implements Callable<Integer> {

    @Option(names = "--scale", paramLabel = "small|city|province")
    String scale = "city";

    @Option(names = "--drop", paramLabel = "DIR")
    Path drop;

    @Option(names = "--seed", paramLabel = "N")
    long seed = 7;

    @Option(names = "--out", paramLabel = "DIR")
    Path out = BundledPaths.home().resolve("out").resolve("bench");

    @Option(names = "--no-record")
    boolean noRecord;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      var console = spec.commandLine().getOut();
      java.util.function.Consumer<String> progress =
          line -> {
            console.println(Messages.text("bench.progress", line));
            console.flush();
          };
      Path input = drop != null ? drop : generated(progress);
      if (!Files.isDirectory(input)) {
        throw new GovindexException(Messages.text("bench.dropNotFound", input));
      }
      org.govindex.jobs.config.LoadedSettings settings =
          org.govindex.jobs.config.SettingsLoader.load(null);
      String period =
          org.govindex.jobs.nightly.DropPeriod.of(
                  input,
                  new org.govindex.jobs.ingest.FileRecognizer(
                      settings.questionnaire(), settings.profiles()))
              .period();
      String runDate = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
      org.govindex.jobs.bench.BenchResult result =
          new org.govindex.jobs.bench.NightlyBenchmark(progress)
              .run(
                  drop != null ? "drop" : scale,
                  input,
                  out.resolve("run"),
                  period,
                  settings,
                  runDate);
      String commit = Commit.describe(BundledPaths.home());
      org.govindex.jobs.bench.BenchReport.write(
          result,
          runDate,
          commit,
          out.resolve("bench.json"),
          noRecord ? null : BundledPaths.home().resolve("BENCHMARKS.md"));
      console.println(org.govindex.jobs.bench.BenchReport.summary(result));
      console.flush();
      return result.aggregations().stream().allMatch(org.govindex.jobs.bench.Aggregation::same)
          ? 0
          : 1;
    }

    private Path generated(java.util.function.Consumer<String> progress) {
      org.govindex.samples.Scale parsed;
      try {
        parsed = org.govindex.samples.Scale.parse(scale);
      } catch (IllegalArgumentException e) {
        throw new GovindexException(e.getMessage(), e);
      }
      Path dir = out.resolve("drops").resolve(scale + "-seed" + seed);
      if (Files.isRegularFile(
          dir.resolve(org.govindex.jobs.ingest.source.DropScanner.SYNTHETIC_MARKER))) {
        progress.accept(Messages.text("bench.reusingDrop", dir));
        return dir;
      }
      progress.accept(Messages.text("bench.generatingDrop", scale, seed, dir));
      try {
        org.govindex.samples.DropGenerator.generate(
            new org.govindex.samples.GeneratorSettings(
                parsed,
                seed,
                dir,
                org.govindex.samples.GeneratorSettings.defaultDefectRate(parsed),
                org.govindex.samples.GeneratorSettings.DEFAULT_PERIOD));
      } catch (org.govindex.samples.DropGenerationException e) {
        throw new GovindexException(e.getMessage(), e);
      }
      return dir;
    }
  }
}
