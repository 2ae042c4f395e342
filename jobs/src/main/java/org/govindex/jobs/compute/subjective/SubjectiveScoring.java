package org.govindex.jobs.compute.subjective;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.compute.appraisal.AppraisalRankIntervals;

/**
 * Entry point of the subjective (resident satisfaction) scores of methodology §1, the first slice
 * of the appraisal of §3.
 *
 * <ul>
 *   <li>{@code satisfaction_items}: {@link SatisfactionItemScores}.
 *   <li>Community S and its 95% percentile-bootstrap interval: {@link CommunityScores}; n_valid and
 *       满意率: {@link SampleCounts}.
 *   <li>Street S (population-weighted) and its stratified-bootstrap interval: {@link StreetScores}.
 *   <li>The bootstrap replicates of S of every community and street with a score (internal, for the
 *       rank interval of the appraisal): {@link SubjectiveTables#subjectiveReplicates()}.
 *   <li>Appraisal rows: {@link SubjectiveAppraisal}. Because the objective score O and hence the
 *       total T are not computed yet, rank and grade are by S (flag {@code ranked_by_subjective});
 *       objective_score and total_score are null.
 * </ul>
 *
 * Everything runs in Spark: nothing city-wide is collected to the driver (only the distinct item
 * codes, to check them against the questionnaire).
 */
public final class SubjectiveScoring {

  private SubjectiveScoring() {}

  /** Computes both tables, ordered by level (community first), unit_code and item_code. */
  public static SubjectiveTables compute(
      SparkSession spark,
      IngestedData inputs,
      Questionnaire questionnaire,
      SubjectiveSettings settings) {
    SurveyAnswers survey = SurveyAnswers.prepare(inputs, questionnaire);
    double satisfied = satisfiedThreshold(questionnaire.scale());

    Dataset<Row> items =
        SatisfactionItemScores.compute(survey, settings.period())
            .orderBy(col("level"), col("unit_code"), col("item_code"));

    // Read by the community rows and by the street scores: persisted so that the bootstrap runs
    // once (re-running it would give the same numbers, only slower).
    Dataset<Row> communityScores =
        CommunityScores.compute(survey, questionnaire, settings)
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Read by the street rows and by the replicates table.
    Dataset<Row> streetScores =
        StreetScores.compute(communityScores, inputs.communities())
            .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> communityRows =
        SubjectiveAppraisal.levelRows(
            "community",
            inputs
                .communities()
                .select(
                    col("community_code").as("unit_code"), col("community_name").as("unit_name")),
            SampleCounts.perUnit(survey, "community_code", satisfied)
                .withColumnRenamed("community_code", "unit_code"),
            communityScores
                .select(
                    col("community_code").as("unit_code"),
                    col("subjective_score"),
                    col("ci_low"),
                    col("ci_high"))
                .withColumn("missing_population", lit(false)),
            settings.minSampleCommunity(),
            settings.communityWeight(),
            settings.period());
    Dataset<Row> streetRows =
        SubjectiveAppraisal.levelRows(
            "street",
            inputs
                .streets()
                .select(col("street_code").as("unit_code"), col("street_name").as("unit_name")),
            SampleCounts.perUnit(survey, "street_code", satisfied)
                .withColumnRenamed("street_code", "unit_code"),
            streetScores.withColumnRenamed("street_code", "unit_code"),
            settings.minSampleStreet(),
            settings.streetWeight(),
            settings.period());
    Dataset<Row> appraisal =
        SubjectiveAppraisal.finish(communityRows.unionByName(streetRows))
            .orderBy(col("level"), col("unit_code"));
    return new SubjectiveTables(items, appraisal, replicates(communityScores, streetScores));
  }

  /**
   * level, unit_code, s_replicates of the communities and streets with a subjective score: the
   * replicates behind ci_low and ci_high, kept for the rank interval (never written out).
   */
  static Dataset<Row> replicates(Dataset<Row> communityScores, Dataset<Row> streetScores) {
    Dataset<Row> communities =
        communityScores
            .filter(col("subjective_score").isNotNull())
            .select(
                lit("community").as("level"),
                col("community_code").as("unit_code"),
                col("replicates").as(AppraisalRankIntervals.S_REPLICATES));
    Dataset<Row> streets =
        streetScores
            .filter(col("subjective_score").isNotNull())
            .select(
                lit("street").as("level"),
                col("street_code").as("unit_code"),
                col("replicates").as(AppraisalRankIntervals.S_REPLICATES));
    return communities.unionByName(streets);
  }

  /** The lowest scored option that counts as satisfied (基本满意 on the default scale). */
  static double satisfiedThreshold(AnswerScale scale) {
    return scale.scores().values().stream()
        .filter(scale::isSatisfied)
        .mapToDouble(Double::doubleValue)
        .min()
        .orElseThrow(
            () -> new SubjectiveSettingsException("answer scale: no option counts as satisfied"));
  }
}
