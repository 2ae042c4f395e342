package org.govindex.jobs.compute.subjective;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;

/**
 * Subjective score S of each community with at least one valid response, its 95% bootstrap interval
 * and its bootstrap replicates (methodology §1).
 *
 * <p>S = Σ_k w_k·m_k / Σ_k w_k over the community items k with at least one scored answer, m_k the
 * mean of the scored answers to k, w_k the questionnaire weight (see {@link RespondentBootstrap}).
 * The interval is the percentile bootstrap over the community's valid respondents (all of them,
 * including those without a scored community-item answer) with the community's own seed {@link
 * RespondentBootstrap#unitSeed(long, String)}; the percentiles are those of {@link
 * PercentileInterval}. Each community is one Spark group; inside it respondents are sorted by
 * response_id, so results do not depend on partitioning.
 */
public final class CommunityScores {

  /** Output schema: community_code, subjective_score, ci_low, ci_high, replicates. */
  public static final StructType SCHEMA =
      new StructType()
          .add("community_code", DataTypes.StringType, false)
          .add("subjective_score", DataTypes.DoubleType, true)
          .add("ci_low", DataTypes.DoubleType, true)
          .add("ci_high", DataTypes.DoubleType, true)
          .add("replicates", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

  private CommunityScores() {}

  /**
   * One row per community that has a valid response. subjective_score and the interval are null
   * when none of its respondents has a scored community-item answer; replicates holds NaN where a
   * resample has no scored answer.
   */
  public static Dataset<Row> compute(
      SurveyAnswers survey, Questionnaire questionnaire, SubjectiveSettings settings) {
    List<QuestionnaireItem> items = questionnaire.itemsAt(ItemLevel.COMMUNITY);
    HashMap<String, Integer> itemIndex = new HashMap<>();
    double[] weights = new double[items.size()];
    for (int k = 0; k < items.size(); k++) {
      itemIndex.put(items.get(k).code(), k);
      weights[k] = items.get(k).weight();
    }
    Dataset<Row> scored =
        survey
            .answers()
            .filter(
                col("item_level").equalTo(ItemLevel.COMMUNITY.code()).and(col("score").isNotNull()))
            .select(col("response_id"), col("item_code"), col("score"));
    Dataset<Row> rows =
        survey
            .respondents()
            .select(col("response_id"), col("community_code"))
            .join(scored, "response_id", "left")
            .select(col("community_code"), col("response_id"), col("item_code"), col("score"));
    int resamples = settings.bootstrapResamples();
    long baseSeed = settings.bootstrapSeed();
    return rows.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups(
            (MapGroupsFunction<String, Row, Row>)
                (code, group) -> scoreGroup(code, group, itemIndex, weights, resamples, baseSeed),
            Encoders.row(SCHEMA));
  }

  private static Row scoreGroup(
      String communityCode,
      Iterator<Row> group,
      Map<String, Integer> itemIndex,
      double[] weights,
      int resamples,
      long baseSeed) {
    double[][] respondents = respondentMatrix(group, itemIndex, weights.length);
    double score = RespondentBootstrap.score(respondents, weights);
    double[] replicates =
        RespondentBootstrap.replicates(
            respondents, weights, resamples, RespondentBootstrap.unitSeed(baseSeed, communityCode));
    PercentileInterval interval = Double.isNaN(score) ? null : PercentileInterval.of95(replicates);
    return RowFactory.create(
        communityCode,
        Double.isNaN(score) ? null : score,
        interval == null ? null : interval.low(),
        interval == null ? null : interval.high(),
        replicates);
  }

  /** Rows (community_code, response_id, item_code, score) → x[r][k], respondents by response_id. */
  private static double[][] respondentMatrix(
      Iterator<Row> group, Map<String, Integer> itemIndex, int itemCount) {
    TreeMap<String, double[]> byResponse = new TreeMap<>();
    while (group.hasNext()) {
      Row row = group.next();
      double[] scores =
          byResponse.computeIfAbsent(
              row.getString(1),
              id -> {
                double[] empty = new double[itemCount];
                Arrays.fill(empty, Double.NaN);
                return empty;
              });
      if (!row.isNullAt(2)) {
        String itemCode = row.getString(2);
        Integer k = itemIndex.get(itemCode);
        if (k == null) {
          throw new SubjectiveInputException(
              "resident_answers: item_code " + itemCode + " is not a community item");
        }
        if (!Double.isNaN(scores[k])) {
          throw new SubjectiveInputException(
              "resident_answers: response " + row.getString(1) + " answers " + itemCode + " twice");
        }
        scores[k] = row.getDouble(3);
      }
    }
    return new ArrayList<>(byResponse.values()).toArray(new double[0][]);
  }
}
