package org.govindex.jobs.compute.appraisal;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.AppraisalLevel;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.compute.SparkTestSession;
import org.govindex.jobs.compute.objective.ObjectiveInputs;
import org.govindex.jobs.compute.objective.ObjectiveScoring;
import org.govindex.jobs.compute.subjective.IngestedData;
import org.govindex.jobs.compute.subjective.PercentileInterval;
import org.govindex.jobs.compute.subjective.SubjectiveScoring;
import org.govindex.jobs.compute.subjective.SubjectiveSettings;
import org.govindex.jobs.compute.subjective.SubjectiveTables;
import org.govindex.jobs.ingest.DropIngestion;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.Pseudonymizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rank interval of {@link AppraisalRankIntervals}: hand-worked replicates, the percentile rule,
 * and the bundled sample drop end to end.
 */
class AppraisalRankIntervalsTest {

  private static final double NA = Double.NaN;

  private static final StructType APPRAISAL =
      new StructType()
          .add("level", DataTypes.StringType)
          .add("unit_code", DataTypes.StringType)
          .add("subjective_weight", DataTypes.DoubleType)
          .add("objective_score", DataTypes.DoubleType)
          .add("rank", DataTypes.IntegerType);

  private static final StructType REPLICATES =
      new StructType()
          .add("level", DataTypes.StringType)
          .add("unit_code", DataTypes.StringType)
          .add(
              AppraisalRankIntervals.S_REPLICATES,
              DataTypes.createArrayType(DataTypes.DoubleType, false));

  @TempDir static Path temp;

  private static Row unit(String level, String code, double w, Double o, Integer rank) {
    return RowFactory.create(level, code, w, o, rank);
  }

  private static Row replicates(String level, String code, double... s) {
    return RowFactory.create(level, code, s);
  }

  private static Map<String, Row> byUnit(Dataset<Row> table) {
    Map<String, Row> rows = new HashMap<>();
    for (Row r : table.collectAsList()) {
      rows.put(r.getAs("unit_code"), r);
    }
    return rows;
  }

  private static void assertInterval(Map<String, Row> t, String code, Integer low, Integer high) {
    assertThat(t.get(code).<Integer>getAs("rank_low")).as(code + " rank_low").isEqualTo(low);
    assertThat(t.get(code).<Integer>getAs("rank_high")).as(code + " rank_high").isEqualTo(high);
  }

  /**
   * Community level, w = 0.5, O = 50 for all, so T_b = 0.5·S_b + 25:
   *
   * <pre>
   *        S_b                       T_b                     replicate ranks
   * A   90  70  90  70          70  60  70  60              1  2  1  2   -> [1, 2]
   * B   70  90  70  90          60  70  60  70              2  1  2  1   -> [1, 2]
   * C   50  50  70−8e-10  40    50  50  60−4e-10  45        3  3  2  3   -> [2, 3]
   * </pre>
   *
   * In replicate 3, C is 4e-10 below B: within the 1e-9 tolerance, so they share rank 2. With B = 4
   * replicates the nearest-rank percentiles are the 1st (⌈0.1⌉) and 4th (⌈3.9⌉) smallest ranks. D
   * has replicates but is unranked (insufficient sample: rank null); E has no total and no
   * replicates.
   *
   * <p>Street level, ranked on its own, w = 0.6, O = 80 for X and 20 for Y: T_X = 0.6·S + 32 = 62,
   * 65, 68, 63.2 and T_Y = 0.6·S + 8 = 56, 32, 62, 14, so X is always first [1, 1] and Y always
   * second [2, 2] (pooled with the communities, X would be below A's 70 in replicate 1).
   */
  @Test
  void handWorkedReplicateRanks() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> appraisal =
        spark.createDataFrame(
            List.of(
                unit("community", "A", 0.5, 50.0, 1),
                unit("community", "B", 0.5, 50.0, 2),
                unit("community", "C", 0.5, 50.0, 3),
                unit("community", "D", 0.5, 50.0, null),
                unit("community", "E", 0.5, null, null),
                unit("street", "X", 0.6, 80.0, 1),
                unit("street", "Y", 0.6, 20.0, 2)),
            APPRAISAL);
    Dataset<Row> replicates =
        spark.createDataFrame(
            List.of(
                replicates("community", "A", 90, 70, 90, 70),
                replicates("community", "B", 70, 90, 70, 90),
                replicates("community", "C", 50, 50, 70 - 8e-10, 40),
                replicates("community", "D", 100, 100, 100, 100),
                replicates("street", "X", 50, 55, 60, 52),
                replicates("street", "Y", 80, 40, 90, 10)),
            REPLICATES);

    Map<String, Row> t = byUnit(AppraisalRankIntervals.compute(appraisal, replicates));

    assertThat(t).hasSize(7);
    assertInterval(t, "A", 1, 2);
    assertInterval(t, "B", 1, 2);
    assertInterval(t, "C", 2, 3);
    assertInterval(t, "D", null, null);
    assertInterval(t, "E", null, null);
    assertInterval(t, "X", 1, 1);
    assertInterval(t, "Y", 2, 2);
    // the other columns are kept
    assertThat(t.get("C").<Integer>getAs("rank")).isEqualTo(3);
    assertThat(t.get("C").<Double>getAs("objective_score")).isEqualTo(50.0);
  }

  @Test
  void percentilesTrimOneOutlierInFortyButNotTwo() {
    // nearest rank with m = 40: 2.5% -> ⌈1⌉ = 1st, 97.5% -> ⌈39⌉ = 39th smallest rank, so one
    // outlying rank at the worst end is trimmed, at the best end it is not
    double[][] oneOutlier = new double[2][40];
    double[][] twoOutliers = new double[2][40];
    for (int b = 0; b < 40; b++) {
      oneOutlier[0][b] = b == 7 ? 10 : 30; // unit 0 first except in replicate 7
      oneOutlier[1][b] = 20;
      twoOutliers[0][b] = b == 7 || b == 30 ? 10 : 30;
      twoOutliers[1][b] = 20;
    }
    int[][] one = AppraisalRankIntervals.intervals(oneOutlier);
    assertThat(one[0]).containsExactly(1, 1);
    assertThat(one[1]).containsExactly(1, 2); // ranks: 1 once, 2 39 times
    int[][] two = AppraisalRankIntervals.intervals(twoOutliers);
    assertThat(two[0]).containsExactly(1, 2);
    assertThat(two[1]).containsExactly(1, 2);
  }

  @Test
  void nearestRankIsExactAndAgreesWithCommonsMathTypeOne() {
    int[] thousand = IntStream.rangeClosed(1, 1000).toArray();
    assertThat(AppraisalRankIntervals.nearestRank(thousand, 25)).isEqualTo(25);
    assertThat(AppraisalRankIntervals.nearestRank(thousand, 975)).isEqualTo(975);
    int[] fortyOne = IntStream.rangeClosed(1, 41).toArray();
    assertThat(AppraisalRankIntervals.nearestRank(fortyOne, 25)).isEqualTo(2); // ⌈1.025⌉
    assertThat(AppraisalRankIntervals.nearestRank(fortyOne, 975)).isEqualTo(40); // ⌈39.975⌉
    assertThat(AppraisalRankIntervals.nearestRank(new int[] {7}, 25)).isEqualTo(7);
    assertThat(AppraisalRankIntervals.nearestRank(new int[] {7}, 975)).isEqualTo(7);
    assertThatThrownBy(() -> AppraisalRankIntervals.nearestRank(new int[0], 25))
        .isInstanceOf(IllegalArgumentException.class);

    // Commons Math R_1 computes the same order statistic, x_(⌈p·m⌉), in floating point; compare
    // where p·m is not an integer (where it is, rounding may push R_1 one order statistic up)
    Percentile r1 = new Percentile().withEstimationType(EstimationType.R_1);
    int compared = 0;
    for (int m = 1; m <= 2000; m++) {
      double[] values = IntStream.rangeClosed(1, m).asDoubleStream().toArray();
      int[] ints = IntStream.rangeClosed(1, m).toArray();
      r1.setData(values);
      for (int perMille : new int[] {25, 975}) {
        if ((long) perMille * m % 1000 == 0) {
          continue;
        }
        assertThat((double) AppraisalRankIntervals.nearestRank(ints, perMille))
            .as("m = " + m + ", per mille " + perMille)
            .isEqualTo(r1.evaluate(perMille / 10.0));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(2 * 2000 - 2 * 50); // m a multiple of 40 skipped for both
  }

  @Test
  void replicateRanksFollowTheNominalRuleWithChainedTies() {
    // descending: 20 (#1), 20−5e-10 (#2, tie), 20−1.2e-9 (#3, 7e-10 below #2: chained tie),
    // 10 (#0), 5 (#5); NaN (#4) unranked
    double[] scores = {10, 20, 20 - 5e-10, 20 - 1.2e-9, NA, 5};
    assertThat(AppraisalRankIntervals.ranks(scores)).containsExactly(4, 1, 1, 1, 0, 5);
    // a gap of 2e-9 is not a tie: 1, 2, 2, 4
    assertThat(AppraisalRankIntervals.ranks(new double[] {3, 2, 2, 2 - 2e-9 - 1e-12}))
        .containsExactly(1, 2, 2, 4);
  }

  @Test
  void anUndefinedReplicateLeavesOnlyThatUnitOutOfThatReplicate() {
    // b1: A 70, B 60, C - -> A1 B2; b2: B1 A2; b3: A -, B1; b4: B1 A2
    // A: 1, 2, 2 -> [1, 2]; B: 2, 1, 1, 1 -> [1, 2]; C never defined -> null
    int[][] out =
        AppraisalRankIntervals.intervals(
            new double[][] {{70, 60, NA, 60}, {60, 70, 70, 70}, {NA, NA, NA, NA}});
    assertThat(out[0]).containsExactly(1, 2);
    assertThat(out[1]).containsExactly(1, 2);
    assertThat(out[2]).isNull();
    // a single replicate defined for A at rank 2: [2, 2]
    int[][] single = AppraisalRankIntervals.intervals(new double[][] {{NA, 60}, {70, 70}});
    assertThat(single[0]).containsExactly(2, 2);
    assertThat(single[1]).containsExactly(1, 1);
  }

  @Test
  void aRankedUnitWithoutReplicatesOrWithAnotherCountIsRefused() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> appraisal =
        spark.createDataFrame(
            List.of(unit("community", "A", 0.7, 50.0, 1), unit("community", "B", 0.7, 50.0, 2)),
            APPRAISAL);
    Dataset<Row> onlyA =
        spark.createDataFrame(List.of(replicates("community", "A", 50, 60)), REPLICATES);
    assertThatThrownBy(() -> AppraisalRankIntervals.compute(appraisal, onlyA).collectAsList())
        .hasStackTraceContaining("appraisal: ranked community B has no bootstrap replicates of S");
    Dataset<Row> uneven =
        spark.createDataFrame(
            List.of(replicates("community", "A", 50, 60), replicates("community", "B", 50, 60, 70)),
            REPLICATES);
    assertThatThrownBy(() -> AppraisalRankIntervals.compute(appraisal, uneven).collectAsList())
        .hasStackTraceContaining("appraisal: community B has 3 bootstrap replicates of S, A has 2");
  }

  /**
   * The bundled sample drop ({@code data-samples/drop}: 20 communities, two below the minimum
   * sample, 4 streets) through ingestion, S, O and the totals with the bundled policy.
   */
  @Test
  void bundledDropGivesIntervalsWithinTheRankedUnitsOfEachLevel() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path drop = Path.of(System.getProperty("user.dir")).getParent().resolve("data-samples/drop");
    Path ingested = temp.resolve("ingested");
    new DropIngestion(
            spark,
            new IngestionSettings(questionnaire(), new Pseudonymizer("rank-interval-test-key")))
        .ingest(drop, ingested);
    AppraisalConfiguration configuration = AppraisalConfiguration.bundledDefaults();
    AppraisalPolicy policy = configuration.policy();
    IngestedData surveys = IngestedData.readParquet(spark, ingested);
    SubjectiveTables subjective =
        SubjectiveScoring.compute(
            spark,
            surveys,
            questionnaire(),
            new SubjectiveSettings(
                "2026",
                policy.minimumSampleCommunity(),
                policy.minimumSampleStreet(),
                1000,
                SubjectiveSettings.DEFAULT_SEED,
                policy.subjectiveWeight(AppraisalLevel.COMMUNITY),
                policy.subjectiveWeight(AppraisalLevel.STREET)));
    Dataset<Row> objective =
        ObjectiveScoring.compute(
                spark,
                ObjectiveInputs.readParquet(spark, ingested),
                configuration.catalogue(),
                "2026")
            .objectiveScores()
            .cache();
    Dataset<Row> parents =
        UnitParents.of(surveys.communities(), surveys.streets(), surveys.districts());
    Dataset<Row> subjectiveRows = subjective.appraisal().cache();
    Dataset<Row> replicates = subjective.subjectiveReplicates().cache();
    List<Row> table =
        AppraisalTotals.compute(subjectiveRows, replicates, objective, parents, null, policy)
            .collectAsList();

    // the replicates are the very ones behind ci_low / ci_high, and stay internal
    Map<String, Row> subjectiveByKey = new HashMap<>();
    for (Row r : subjectiveRows.collectAsList()) {
      subjectiveByKey.put(r.getAs("level") + "|" + r.getAs("unit_code"), r);
    }
    List<Row> replicateRows = replicates.collectAsList();
    assertThat(replicateRows).hasSize(24); // every community and street of the drop has an S
    for (Row r : replicateRows) {
      String key = r.getAs("level") + "|" + r.getAs("unit_code");
      List<Double> s = r.getList(2);
      assertThat(s).as(key).hasSize(1000);
      PercentileInterval interval =
          PercentileInterval.of95(s.stream().mapToDouble(Double::doubleValue).toArray());
      Row row = subjectiveByKey.get(key);
      assertThat(interval.low()).as(key).isCloseTo(row.<Double>getAs("ci_low"), within(1e-12));
      assertThat(interval.high()).as(key).isCloseTo(row.<Double>getAs("ci_high"), within(1e-12));
    }

    assertThat(table).hasSize(24);
    String[] columns = table.get(0).schema().fieldNames();
    assertThat(columns).doesNotContain(AppraisalRankIntervals.S_REPLICATES);
    assertThat(List.of(columns).subList(columns.length - 2, columns.length))
        .containsExactly("rank_low", "rank_high");
    assertThat(table.get(0).schema().apply("rank_low").dataType()).isEqualTo(DataTypes.IntegerType);
    Map<String, Integer> rankedPerLevel = new HashMap<>();
    for (Row r : table) {
      if (r.getAs("rank") != null) {
        rankedPerLevel.merge(r.getAs("level"), 1, Integer::sum);
      }
    }
    assertThat(rankedPerLevel).containsEntry("community", 18).containsEntry("street", 4);
    int widened = 0;
    for (Row r : table) {
      String key = r.getAs("level") + "|" + r.getAs("unit_code");
      Integer low = r.getAs("rank_low");
      Integer high = r.getAs("rank_high");
      if (r.getAs("rank") == null) {
        assertThat(low).as(key).isNull();
        assertThat(high).as(key).isNull();
        continue;
      }
      int n = rankedPerLevel.get(r.<String>getAs("level"));
      assertThat(low).as(key).isNotNull().isBetween(1, n);
      assertThat(high).as(key).isNotNull().isBetween(low, n);
      if (high > low) {
        widened++;
      }
    }
    assertThat(widened).as("units whose rank is uncertain").isPositive();

    // with every replicate equal to S the Java replicate ranking must give the nominal Spark rank
    Dataset<Row> constant =
        subjectiveRows
            .filter(col("subjective_score").isNotNull())
            .select(
                col("level"),
                col("unit_code"),
                array(col("subjective_score"), col("subjective_score"))
                    .as(AppraisalRankIntervals.S_REPLICATES));
    for (Row r :
        AppraisalTotals.compute(subjectiveRows, constant, objective, parents, null, policy)
            .collectAsList()) {
      String key = r.getAs("level") + "|" + r.getAs("unit_code");
      assertThat(r.<Integer>getAs("rank_low")).as(key).isEqualTo(r.<Integer>getAs("rank"));
      assertThat(r.<Integer>getAs("rank_high")).as(key).isEqualTo(r.<Integer>getAs("rank"));
    }

    // deterministic: the same intervals from a repartitioned replicates table
    List<Row> again =
        AppraisalTotals.compute(
                subjectiveRows, replicates.repartition(5), objective, parents, null, policy)
            .collectAsList();
    assertThat(intervalsOf(again)).isEqualTo(intervalsOf(table));
    objective.unpersist();
    replicates.unpersist();
    subjectiveRows.unpersist();
  }

  private static Map<String, List<Integer>> intervalsOf(List<Row> rows) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (Row r : rows) {
      List<Integer> interval = new ArrayList<>();
      interval.add(r.getAs("rank_low"));
      interval.add(r.getAs("rank_high"));
      out.put(r.getAs("level") + "|" + r.getAs("unit_code"), interval);
    }
    return out;
  }

  private static Questionnaire questionnaire() throws Exception {
    try (var in =
        AppraisalRankIntervalsTest.class.getResourceAsStream(
            "/govindex/config/questionnaire.csv")) {
      return Questionnaire.parse(
          new InputStreamReader(in, StandardCharsets.UTF_8), "questionnaire.csv");
    }
  }
}
