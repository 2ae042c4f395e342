package org.govindex.jobs.compute.appraisal;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.indicators.appraisal.AppraisalLevel;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.appraisal.DepartmentRatingPolicy;
import org.govindex.indicators.appraisal.GradeThresholds;
import org.govindex.jobs.compute.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of methodology §3: totals, missing parts, thresholds, quota, change. */
class AppraisalTotalsTest {

  private static final double EPS = 1e-12;

  private static final StructType OBJECTIVE =
      new StructType()
          .add("level", DataTypes.StringType)
          .add("unit_code", DataTypes.StringType)
          .add("objective_score", DataTypes.DoubleType)
          .add("n_indicators", DataTypes.IntegerType)
          .add("flags", DataTypes.StringType);

  private static final StructType PARENTS =
      new StructType()
          .add("level", DataTypes.StringType)
          .add("unit_code", DataTypes.StringType)
          .add("parent_code", DataTypes.StringType)
          .add("parent_name", DataTypes.StringType)
          .add("district_type", DataTypes.StringType);

  private static final StructType PREVIOUS =
      new StructType()
          .add("level", DataTypes.StringType)
          .add("unit_code", DataTypes.StringType)
          .add("total_score", DataTypes.DoubleType)
          .add("subjective_weight", DataTypes.DoubleType)
          .add("ci_low", DataTypes.DoubleType)
          .add("ci_high", DataTypes.DoubleType);

  /** A subjective row as SubjectiveScoring writes it (objective and total null, rank by S). */
  private static Row subjective(
      String level, String code, Double s, long nValid, Double ciLow, Double ciHigh, String flags) {
    return RowFactory.create(
        "2026",
        level,
        code,
        code + "名",
        s,
        null,
        null,
        0.0,
        nValid,
        ciLow,
        ciHigh,
        0.9,
        1,
        "良好",
        flags);
  }

  private static AppraisalPolicy policy(
      double community, double street, GradeThresholds grades, OptionalDouble quota) {
    Map<AppraisalLevel, Double> w = new EnumMap<>(AppraisalLevel.class);
    w.put(AppraisalLevel.COMMUNITY, community);
    w.put(AppraisalLevel.STREET, street);
    w.put(AppraisalLevel.DEPARTMENT, 0.5);
    return new AppraisalPolicy(w, grades, 30, 100, quota, DepartmentRatingPolicy.DEFAULT);
  }

  /**
   * Replicates of S all equal to S (three of them), for units with a score: every replicate ranks
   * like the nominal ranking, so the rank interval is [rank, rank].
   */
  private static Dataset<Row> constantReplicates(Dataset<Row> subjective) {
    Column s = col("subjective_score");
    return subjective
        .filter(s.isNotNull())
        .select(
            col("level"), col("unit_code"), array(s, s, s).as(AppraisalRankIntervals.S_REPLICATES));
  }

  private static Map<String, Row> byUnit(Dataset<Row> table) {
    Map<String, Row> rows = new HashMap<>();
    for (Row r : table.collectAsList()) {
      rows.put(r.getAs("unit_code"), r);
    }
    return rows;
  }

  @Test
  void totalsUseTheLevelWeightAndMissingPartsLeaveTheUnitUnranked() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> s =
        spark.createDataFrame(
            List.of(
                subjective(
                    "community", "A", 80.0, 40, 75.0, 85.0, AppraisalFlags.RANKED_BY_SUBJECTIVE),
                subjective(
                    "community", "B", 90.0, 40, 85.0, 95.0, AppraisalFlags.RANKED_BY_SUBJECTIVE),
                subjective("community", "C", null, 0, null, null, "no_survey;insufficient_sample"),
                subjective("community", "D", 99.0, 10, 90.0, 100.0, "insufficient_sample"),
                subjective("street", "S1", 70.0, 150, 68.0, 72.0, "")),
            AppraisalColumns.SCHEMA);
    Dataset<Row> o =
        spark.createDataFrame(
            List.of(
                RowFactory.create("community", "A", 60.0, 13, ""),
                RowFactory.create("community", "C", 70.0, 13, ""),
                RowFactory.create("community", "D", 99.0, 13, ""),
                RowFactory.create("street", "S1", 90.0, 17, "central_street_economic_excluded")),
            OBJECTIVE);
    Dataset<Row> parents =
        spark.createDataFrame(
            List.of(
                RowFactory.create("community", "A", "S1", "一街道", "中心城区"),
                RowFactory.create("street", "S1", "D1", "一区", "中心城区")),
            PARENTS);

    Map<String, Row> t =
        byUnit(
            AppraisalTotals.compute(
                s,
                constantReplicates(s),
                o,
                parents,
                null,
                policy(0.8, 0.6, GradeThresholds.DEFAULT, OptionalDouble.empty())));

    // A: 0.8·80 + 0.2·60 = 76
    assertThat((double) t.get("A").getAs("total_score")).isCloseTo(76.0, within(EPS));
    assertThat((double) t.get("A").getAs("subjective_weight")).isEqualTo(0.8);
    assertThat((Integer) t.get("A").getAs("rank")).isEqualTo(1);
    assertThat((String) t.get("A").getAs("grade")).isEqualTo("合格");
    assertThat((String) t.get("A").getAs("flags")).isEmpty();
    assertThat((String) t.get("A").getAs("parent_name")).isEqualTo("一街道");
    // constant replicates: the rank interval is the rank; unranked units have none
    assertThat((Integer) t.get("A").getAs("rank_low")).isEqualTo(1);
    assertThat((Integer) t.get("A").getAs("rank_high")).isEqualTo(1);
    assertThat((Integer) t.get("B").getAs("rank_low")).isNull();
    assertThat((Integer) t.get("D").getAs("rank_high")).isNull();
    // B: no objective score -> no total, unranked
    assertThat((Double) t.get("B").getAs("total_score")).isNull();
    assertThat((Integer) t.get("B").getAs("rank")).isNull();
    assertThat((String) t.get("B").getAs("grade")).isNull();
    assertThat((String) t.get("B").getAs("flags")).isEqualTo("incomplete;no_objective_score");
    // C: no survey -> no total
    assertThat((Double) t.get("C").getAs("total_score")).isNull();
    assertThat((String) t.get("C").getAs("flags"))
        .isEqualTo("no_survey;insufficient_sample;incomplete");
    // D: a total but below the minimum sample: 样本不足, unranked
    assertThat((double) t.get("D").getAs("total_score")).isCloseTo(99.0, within(EPS));
    assertThat((Integer) t.get("D").getAs("rank")).isNull();
    assertThat((String) t.get("D").getAs("grade")).isEqualTo("样本不足");
    // S1: 0.6·70 + 0.4·90 = 78, objective flags carried
    assertThat((double) t.get("S1").getAs("total_score")).isCloseTo(78.0, within(EPS));
    assertThat((String) t.get("S1").getAs("flags")).isEqualTo("central_street_economic_excluded");
    assertThat((String) t.get("S1").getAs("district_type")).isEqualTo("中心城区");
  }

  @Test
  void configuredThresholdsAndTheExcellentQuotaNeverSplitATie() {
    SparkSession spark = SparkTestSession.get();
    // totals = S (O = S): 97, 95, 95, 93, 91, 85, 80, 75, 70, 50; 10 ranked, quota 0.3 -> 3
    double[] totals = {97, 95, 95, 93, 91, 85, 80, 75, 70, 50};
    List<Row> subjective = new java.util.ArrayList<>();
    List<Row> objective = new java.util.ArrayList<>();
    for (int i = 0; i < totals.length; i++) {
      String code = "U" + i;
      subjective.add(
          subjective("community", code, totals[i], 50, totals[i] - 1, totals[i] + 1, ""));
      objective.add(RowFactory.create("community", code, totals[i], 13, ""));
    }
    Map<String, Row> t =
        byUnit(
            AppraisalTotals.compute(
                spark.createDataFrame(subjective, AppraisalColumns.SCHEMA),
                constantReplicates(spark.createDataFrame(subjective, AppraisalColumns.SCHEMA)),
                spark.createDataFrame(objective, OBJECTIVE),
                spark.createDataFrame(List.<Row>of(), PARENTS),
                null,
                policy(0.7, 0.5, new GradeThresholds(92, 78, 72), OptionalDouble.of(0.3))));

    // ranks 1, 2, 2, 4, ...; 优秀 by threshold 92: U0..U3 (4 units) > cap 3.
    // U0 keeps (1 unit up to rank 1); U1, U2 tie at rank 2 (3 units up to rank 2) keep;
    // U3 (4 units up to rank 4) is demoted to 良好.
    assertThat((String) t.get("U0").getAs("grade")).isEqualTo("优秀");
    assertThat((String) t.get("U1").getAs("grade")).isEqualTo("优秀");
    assertThat((String) t.get("U2").getAs("grade")).isEqualTo("优秀");
    assertThat((String) t.get("U3").getAs("grade")).isEqualTo("良好");
    assertThat((String) t.get("U3").getAs("flags")).isEqualTo("excellent_quota_demoted");
    assertThat((String) t.get("U4").getAs("grade")).isEqualTo("良好"); // 91 < 92
    assertThat((String) t.get("U4").getAs("flags")).isEmpty();
    assertThat((String) t.get("U6").getAs("grade")).isEqualTo("良好"); // 80 >= 78
    assertThat((String) t.get("U7").getAs("grade")).isEqualTo("合格"); // 75 >= 72
    assertThat((String) t.get("U8").getAs("grade")).isEqualTo("不合格"); // 70 < 72
    assertThat((Integer) t.get("U2").getAs("rank")).isEqualTo(2);
    assertThat((Integer) t.get("U3").getAs("rank")).isEqualTo(4);
    assertThat((Integer) t.get("U2").getAs("rank_low")).isEqualTo(2);
    assertThat((Integer) t.get("U2").getAs("rank_high")).isEqualTo(2);
    assertThat((Integer) t.get("U3").getAs("rank_high")).isEqualTo(4);

    // a cap of 0.2 -> 2 units: the tie at rank 2 would make 3, so both tied units are demoted
    Map<String, Row> strict =
        byUnit(
            AppraisalTotals.compute(
                spark.createDataFrame(subjective, AppraisalColumns.SCHEMA),
                constantReplicates(spark.createDataFrame(subjective, AppraisalColumns.SCHEMA)),
                spark.createDataFrame(objective, OBJECTIVE),
                spark.createDataFrame(List.<Row>of(), PARENTS),
                null,
                policy(0.7, 0.5, new GradeThresholds(92, 78, 72), OptionalDouble.of(0.2))));
    assertThat((String) strict.get("U0").getAs("grade")).isEqualTo("优秀");
    assertThat((String) strict.get("U1").getAs("grade")).isEqualTo("良好");
    assertThat((String) strict.get("U2").getAs("grade")).isEqualTo("良好");
  }

  @Test
  void changeIsSignificantOnlyBeyondTheCombinedUncertainty() {
    SparkSession spark = SparkTestSession.get();
    // w = 0.7; S intervals of width 10 -> half-width of T 3.5 in both periods;
    // bound = sqrt(3.5² + 3.5²) = 4.9497...
    Dataset<Row> s =
        spark.createDataFrame(
            List.of(
                subjective("community", "A", 80.0, 40, 75.0, 85.0, ""),
                subjective("community", "B", 80.0, 40, 75.0, 85.0, ""),
                subjective("community", "N", 80.0, 40, 75.0, 85.0, "")),
            AppraisalColumns.SCHEMA);
    Dataset<Row> o =
        spark.createDataFrame(
            List.of(
                RowFactory.create("community", "A", 60.0, 13, ""),
                RowFactory.create("community", "B", 60.0, 13, ""),
                RowFactory.create("community", "N", 60.0, 13, "")),
            OBJECTIVE);
    Dataset<Row> previous =
        spark.createDataFrame(
            List.of(
                RowFactory.create("community", "A", 72.0, 0.7, 70.0, 80.0), // Δ = 2
                RowFactory.create("community", "B", 70.0, 0.7, 70.0, 80.0)), // Δ = 4
            PREVIOUS);
    Map<String, Row> t =
        byUnit(
            AppraisalTotals.compute(
                s,
                constantReplicates(s),
                o,
                spark.createDataFrame(List.<Row>of(), PARENTS),
                previous,
                policy(0.7, 0.5, GradeThresholds.DEFAULT, OptionalDouble.empty())));
    // T = 0.7·80 + 0.3·60 = 74
    assertThat((double) t.get("A").getAs("total_change")).isCloseTo(2.0, within(1e-9));
    assertThat((Boolean) t.get("A").getAs("change_significant")).isFalse();
    assertThat((double) t.get("B").getAs("total_change")).isCloseTo(4.0, within(1e-9));
    assertThat((Boolean) t.get("B").getAs("change_significant")).isFalse();
    assertThat((Double) t.get("N").getAs("previous_total_score")).isNull();
    assertThat((Boolean) t.get("N").getAs("change_significant")).isNull();

    Dataset<Row> earlier =
        spark.createDataFrame(
            List.of(RowFactory.create("community", "A", 69.0, 0.7, 70.0, 80.0)), PREVIOUS);
    Map<String, Row> u =
        byUnit(
            AppraisalTotals.compute(
                s,
                constantReplicates(s),
                o,
                spark.createDataFrame(List.<Row>of(), PARENTS),
                earlier,
                policy(0.7, 0.5, GradeThresholds.DEFAULT, OptionalDouble.empty())));
    // Δ = 5 > 4.9497 -> significant
    assertThat((double) u.get("A").getAs("total_change")).isCloseTo(5.0, within(1e-9));
    assertThat((Boolean) u.get("A").getAs("change_significant")).isTrue();
  }

  @Test
  void surveyQualityFlagsAreAppendedWithoutChangingScores() {
    SparkSession spark = SparkTestSession.get();
    StructType appraisal =
        new StructType()
            .add("level", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("total_score", DataTypes.DoubleType)
            .add("rank", DataTypes.IntegerType)
            .add("flags", DataTypes.StringType);
    StructType quality =
        new StructType()
            .add("level", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("flags", DataTypes.StringType);
    Dataset<Row> a =
        spark.createDataFrame(
            List.of(
                RowFactory.create("community", "A", 80.0, 1, ""),
                RowFactory.create("community", "B", 70.0, 2, "missing_population"),
                RowFactory.create("community", "C", 60.0, 3, "")),
            appraisal);
    Dataset<Row> q =
        spark.createDataFrame(
            List.of(
                RowFactory.create("community", "A", "many_speeders;suspicious_survey"),
                RowFactory.create("community", "B", "ip_burst;suspicious_survey"),
                RowFactory.create("community", "C", "")),
            quality);

    Map<String, Row> t = byUnit(AppraisalTotals.withSurveyQualityFlags(a, q));

    assertThat((String) t.get("A").getAs("flags")).isEqualTo("many_speeders;suspicious_survey");
    assertThat((String) t.get("B").getAs("flags"))
        .isEqualTo("missing_population;ip_burst;suspicious_survey");
    assertThat((String) t.get("C").getAs("flags")).isEmpty();
    assertThat((double) t.get("B").getAs("total_score")).isEqualTo(70.0);
    assertThat((Integer) t.get("B").getAs("rank")).isEqualTo(2);
  }
}
