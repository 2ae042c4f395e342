package org.govindex.jobs.compute.quality;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_timestamp;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.govindex.jobs.ingest.ReasonCodes;

/**
 * The {@code survey_quality} table (issue 4, item 5): per community and per street, signals of
 * doubtful resident-survey collection, flagged for the analyst. Nothing is dropped or re-weighted
 * here: the flags only point the analyst to units whose surveys deserve a call-back or a review.
 *
 * <p>Responses of a unit ({@code n_responses}): the rows of {@code resident_response_meta} whose
 * community is the unit (a street: any of its communities, by the {@code communities} registry) and
 * that are valid or were rejected as {@code speeder}, {@code duplicate}, {@code no_scored_answer}
 * or {@code bad_value} ({@link #COUNTED_REASONS}): the responses a respondent actually gave to the
 * unit. Rows rejected for malformed metadata ({@code missing_value}, {@code bad_date}, {@code
 * bad_number}) are export defects, not respondent behaviour, and rows whose community did not
 * resolve belong to no unit; both are left out.
 *
 * <p>Signals (columns in {@link #COLUMNS} order):
 *
 * <ul>
 *   <li>{@code n_valid}: responses not rejected (those the subjective scores use).
 *   <li>{@code n_speeders}: responses rejected as {@code speeder} (所用时间 under 30 s); speeder_share
 *       = n_speeders / n_responses.
 *   <li>{@code n_duplicate_phones}: responses rejected as {@code duplicate} (an earlier submission
 *       with the phone pseudonym of a later valid one); duplicate_share = n_duplicate_phones /
 *       n_responses.
 *   <li>{@code n_straightliners}: valid responses with at least {@link
 *       SurveyQualitySettings#straightlineMinItems()} (5) scored answers, all with the same score
 *       (the same option), over all items of the response, community and street items alike; 不了解
 *       and skipped answers are not compared. straightliner_share = n_straightliners / n_valid.
 *   <li>{@code max_ip_burst}: over the unit's responses with an IP pseudonym and a submit time, the
 *       largest number from one IP whose submit times lie in one closed window [t, t + W] (W =
 *       {@link SurveyQualitySettings#burstWindowMinutes()}, default 10 minutes, to the second);
 *       null when no response has both.
 *   <li>{@code n_burst_responses}: responses that lie in such a window holding at least M = {@link
 *       SurveyQualitySettings#burstMinResponses()} (5) responses from the same IP of the unit;
 *       burst_share = n_burst_responses / n_responses. Responses without IP or time are never in a
 *       burst but count in the denominator.
 *   <li>{@code dont_know_share}: 不了解 answers / non-skipped answers (scored or 不了解), over all items
 *       of the unit's valid responses.
 *   <li>{@code flags}: {@code ;}-separated, in this order: {@code many_speeders}, {@code
 *       many_duplicates}, {@code many_straightliners}, {@code ip_burst}, {@code many_dont_know},
 *       each when its share strictly exceeds the threshold of the settings, and {@code
 *       suspicious_survey} when any of them is set; empty when none.
 * </ul>
 *
 * A share whose denominator is zero is null and sets no flag. Street signals pool the responses of
 * the street's communities (a burst may span communities of the street, so a street's max_ip_burst
 * can exceed its communities'). Every community and street of the registry gets a row, those
 * without responses with zero counts. Counts are longs, shares doubles at full precision.
 */
public final class SurveyQuality {

  /** The table name of the output contract. */
  public static final String TABLE = "survey_quality";

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "period",
          "level",
          "unit_code",
          "n_responses",
          "n_valid",
          "n_speeders",
          "speeder_share",
          "n_duplicate_phones",
          "duplicate_share",
          "n_straightliners",
          "straightliner_share",
          "max_ip_burst",
          "n_burst_responses",
          "burst_share",
          "dont_know_share",
          "flags");

  /** Reject reasons whose responses still count as responses of their unit. */
  public static final List<String> COUNTED_REASONS =
      List.of(
          ReasonCodes.SPEEDER,
          ReasonCodes.DUPLICATE,
          ReasonCodes.NO_SCORED_ANSWER,
          ReasonCodes.BAD_VALUE);

  public static final String MANY_SPEEDERS = "many_speeders";
  public static final String MANY_DUPLICATES = "many_duplicates";
  public static final String MANY_STRAIGHTLINERS = "many_straightliners";
  public static final String IP_BURST = "ip_burst";
  public static final String MANY_DONT_KNOW = "many_dont_know";
  public static final String SUSPICIOUS_SURVEY = "suspicious_survey";
  public static final String SEPARATOR = ";";

  private static final String VALID = "_valid";
  private static final String STRAIGHT = "_straightliner";
  private static final String DONT_KNOW = "_dont_know";
  private static final String ANSWERED = "_answered";
  private static final String TIME = "_t";

  private SurveyQuality() {}

  /**
   * The {@code survey_quality} rows: community rows then street rows, each ordered by unit_code.
   *
   * @param spark the session (the inputs are already datasets of it; nothing is collected)
   * @param inputs the ingested datasets, see {@link SurveyQualityInputs#readParquet}
   * @param settings window, minimum sizes and flag thresholds
   */
  public static Dataset<Row> compute(
      SparkSession spark, SurveyQualityInputs inputs, SurveyQualitySettings settings) {
    Dataset<Row> responses = responses(inputs, settings);
    Dataset<Row> communities =
        level(
            "community",
            inputs.communities().select(col("community_code").as("unit_code")),
            responses.withColumn("unit_code", col("community_code")),
            settings);
    Dataset<Row> streets =
        level(
            "street",
            inputs.streets().select(col("street_code").as("unit_code")),
            responses.withColumn("unit_code", col("street_code")),
            settings);
    return communities.unionByName(streets).orderBy(col("level"), col("unit_code"));
  }

  /**
   * One row per counted response: response_id, community_code, street_code, ip_hash, _t (submit
   * time in epoch seconds, null when unreadable), reason_code, and per valid response _valid,
   * _straightliner, _dont_know (不了解 answers) and _answered (non-skipped answers).
   */
  static Dataset<Row> responses(SurveyQualityInputs inputs, SurveyQualitySettings settings) {
    Column reason = col("reason_code");
    Dataset<Row> counted =
        inputs
            .responseMeta()
            .filter(reason.isNull().or(reason.isin(COUNTED_REASONS.toArray())))
            .select(
                col("response_id"),
                col("community_code"),
                col("ip_hash"),
                unix_timestamp(col("submitted_at")).as(TIME),
                reason)
            .join(
                inputs.communities().select(col("community_code"), col("street_code")),
                "community_code");
    Dataset<Row> answers =
        inputs
            .answers()
            .groupBy(col("response_id"))
            .agg(
                count(col("score")).as("_scored"),
                min(col("score")).as("_min_score"),
                max(col("score")).as("_max_score"),
                count(when(col("dont_know"), lit(1))).as("_n_dont_know"),
                count(when(col("skipped").equalTo(false), lit(1))).as("_n_answered"));
    Column valid = reason.isNull();
    Column straight =
        valid
            .and(col("_scored").geq(settings.straightlineMinItems()))
            .and(col("_min_score").equalTo(col("_max_score")));
    return counted
        .join(answers, "response_id", "left")
        .withColumn(VALID, valid)
        .withColumn(STRAIGHT, coalesce(straight, lit(false)))
        .withColumn(DONT_KNOW, when(valid, coalesce(col("_n_dont_know"), lit(0L))).otherwise(0L))
        .withColumn(ANSWERED, when(valid, coalesce(col("_n_answered"), lit(0L))).otherwise(0L))
        .drop("_scored", "_min_score", "_max_score", "_n_dont_know", "_n_answered");
  }

  /** The rows of one level; {@code responses} carry the unit in {@code unit_code}. */
  private static Dataset<Row> level(
      String level, Dataset<Row> units, Dataset<Row> responses, SurveyQualitySettings settings) {
    Dataset<Row> counts =
        responses
            .groupBy(col("unit_code"))
            .agg(
                count(lit(1)).as("n_responses"),
                count(when(col(VALID), lit(1))).as("n_valid"),
                count(when(col("reason_code").equalTo(ReasonCodes.SPEEDER), lit(1)))
                    .as("n_speeders"),
                count(when(col("reason_code").equalTo(ReasonCodes.DUPLICATE), lit(1)))
                    .as("n_duplicate_phones"),
                count(when(col(STRAIGHT), lit(1))).as("n_straightliners"),
                sum(col(DONT_KNOW)).as(DONT_KNOW),
                sum(col(ANSWERED)).as(ANSWERED));
    Dataset<Row> rows =
        units
            .distinct()
            .join(counts, "unit_code", "left")
            .join(bursts(responses, settings), "unit_code", "left")
            .na()
            .fill(
                0L,
                new String[] {
                  "n_responses",
                  "n_valid",
                  "n_speeders",
                  "n_duplicate_phones",
                  "n_straightliners",
                  "n_burst_responses",
                  DONT_KNOW,
                  ANSWERED
                })
            .withColumn("speeder_share", share("n_speeders", "n_responses"))
            .withColumn("duplicate_share", share("n_duplicate_phones", "n_responses"))
            .withColumn("straightliner_share", share("n_straightliners", "n_valid"))
            .withColumn("burst_share", share("n_burst_responses", "n_responses"))
            .withColumn("dont_know_share", share(DONT_KNOW, ANSWERED));
    return rows.withColumn("flags", flags(settings))
        .withColumn("period", lit(settings.period()))
        .withColumn("level", lit(level))
        .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * Per unit: max_ip_burst and n_burst_responses. For each response i of one IP in the unit, c_i =
   * the responses of that IP and unit with submit time in [t_i, t_i + W]. Any window holding k
   * responses can be slid right to start at its earliest response, so max_ip_burst = max c_i; and a
   * response at t is in a burst iff some i with t_i in [t − W, t] has c_i ≥ M.
   */
  static Dataset<Row> bursts(Dataset<Row> responses, SurveyQualitySettings settings) {
    long window = settings.burstWindowMinutes() * 60L;
    WindowSpec byIp = Window.partitionBy(col("unit_code"), col("ip_hash")).orderBy(col(TIME));
    return responses
        .filter(col("ip_hash").isNotNull().and(col(TIME).isNotNull()))
        .select(col("unit_code"), col("ip_hash"), col(TIME))
        .withColumn("_in_window", count(lit(1)).over(byIp.rangeBetween(0, window)))
        .withColumn(
            "_starts_burst",
            when(col("_in_window").geq(settings.burstMinResponses()), lit(1L)).otherwise(lit(0L)))
        .withColumn("_in_burst", max(col("_starts_burst")).over(byIp.rangeBetween(-window, 0)))
        .groupBy(col("unit_code"))
        .agg(
            max(col("_in_window")).as("max_ip_burst"),
            sum(col("_in_burst")).as("n_burst_responses"));
  }

  /** numerator / denominator as a double, null when the denominator is zero. */
  private static Column share(String numerator, String denominator) {
    return when(
        col(denominator).gt(0),
        col(numerator).cast("double").divide(col(denominator).cast("double")));
  }

  private static Column flags(SurveyQualitySettings settings) {
    List<Column> conditions =
        List.of(
            col("speeder_share").gt(settings.speederShareThreshold()),
            col("duplicate_share").gt(settings.duplicateShareThreshold()),
            col("straightliner_share").gt(settings.straightlinerShareThreshold()),
            col("burst_share").gt(settings.burstShareThreshold()),
            col("dont_know_share").gt(settings.dontKnowShareThreshold()));
    List<String> codes =
        List.of(MANY_SPEEDERS, MANY_DUPLICATES, MANY_STRAIGHTLINERS, IP_BURST, MANY_DONT_KNOW);
    Column[] parts = new Column[codes.size() + 1];
    Column any = lit(false);
    for (int i = 0; i < codes.size(); i++) {
      // a null share compares to null: when() gives null, which concat_ws skips
      parts[i] = when(conditions.get(i), lit(codes.get(i)));
      any = any.or(coalesce(conditions.get(i), lit(false)));
    }
    parts[codes.size()] = when(any, lit(SUSPICIOUS_SURVEY));
    return concat_ws(SEPARATOR, parts);
  }
}
