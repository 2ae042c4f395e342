package org.govindex.jobs.compute.subjective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;
import org.govindex.jobs.compute.SparkTestSession;
import org.govindex.jobs.compute.appraisal.AppraisalColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed case. Items: safety (community, weight 2), env (community, 1), service (community,
 * 1), street (street, 1). Answer scores 非常满意 100, 满意 75, 基本满意 50, 不满意 25, 非常不满意 0.
 *
 * <pre>
 * street S1 (320100001): C1 pop 1000, C2 pop 3000, C3 pop 5000 (no response)
 * street S2 (320100002): C4 pop 2000, C5 pop 1000, C6 pop 500
 * street S3 (320100003): no community
 *      safety  env    service street
 * r1 C1 100     75     不了解   75
 * r2 C1 75      25     不了解   50
 * r3 C1 50      skip   不了解   不了解
 * r4 C2 25      0      75      100
 * r5 C2 100     50     不了解   25
 * r6 C4 50      25     75      75
 * r7 C4 75      25     skip    50
 * r8 C5 25      0      0       0
 * r9 C6 不了解   不了解  skip    75
 * </pre>
 *
 * C1: items 75, 50, none -> S = (2·75 + 50)/3 = 200/3; 满意率 4/5. C2: 62.5, 25, 75 -> S = (125 + 25 +
 * 75)/4 = 56.25; 满意率 3/5. C4: the same item means -> 56.25 (tie with C2); 满意率 3/5. C5: 25, 0, 0 ->
 * 12.5; 满意率 0/3. C6: no scored community answer -> S null. S1 = (1000·200/3 + 3000·56.25) /4000 =
 * 706250/12000; n 5; 满意率 7/10. S2 = (2000·56.25 + 1000·12.5)/3000 = 125/3 (C6 has no S); n 4; 满意率
 * 3/8. Minimum samples 2 (community) and 5 (street).
 */
class SubjectiveScoringTest {

  private static final String C1 = "320100001001";
  private static final String C2 = "320100001002";
  private static final String C3 = "320100001003";
  private static final String C4 = "320100002001";
  private static final String C5 = "320100002002";
  private static final String C6 = "320100002003";
  private static final String S1 = "320100001";
  private static final String S2 = "320100002";
  private static final String S3 = "320100003";
  private static final double NA = Double.NaN;
  private static final double[] WEIGHTS = {2, 1, 1};
  private static final long SEED = 2026L;
  private static final int RESAMPLES = 1000;

  private static SparkSession spark;
  private static Questionnaire questionnaire;
  private static IngestedData inputs;
  private static SubjectiveSettings settings;
  private static Map<String, Row> appraisal;
  private static Map<String, Row> items;

  @BeforeAll
  static void compute() {
    spark = SparkTestSession.get();
    questionnaire =
        new Questionnaire(
            List.of(
                new QuestionnaireItem("safety", ItemLevel.COMMUNITY, "d", 2, "治安", "治安"),
                new QuestionnaireItem("env", ItemLevel.COMMUNITY, "d", 1, "环境", "环境"),
                new QuestionnaireItem("service", ItemLevel.COMMUNITY, "d", 1, "服务", "服务"),
                new QuestionnaireItem("street", ItemLevel.STREET, "d", 1, "街道", "街道")),
            AnswerScale.defaultScale());
    inputs =
        new SurveyFixture(questionnaire)
            .district("320100", "中区", true)
            .street(S1, "甲街道", "320100")
            .street(S2, "乙街道", "320100")
            .street(S3, "丙街道", "320100")
            .community(C1, "一社区", S1, 1000)
            .community(C2, "二社区", S1, 3000)
            .community(C3, "三社区", S1, 5000)
            .community(C4, "四社区", S2, 2000)
            .community(C5, "五社区", S2, 1000)
            .community(C6, "六社区", S2, 500)
            .response("r1", C1, S1, "非常满意", "满意", "不了解", "满意")
            .response("r2", C1, S1, "满意", "不满意", "不了解", "基本满意")
            .response("r3", C1, S1, "基本满意", "", "不了解", "不了解")
            .response("r4", C2, S1, "不满意", "非常不满意", "满意", "非常满意")
            .response("r5", C2, S1, "非常满意", "基本满意", "不了解", "不满意")
            .response("r6", C4, S2, "基本满意", "不满意", "满意", "满意")
            .response("r7", C4, S2, "满意", "不满意", "", "基本满意")
            .response("r8", C5, S2, "不满意", "非常不满意", "非常不满意", "非常不满意")
            .response("r9", C6, S2, "不了解", "不了解", "", "满意")
            .build(spark);
    settings = new SubjectiveSettings("2026", 2, 5, RESAMPLES, SEED, 0.7, 0.5);
    SubjectiveTables tables = SubjectiveScoring.compute(spark, inputs, questionnaire, settings);
    appraisal = byKey(tables.appraisal(), "level", "unit_code");
    items = byKey(tables.satisfactionItems(), "level", "unit_code", "item_code");
  }

  @Test
  void tablesHaveTheColumnsOfTheOutputContract() {
    SubjectiveTables tables = SubjectiveScoring.compute(spark, inputs, questionnaire, settings);
    assertThat(tables.appraisal().columns())
        .containsExactly(AppraisalColumns.NAMES.toArray(String[]::new));
    for (StructField field : AppraisalColumns.SCHEMA.fields()) {
      assertThat(tables.appraisal().schema().apply(field.name()).dataType())
          .as(field.name())
          .isEqualTo(field.dataType());
    }
    assertThat(tables.satisfactionItems().columns())
        .containsExactly(
            "period", "level", "unit_code", "item_code", "score", "n_scored", "n_dont_know");
  }

  @Test
  void itemScoresAreMeansOfScoredAnswersWithCounts() {
    assertItem("community|" + C1 + "|safety", 75.0, 3, 0);
    assertItem("community|" + C1 + "|env", 50.0, 2, 0);
    assertItem("community|" + C1 + "|service", null, 0, 3);
    assertItem("community|" + C2 + "|safety", 62.5, 2, 0);
    assertItem("community|" + C2 + "|env", 25.0, 2, 0);
    assertItem("community|" + C2 + "|service", 75.0, 1, 1);
    assertItem("community|" + C4 + "|service", 75.0, 1, 0);
    assertItem("community|" + C5 + "|safety", 25.0, 1, 0);
    assertItem("community|" + C6 + "|safety", null, 0, 1);
    assertItem("community|" + C6 + "|service", null, 0, 0);
    assertItem("street|" + S1 + "|street", 62.5, 4, 1);
    assertItem("street|" + S2 + "|street", 50.0, 4, 0);
    // C3 has no response: 5 communities x 3 community items + 2 streets x 1 street item.
    assertThat(items).hasSize(5 * 3 + 2);
    assertThat(items.values())
        .allSatisfy(row -> assertThat(row.<String>getAs("period")).isEqualTo("2026"));
  }

  @Test
  void communityScoresRenormaliseWeightsAndPoolTheSatisfactionRate() {
    assertUnit("community|" + C1, 200.0 / 3.0, 3, 0.8, 1, "合格", "ranked_by_subjective");
    assertUnit("community|" + C2, 56.25, 2, 0.6, 2, "不合格", "ranked_by_subjective");
    assertUnit("community|" + C4, 56.25, 2, 0.6, 2, "不合格", "ranked_by_subjective");
    assertUnit("community|" + C5, 12.5, 1, 0.0, null, "样本不足", "insufficient_sample");
    assertUnit("community|" + C3, null, 0, null, null, "样本不足", "no_survey;insufficient_sample");
    assertUnit(
        "community|" + C6, null, 1, null, null, "样本不足", "insufficient_sample;no_subjective_score");
    Row c1 = appraisal.get("community|" + C1);
    assertThat(c1.<String>getAs("unit_name")).isEqualTo("一社区");
    assertThat(c1.<Double>getAs("subjective_weight")).isEqualTo(0.7);
    assertThat(c1.<Double>getAs("objective_score")).isNull();
    assertThat(c1.<Double>getAs("total_score")).isNull();
  }

  @Test
  void streetScoresArePopulationWeightedOverCommunitiesWithAScore() {
    assertUnit("street|" + S1, 706250.0 / 12000.0, 5, 0.7, 1, "不合格", "ranked_by_subjective");
    assertUnit("street|" + S2, 125.0 / 3.0, 4, 0.375, null, "样本不足", "insufficient_sample");
    assertUnit("street|" + S3, null, 0, null, null, "样本不足", "no_survey;insufficient_sample");
    assertThat(appraisal.get("street|" + S1).<Double>getAs("subjective_weight")).isEqualTo(0.5);
    assertThat(appraisal).hasSize(6 + 3);
  }

  @Test
  void communityIntervalsEqualAnIndependentBootstrap() {
    double[][] c1 = {{100, 75, NA}, {75, 25, NA}, {50, NA, NA}};
    double[][] c2 = {{25, 0, 75}, {100, 50, NA}};
    double[][] c5 = {{25, 0, 0}};
    assertInterval(
        "community|" + C1, IndependentBootstrap.replicates(c1, WEIGHTS, RESAMPLES, SEED, C1));
    assertInterval(
        "community|" + C2, IndependentBootstrap.replicates(c2, WEIGHTS, RESAMPLES, SEED, C2));
    assertInterval(
        "community|" + C5, IndependentBootstrap.replicates(c5, WEIGHTS, RESAMPLES, SEED, C5));
    Row c5Row = appraisal.get("community|" + C5);
    assertThat(c5Row.<Double>getAs("ci_low")).isCloseTo(12.5, within(1e-12));
    assertThat(c5Row.<Double>getAs("ci_high")).isCloseTo(12.5, within(1e-12));
    assertThat(appraisal.get("community|" + C3).<Double>getAs("ci_low")).isNull();
    assertThat(appraisal.get("community|" + C6).<Double>getAs("ci_high")).isNull();
  }

  @Test
  void streetIntervalsCombineTheCommunityReplicatesWithPopulationWeights() {
    double[] c1 =
        IndependentBootstrap.replicates(
            new double[][] {{100, 75, NA}, {75, 25, NA}, {50, NA, NA}},
            WEIGHTS,
            RESAMPLES,
            SEED,
            C1);
    double[] c2 =
        IndependentBootstrap.replicates(
            new double[][] {{25, 0, 75}, {100, 50, NA}}, WEIGHTS, RESAMPLES, SEED, C2);
    double[] c4 =
        IndependentBootstrap.replicates(
            new double[][] {{50, 25, 75}, {75, 25, NA}}, WEIGHTS, RESAMPLES, SEED, C4);
    double[] c5 =
        IndependentBootstrap.replicates(new double[][] {{25, 0, 0}}, WEIGHTS, RESAMPLES, SEED, C5);
    assertInterval("street|" + S1, combine(new double[][] {c1, c2}, new double[] {1000, 3000}));
    assertInterval("street|" + S2, combine(new double[][] {c4, c5}, new double[] {2000, 1000}));
  }

  @Test
  void intervalsContainTheScore() {
    for (String key :
        List.of(
            "community|" + C1,
            "community|" + C2,
            "community|" + C4,
            "street|" + S1,
            "street|" + S2)) {
      Row row = appraisal.get(key);
      double score = row.getAs("subjective_score");
      assertThat(row.<Double>getAs("ci_low")).as(key).isLessThanOrEqualTo(score);
      assertThat(row.<Double>getAs("ci_high")).as(key).isGreaterThanOrEqualTo(score);
      assertThat(row.<Double>getAs("ci_high")).as(key).isGreaterThan(row.<Double>getAs("ci_low"));
    }
  }

  @Test
  void resultsDoNotDependOnPartitioning() {
    IngestedData shuffled =
        new IngestedData(
            inputs.responses().repartition(3),
            inputs.answers().repartition(4).sortWithinPartitions("item_code"),
            inputs.communities().repartition(2),
            inputs.streets(),
            inputs.districts());
    Map<String, Row> again =
        byKey(
            SubjectiveScoring.compute(spark, shuffled, questionnaire, settings).appraisal(),
            "level",
            "unit_code");
    assertThat(again).isEqualTo(appraisal);
  }

  @Test
  void sparkReplicatesFollowTheSeedingSchemeExactly() {
    double[][] c1 = {{100, 75, NA}, {75, 25, NA}, {50, NA, NA}};
    SurveyAnswers survey = SurveyAnswers.prepare(inputs, questionnaire);
    for (long seed : new long[] {SEED, SEED + 1}) {
      Row row =
          CommunityScores.compute(survey, questionnaire, settings.withSeed(seed))
              .filter(org.apache.spark.sql.functions.col("community_code").equalTo(C1))
              .first();
      double[] replicates =
          row.<Double>getList(4).stream().mapToDouble(Double::doubleValue).toArray();
      assertThat(replicates)
          .as("seed " + seed)
          .containsExactly(
              IndependentBootstrap.replicates(c1, WEIGHTS, RESAMPLES, seed, C1), within(1e-12));
    }
    assertThat(IndependentBootstrap.replicates(c1, WEIGHTS, RESAMPLES, SEED, C1))
        .isNotEqualTo(IndependentBootstrap.replicates(c1, WEIGHTS, RESAMPLES, SEED + 1, C1));
  }

  @Test
  void unknownItemCodeIsRefusedNamingIt() {
    IngestedData wrong =
        new IngestedData(
            inputs.responses(),
            inputs
                .answers()
                .withColumn(
                    "item_code",
                    org.apache.spark.sql.functions.regexp_replace(
                        org.apache.spark.sql.functions.col("item_code"), "^env$", "envx")),
            inputs.communities(),
            inputs.streets(),
            inputs.districts());
    assertThatThrownBy(() -> SubjectiveScoring.compute(spark, wrong, questionnaire, settings))
        .isInstanceOf(SubjectiveInputException.class)
        .hasMessage("resident_answers: item_code envx is not in the questionnaire");
  }

  @Test
  void communityWithoutPopulationIsLeftOutOfTheStreetScoreAndFlagged() {
    IngestedData data =
        new SurveyFixture(questionnaire)
            .district("320100", "中区", true)
            .street(S1, "甲街道", "320100")
            .community(C1, "一社区", S1, 1000)
            .community(C2, "二社区", S1, null)
            .response("r1", C1, S1, "非常满意", "非常满意", "非常满意", "满意")
            .response("r2", C2, S1, "不满意", "不满意", "不满意", "满意")
            .build(spark);
    Map<String, Row> rows =
        byKey(
            SubjectiveScoring.compute(spark, data, questionnaire, settings).appraisal(),
            "level",
            "unit_code");
    assertUnit(rows, "community|" + C2, 25.0, 1, 0.0, null, "样本不足", "insufficient_sample");
    assertUnit(
        rows,
        "street|" + S1,
        100.0,
        2,
        0.5,
        null,
        "样本不足",
        "insufficient_sample;missing_population");
  }

  private static double[] combine(double[][] replicates, double[] populations) {
    double[] out = new double[replicates[0].length];
    for (int b = 0; b < out.length; b++) {
      double numerator = 0;
      double denominator = 0;
      for (int c = 0; c < replicates.length; c++) {
        if (!Double.isNaN(replicates[c][b])) {
          numerator += populations[c] * replicates[c][b];
          denominator += populations[c];
        }
      }
      out[b] = denominator == 0 ? NA : numerator / denominator;
    }
    return out;
  }

  private static void assertInterval(String key, double[] independentReplicates) {
    Row row = appraisal.get(key);
    assertThat(Arrays.stream(independentReplicates).filter(v -> !Double.isNaN(v)).count())
        .isGreaterThan(RESAMPLES / 2L);
    assertThat(row.<Double>getAs("ci_low"))
        .as(key + " ci_low")
        .isCloseTo(IndependentBootstrap.percentile(independentReplicates, 0.025), within(1e-9));
    assertThat(row.<Double>getAs("ci_high"))
        .as(key + " ci_high")
        .isCloseTo(IndependentBootstrap.percentile(independentReplicates, 0.975), within(1e-9));
  }

  private static void assertItem(String key, Double score, long nScored, long nDontKnow) {
    Row row = items.get(key);
    assertThat(row).as(key).isNotNull();
    if (score == null) {
      assertThat(row.<Double>getAs("score")).as(key).isNull();
    } else {
      assertThat(row.<Double>getAs("score")).as(key).isCloseTo(score, within(1e-12));
    }
    assertThat(row.<Long>getAs("n_scored")).as(key).isEqualTo(nScored);
    assertThat(row.<Long>getAs("n_dont_know")).as(key).isEqualTo(nDontKnow);
  }

  private static void assertUnit(
      String key,
      Double score,
      long nValid,
      Double rate,
      Integer rank,
      String grade,
      String flags) {
    assertUnit(appraisal, key, score, nValid, rate, rank, grade, flags);
  }

  private static void assertUnit(
      Map<String, Row> appraisal,
      String key,
      Double score,
      long nValid,
      Double rate,
      Integer rank,
      String grade,
      String flags) {
    Row row = appraisal.get(key);
    assertThat(row).as(key).isNotNull();
    if (score == null) {
      assertThat(row.<Double>getAs("subjective_score")).as(key).isNull();
    } else {
      assertThat(row.<Double>getAs("subjective_score")).as(key).isCloseTo(score, within(1e-12));
    }
    assertThat(row.<Long>getAs("n_valid")).as(key).isEqualTo(nValid);
    if (rate == null) {
      assertThat(row.<Double>getAs("satisfaction_rate")).as(key).isNull();
    } else {
      assertThat(row.<Double>getAs("satisfaction_rate")).as(key).isCloseTo(rate, within(1e-15));
    }
    assertThat(row.<Integer>getAs("rank")).as(key + " rank").isEqualTo(rank);
    assertThat(row.<String>getAs("grade")).as(key + " grade").isEqualTo(grade);
    assertThat(row.<String>getAs("flags")).as(key + " flags").isEqualTo(flags);
    assertThat(row.<String>getAs("period")).isEqualTo("2026");
  }

  private static Map<String, Row> byKey(Dataset<Row> table, String... keyColumns) {
    Map<String, Row> out = new HashMap<>();
    for (Row row : table.collectAsList()) {
      StringBuilder key = new StringBuilder();
      for (String column : keyColumns) {
        key.append(key.length() == 0 ? "" : "|").append(row.<String>getAs(column));
      }
      assertThat(out.put(key.toString(), row)).as("duplicate key " + key).isNull();
    }
    return out;
  }
}
