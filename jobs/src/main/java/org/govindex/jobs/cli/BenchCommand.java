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
    description = "Performance benchmarks. See BENCHMARKS.md.",
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
  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      description = {
        "Times warm rebuilds of ASEM pipeline B (denominate, impute, screen, treat, normalise,"
            + " aggregate) and Monte Carlo uncertainty replications, with the JVM warm.",
        "The peer is COINr, at 0.13 s per rebuild of pipeline B."
      })
  public static final class Index implements Callable<Integer> {

    /** COINr's time for one full rebuild of pipeline B on one core (seconds). */
    static final double COINR_REBUILD_SECONDS = 0.13;

    @Option(
        names = "--asem",
        required = true,
        paramLabel = "DIR",
        description = "Folder with ASEM_iMeta.csv and ASEM_iData.csv.")
    Path asem;

    @Option(
        names = "--recipe",
        paramLabel = "FILE",
        description = "Recipe (default: indicators/examples/asem/pipeline-b.yaml).")
    Path recipe = Path.of("indicators", "examples", "asem", "pipeline-b.yaml");

    @Option(names = "--rebuilds", paramLabel = "N", description = "Timed rebuilds (default 2000).")
    int rebuilds = 2000;

    @Option(
        names = "--replications",
        paramLabel = "N",
        description = "Timed uncertainty replications (default 1000).")
    int replications = 1000;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path meta = asem.resolve("ASEM_iMeta.csv");
      Path dataFile = asem.resolve("ASEM_iData.csv");
      if (!Files.isRegularFile(meta) || !Files.isRegularFile(dataFile)) {
        throw new GovindexException(asem + ": expected ASEM_iMeta.csv and ASEM_iData.csv");
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
      out.printf(
          Locale.ROOT,
          "index build, pipeline B (%s): %d warm rebuilds, median %.3f ms, mean %.3f ms, p95 %.3f"
              + " ms%n",
          recipe.getFileName(),
          rebuilds,
          median,
          mean,
          p95);
      out.printf(
          Locale.ROOT,
          "peer: COINr %.2f s per rebuild -> %.0fx faster (median)%n",
          COINR_REBUILD_SECONDS,
          COINR_REBUILD_SECONDS * 1000 / median);

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
      out.printf(
          Locale.ROOT,
          "uncertainty: %d replications (design check included) in %.3f s (%.3f ms each)%n",
          result.replications(),
          seconds,
          seconds * 1000 / result.replications());
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
        out.printf(
            Locale.ROOT,
            "sensitivity: Saltelli N=%d, %d factors, %d rebuilds in %.3f s%n",
            declared.sensitivitySamples(),
            sens.sensitivity().size(),
            sens.modelRuns(),
            sSeconds);
      }
      out.printf(
          Locale.ROOT,
          "machine: %d available processors, %s %s%n",
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.vm.name"),
          System.getProperty("java.version"));
      out.flush();
      return 0;
    }
  }

  /**
   * {@code govindex bench nightly}: the nightly job on a generated (or given) drop, every step
   * timed, and the core aggregations against DuckDB over the same Parquet.
   */
  @Command(
      name = "nightly",
      mixinStandardHelpOptions = true,
      description = {
        "Runs the nightly job on a synthetic drop of the given scale (generated once and then"
            + " reused) or on --drop, times every step, and times the core aggregations (hotline"
            + " tallies, survey item tallies) against DuckDB over the same ingested Parquet,"
            + " checking that both give the same values.",
        "Writes OUT/bench.json and appends a dated row with the commit to BENCHMARKS.md."
      })
  public static final class Nightly implements Callable<Integer> {

    @Option(
        names = "--scale",
        paramLabel = "small|city|province",
        description = "Size of the generated drop (default city).")
    String scale = "city";

    @Option(
        names = "--drop",
        paramLabel = "DIR",
        description = "An existing drop to run on instead of a generated one.")
    Path drop;

    @Option(
        names = "--seed",
        paramLabel = "N",
        description = "Seed of the generated drop (default 7).")
    long seed = 7;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "The benchmark's folder (default out/bench).")
    Path out = BundledPaths.home().resolve("out").resolve("bench");

    @Option(
        names = "--no-record",
        description = "Do not append the row to BENCHMARKS.md (bench.json is still written).")
    boolean noRecord;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      var console = spec.commandLine().getOut();
      java.util.function.Consumer<String> progress =
          line -> {
            console.println("bench: " + line);
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
        progress.accept("reusing the drop " + dir);
        return dir;
      }
      progress.accept("generating the " + scale + " drop (seed " + seed + ") in " + dir);
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
