package org.govindex.jobs.compute.appraisal;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The 95% uncertainty interval of a unit's appraisal rank ({@code rank_low}, {@code rank_high}),
 * from the same respondent bootstrap that gives ci_low and ci_high of S (methodology §1, §3).
 *
 * <p>Replicate totals. For replicate b = 1..B, a ranked unit's total is {@code T_b = w·S_b + (1 −
 * w)·O}: S_b is the unit's b-th bootstrap replicate of S (column {@link #S_REPLICATES}: for a
 * community its own respondent bootstrap, for a street the population-weighted combination of its
 * communities' replicates), w the level's subjective weight and O the objective score, held fixed
 * because it is an exact count of records, not a sample. Replicates of different units come from
 * different respondents drawn independently, so replicate b of every unit together is one valid
 * joint draw.
 *
 * <p>Replicate ranks. Within replicate b the level's ranked units — exactly those with a nominal
 * rank (a total and no insufficient_sample flag) — are ranked by the rule of {@link
 * AppraisalRanking}: descending T_b, then unit_code; a unit within {@link
 * AppraisalRanking#TIE_TOLERANCE} of its predecessor shares its rank, the smallest of the tie group
 * (1, 2, 2, 4). A replicate in which a unit's S_b is undefined (NaN: every respondent drawn lacks a
 * scored answer, such replicates are also left out of ci_low/ci_high) gives that unit no rank, and
 * the other units are ranked in that replicate without it.
 *
 * <p>Percentiles: the <b>nearest-rank</b> rule, exact in integer arithmetic. With the unit's m
 * replicate ranks sorted r_(1) ≤ … ≤ r_(m), the p-th percentile is r_(k), k = max(1, ⌈p·m/100⌉);
 * {@code rank_low} is the 2.5th and {@code rank_high} the 97.5th (with B = 1,000: r_(25) and
 * r_(975)). This is Commons Math {@code Percentile} with {@code EstimationType.R_1} (R type 1, the
 * inverse of the empirical distribution function) without its floating-point rounding of p·m, and
 * it always yields a rank that occurred in some replicate, so both bounds are integers. Both are
 * null for unranked units (and for a ranked unit none of whose replicates is defined). The nominal
 * rank is not guaranteed to lie inside the interval (it is the rank of the point estimate, not a
 * replicate).
 *
 * <p>Scale and determinism: each level is one Spark group, ranked in plain Java inside one task.
 * Its replicate matrix is at most about 2,700 units × 1,000 replicates = 2.7 million doubles (21
 * MB) plus as many int ranks (11 MB), and ranking it is 1,000 sorts of 2,700 units, well under a
 * second; nothing is collected to the driver. Units are ordered by unit_code inside the group, so
 * the result does not depend on partitioning, and it is reproducible because the replicates are
 * (fixed seed).
 */
public final class AppraisalRankIntervals {

  /** Column of the replicates table ({@code array<double>}): the B bootstrap replicates of S. */
  public static final String S_REPLICATES = "s_replicates";

  /** Output column: 2.5th percentile (best end) of the replicate ranks. */
  public static final String RANK_LOW = "rank_low";

  /** Output column: 97.5th percentile (worst end) of the replicate ranks. */
  public static final String RANK_HIGH = "rank_high";

  /** Lower percentile, in per mille (2.5%). */
  public static final int LOWER_PER_MILLE = 25;

  /** Upper percentile, in per mille (97.5%). */
  public static final int UPPER_PER_MILLE = 975;

  private static final StructType INTERVALS =
      new StructType()
          .add("level", DataTypes.StringType, false)
          .add("unit_code", DataTypes.StringType, false)
          .add(RANK_LOW, DataTypes.IntegerType, true)
          .add(RANK_HIGH, DataTypes.IntegerType, true);

  private AppraisalRankIntervals() {}

  /**
   * Appends {@link #RANK_LOW} and {@link #RANK_HIGH} (int, null for unranked units) to the ranked
   * appraisal rows.
   *
   * @param appraisal one row per unit with level, unit_code, subjective_weight, objective_score and
   *     the nominal rank (null when unranked); other columns are kept as they are
   * @param replicates level, unit_code, {@link #S_REPLICATES}: one row per unit with a subjective
   *     score; every ranked unit must have one, and all units of a level the same number B
   * @throws IllegalStateException when a ranked unit has no replicates, or B differs within a level
   */
  public static Dataset<Row> compute(Dataset<Row> appraisal, Dataset<Row> replicates) {
    Dataset<Row> ranked =
        appraisal
            .filter(col("rank").isNotNull())
            .select(
                col("level"),
                col("unit_code"),
                col("subjective_weight").cast("double"),
                col("objective_score").cast("double"))
            .join(
                replicates.select(col("level"), col("unit_code"), col(S_REPLICATES)),
                AppraisalTotals.toSeq("level", "unit_code"),
                "left")
            .select(
                col("level"),
                col("unit_code"),
                col("subjective_weight"),
                col("objective_score"),
                col(S_REPLICATES));
    Dataset<Row> intervals =
        ranked
            .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
            .flatMapGroups(
                (FlatMapGroupsFunction<String, Row, Row>) AppraisalRankIntervals::level,
                Encoders.row(INTERVALS));
    return appraisal.join(intervals, AppraisalTotals.toSeq("level", "unit_code"), "left");
  }

  private record Unit(String code, double w, double o, double[] s) {}

  /** The intervals of one level's ranked units (columns as selected in {@link #compute}). */
  private static Iterator<Row> level(String level, Iterator<Row> rows) {
    List<Unit> units = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      String code = row.getString(1);
      if (row.isNullAt(4)) {
        throw new IllegalStateException(
            "appraisal: ranked " + level + " " + code + " has no bootstrap replicates of S");
      }
      List<Double> s = row.getList(4);
      units.add(
          new Unit(
              code,
              row.getDouble(2),
              row.getDouble(3),
              s.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    units.sort(Comparator.comparing(Unit::code));
    int resamples = units.get(0).s().length;
    double[][] totals = new double[units.size()][];
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      if (unit.s().length != resamples) {
        throw new IllegalStateException(
            "appraisal: "
                + level
                + " "
                + unit.code()
                + " has "
                + unit.s().length
                + " bootstrap replicates of S, "
                + units.get(0).code()
                + " has "
                + resamples);
      }
      totals[u] = new double[resamples];
      for (int b = 0; b < resamples; b++) {
        // the expression of AppraisalTotals, so that equal inputs give bit-identical totals
        totals[u][b] = unit.w() * unit.s()[b] + (1.0 - unit.w()) * unit.o();
      }
    }
    int[][] intervals = intervals(totals);
    List<Row> out = new ArrayList<>(units.size());
    for (int u = 0; u < units.size(); u++) {
      int[] interval = intervals[u];
      out.add(
          RowFactory.create(
              level,
              units.get(u).code(),
              interval == null ? null : interval[0],
              interval == null ? null : interval[1]));
    }
    return out.iterator();
  }

  /**
   * The rank intervals of a level's ranked units (pure Java).
   *
   * @param totals totals[u][b] = T_b of unit u, units in unit_code order (the tie-break), NaN where
   *     undefined; every row of the same length B
   * @return per unit {rank_low, rank_high}, or null when none of its replicates is defined
   */
  public static int[][] intervals(double[][] totals) {
    int n = totals.length;
    int resamples = n == 0 ? 0 : totals[0].length;
    int[][] ranks = new int[n][resamples];
    double[] column = new double[n];
    for (int b = 0; b < resamples; b++) {
      for (int u = 0; u < n; u++) {
        column[u] = totals[u][b];
      }
      int[] replicateRanks = ranks(column);
      for (int u = 0; u < n; u++) {
        ranks[u][b] = replicateRanks[u];
      }
    }
    int[][] out = new int[n][];
    for (int u = 0; u < n; u++) {
      int[] defined = Arrays.stream(ranks[u]).filter(r -> r > 0).sorted().toArray();
      out[u] =
          defined.length == 0
              ? null
              : new int[] {
                nearestRank(defined, LOWER_PER_MILLE), nearestRank(defined, UPPER_PER_MILLE)
              };
    }
    return out;
  }

  /**
   * Ranks of one replicate by the rule of {@link AppraisalRanking}: descending score, ties broken
   * by index (units are in unit_code order), a score within {@link AppraisalRanking#TIE_TOLERANCE}
   * of its predecessor's shares its rank (tie groups chain). NaN scores get rank 0 (none) and are
   * left out.
   */
  public static int[] ranks(double[] scores) {
    Integer[] order =
        java.util.stream.IntStream.range(0, scores.length)
            .filter(u -> !Double.isNaN(scores[u]))
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(
        order,
        (a, b) -> {
          int byScore = Double.compare(scores[b], scores[a]);
          return byScore != 0 ? byScore : Integer.compare(a, b);
        });
    int[] ranks = new int[scores.length];
    int groupRank = 0;
    for (int position = 1; position <= order.length; position++) {
      int u = order[position - 1];
      if (position == 1
          || scores[order[position - 2]] - scores[u] > AppraisalRanking.TIE_TOLERANCE) {
        groupRank = position;
      }
      ranks[u] = groupRank;
    }
    return ranks;
  }

  /**
   * Nearest-rank percentile of sorted values: the k-th smallest, k = max(1, ⌈perMille·m/1000⌉),
   * computed exactly in integers.
   */
  public static int nearestRank(int[] sorted, int perMille) {
    if (sorted.length == 0 || perMille < 0 || perMille > 1000) {
      throw new IllegalArgumentException(
          "nearest rank: " + sorted.length + " values, per mille " + perMille);
    }
    long k = ((long) perMille * sorted.length + 999) / 1000;
    return sorted[(int) Math.max(1, k) - 1];
  }
}
