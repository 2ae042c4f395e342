package org.govindex.jobs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.indicators.objective.OrderCounts;
import org.govindex.indicators.objective.OrderTally;
import org.govindex.indicators.subjective.ItemTally;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.nightly.NightlyOutcome;
import org.govindex.jobs.nightly.NightlyRequest;
import org.govindex.jobs.nightly.NightlyRunner;
import org.govindex.jobs.nightly.Settings;
import org.govindex.jobs.nightly.SparkScratch;
import org.govindex.jobs.nightly.StepHooks;
import org.govindex.jobs.nightly.StepTime;
import org.govindex.jobs.reduce.OrderReduction;
import org.govindex.jobs.reduce.StreetSurvey;
import org.govindex.jobs.reduce.SurveyReduction;
import org.govindex.jobs.spark.SparkSessionFactory;

/**
 * {@code bench nightly}: runs the nightly job on a drop (a fresh run every time), times its steps,
 * then times the core aggregations — the product's Spark reductions against the same aggregations
 * in DuckDB over the same ingested Parquet, twice each (cold, then warm) — and checks that both
 * give the same values.
 */
public final class NightlyBenchmark {

  /** Relative tolerance of a score sum (the two engines add in another order). */
  static final double SUM_TOLERANCE = 1e-9;

  private final Consumer<String> progress;

  public NightlyBenchmark(Consumer<String> progress) {
    this.progress = progress;
  }

  /** Runs the benchmark of one drop; {@code out} is the benchmark's own output folder. */
  public BenchResult run(
      String scale, Path drop, Path out, String period, LoadedSettings settings, String runDate) {
    String loadBefore = LoadAverage.read();
    long bytes = org.govindex.jobs.io.RunFiles.bytesUnder(drop);
    // the session outlives the run (the aggregations use it), so its scratch lies outside the
    // run's output folder, which the run clears when it starts
    SparkSession spark =
        SparkSessionFactory.create(
            SparkSessionFactory.sizedTo(
                SparkScratch.settings(settings.settings().spark(), out.resolveSibling("session")),
                bytes));
    try {
      progress.accept(
          Messages.text(
              "bench.nightlyStarted", drop, String.format(java.util.Locale.ROOT, "%,d", bytes)));
      long t0 = System.nanoTime();
      NightlyOutcome outcome =
          new NightlyRunner(() -> spark, false, StepHooks.NONE)
              .run(
                  new NightlyRequest(
                      drop,
                      out,
                      period,
                      runDate,
                      null,
                      settings,
                      String.valueOf(System.nanoTime())));
      double wall = (System.nanoTime() - t0) / 1e9;
      if (outcome.status() != NightlyOutcome.Status.COMPLETED) {
        throw new GovindexException(Messages.text("bench.nightlyIncomplete", outcome.message()));
      }
      progress.accept(
          Messages.text(
              "bench.nightlyCompleted", String.format(java.util.Locale.ROOT, "%.1f", wall)));
      Path ingested = outcome.published().resolve("ingested");
      List<Aggregation> aggregations = aggregations(spark, ingested, period, settings);
      return new BenchResult(
          scale,
          drop.toAbsolutePath().toString(),
          bytes,
          rowsRead(outcome.published()),
          Runtime.getRuntime().availableProcessors(),
          wall,
          outcome.steps(),
          PeakMemory.peakResidentBytes(),
          aggregations,
          loadBefore,
          LoadAverage.read());
    } finally {
      spark.stop();
    }
  }

  private List<Aggregation> aggregations(
      SparkSession spark, Path ingestedDir, String period, LoadedSettings settings) {
    IngestedDatasets ingested = new IngestedDatasets(ingestedDir);
    PeerAggregations peer = new PeerAggregations(ingestedDir);
    int year = Integer.parseInt(period);
    List<Aggregation> out = new ArrayList<>();

    double[] govindexHotline = new double[2];
    double[] duckHotline = new double[2];
    Map<String, long[]> ours = null;
    Map<String, long[]> theirs = null;
    for (int pass = 0; pass < 2; pass++) {
      long t = System.nanoTime();
      ours = hotlineByKey(OrderReduction.collect(ingested.rows(spark, Datasets.HOTLINE_ORDERS)));
      govindexHotline[pass] = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      theirs = peer.hotline();
      duckHotline[pass] = (System.nanoTime() - t) / 1e9;
    }
    out.add(
        new Aggregation(
            "hotline tallies per (year, street, community) and (year, handler)",
            ours.size(),
            govindexHotline[0],
            govindexHotline[1],
            duckHotline[0],
            duckHotline[1],
            hotlineDifferences(ours, theirs)));
    progress.accept(Messages.text("bench.hotlineCompared"));

    double[] govindexSurvey = new double[2];
    double[] duckSurvey = new double[2];
    Map<String, double[]> ourItems = null;
    Map<String, double[]> theirItems = null;
    for (int pass = 0; pass < 2; pass++) {
      long t = System.nanoTime();
      ourItems =
          itemsByKey(
              SurveyReduction.reduce(
                  spark,
                  ingested,
                  settings.questionnaire(),
                  Settings.subjective(settings, period),
                  Settings.surveyQuality(settings, period)));
      govindexSurvey[pass] = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      theirItems = peer.surveyItems(year);
      duckSurvey[pass] = (System.nanoTime() - t) / 1e9;
    }
    out.add(
        new Aggregation(
            "survey item tallies per (community, item); govindex's pass also computes S's bootstrap"
                + " and the survey-quality counts",
            ourItems.size(),
            govindexSurvey[0],
            govindexSurvey[1],
            duckSurvey[0],
            duckSurvey[1],
            itemDifferences(ourItems, theirItems)));
    progress.accept(Messages.text("bench.surveyCompared"));
    return out;
  }

  public static Map<String, long[]> hotlineByKey(List<OrderTally> tallies) {
    Map<String, long[]> out = new TreeMap<>();
    for (OrderTally t : tallies) {
      String key =
          t.streetCode() == null
              ? "handler|" + t.year() + "|" + t.handlerCode()
              : "area|" + t.year() + "|" + t.streetCode() + "|" + t.communityCode();
      OrderCounts c = t.counts();
      out.put(
          key,
          new long[] {
            c.eligible(),
            c.withSignDeadline(),
            c.signedInTime(),
            c.closed(),
            c.closedInTime(),
            c.solved(),
            c.solvedOrNot(),
            c.satisfied(),
            c.rated(),
            c.returned(),
            c.reopened()
          });
    }
    return out;
  }

  public static Map<String, double[]> itemsByKey(List<StreetSurvey> streets) {
    Map<String, double[]> out = new TreeMap<>();
    for (StreetSurvey street : streets) {
      for (ItemTally t : street.items()) {
        if (t.nScored() > 0 || t.nDontKnow() > 0) {
          out.put(
              t.communityCode() + "|" + t.itemCode(),
              new double[] {t.scoreSum(), t.nScored(), t.nDontKnow()});
        }
      }
    }
    return out;
  }

  /** Keys on one side only, and keys whose counts differ; empty when both agree. */
  public static List<String> hotlineDifferences(
      Map<String, long[]> ours, Map<String, long[]> theirs) {
    List<String> differences = new ArrayList<>();
    for (String key : union(ours.keySet(), theirs.keySet())) {
      long[] a = ours.get(key);
      long[] b = theirs.get(key);
      if (a == null || b == null || !java.util.Arrays.equals(a, b)) {
        differences.add(key);
      }
    }
    return differences;
  }

  /** Keys on one side only, and keys whose counts differ or whose sums differ beyond 1e-9. */
  public static List<String> itemDifferences(
      Map<String, double[]> ours, Map<String, double[]> theirs) {
    List<String> differences = new ArrayList<>();
    for (String key : union(ours.keySet(), theirs.keySet())) {
      double[] a = ours.get(key);
      double[] b = theirs.get(key);
      if (a == null
          || b == null
          || a[1] != b[1]
          || a[2] != b[2]
          || Math.abs(a[0] - b[0]) > SUM_TOLERANCE * Math.max(1, Math.abs(a[0]))) {
        differences.add(key);
      }
    }
    return differences;
  }

  private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }

  private static long rowsRead(Path published) {
    try {
      var inputs =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(published.resolve("manifest.json").toFile())
              .get("inputs");
      long rows = 0;
      for (var input : inputs) {
        rows += input.path("rows_read").asLong();
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The wall time of the steps whose name starts with the prefix. */
  static double seconds(List<StepTime> steps, String prefix) {
    return steps.stream()
        .filter(s -> s.step().startsWith(prefix))
        .mapToDouble(StepTime::seconds)
        .sum();
  }
}
