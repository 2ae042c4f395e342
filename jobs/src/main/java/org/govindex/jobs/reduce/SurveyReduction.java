package org.govindex.jobs.reduce;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_timestamp;
import static org.apache.spark.sql.functions.year;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.Datasets;
import org.govindex.contract.RejectReason;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.subjective.SubjectiveSettings;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.RunFiles;

/**
 * The resident survey reduced to per-unit statistics in one Spark pass: the responses of the period
 * (submitted in its calendar year, Asia/Shanghai) that count for a unit ({@code
 * resident_response_meta}: valid, or rejected as speeder, duplicate, no_scored_answer or bad_value
 * — what respondents actually gave; rows rejected for malformed metadata are export defects and
 * left out), joined to their answers, grouped by street and reduced by {@link SurveyKernel} in the
 * executors. Only the per-street results reach the driver.
 */
public final class SurveyReduction {

  /** Reject reasons whose responses still count as responses of their unit. */
  public static final List<String> COUNTED_REASONS =
      List.of(
          RejectReason.SPEEDER.code(),
          RejectReason.DUPLICATE.code(),
          RejectReason.NO_SCORED_ANSWER.code(),
          RejectReason.BAD_VALUE.code());

  /**
   * The period's responses are sent whole to every task that reads answers (a broadcast join, no
   * shuffle of the answers by response) when their metadata take at most this many bytes on disk (a
   * city's 300,000 responses: 25 MB); larger, both sides are shuffled by response.
   */
  static final long BROADCAST_BYTES = 64L << 20;

  /** The kernel's input schema ({@link SurveyKernel}). */
  static final StructType KERNEL_SCHEMA =
      new StructType()
          .add("street_code", DataTypes.StringType)
          .add("community_code", DataTypes.StringType)
          .add("response_id", DataTypes.StringType)
          .add("ip_hash", DataTypes.StringType)
          .add("t", DataTypes.LongType)
          .add("reason_code", DataTypes.StringType)
          .add("answers", DataTypes.BinaryType);

  private SurveyReduction() {}

  /** Reads the ingested survey datasets, reduces them and collects the per-street results. */
  public static List<StreetSurvey> reduce(
      SparkSession spark,
      IngestedDatasets ingested,
      Questionnaire questionnaire,
      SubjectiveSettings subjective,
      SurveyQualitySettings quality) {
    long metaBytes =
        RunFiles.bytesUnder(ingested.dir().resolve(Datasets.RESIDENT_RESPONSE_META.name()));
    return reduce(
            ingested.rows(spark, Datasets.RESIDENT_RESPONSE_META),
            ingested.rows(spark, Datasets.RESIDENT_ANSWERS),
            SurveyKernelSpec.of(questionnaire, subjective, quality),
            metaBytes <= BROADCAST_BYTES)
        .collectAsList();
  }

  /**
   * The per-street reductions.
   *
   * @param meta {@code resident_response_meta}
   * @param answers {@code resident_answers}
   * @param broadcast whether the responses are broadcast to the answers (small enough to send to
   *     every task) or both sides shuffled
   */
  static Dataset<StreetSurvey> reduce(
      Dataset<Row> meta, Dataset<Row> answers, SurveyKernelSpec spec, boolean broadcast) {
    Column reason = col("reason_code");
    Dataset<Row> responses =
        meta.filter(reason.isNull().or(reason.isin(COUNTED_REASONS.toArray())))
            .filter(year(col("submitted_at")).equalTo(spec.period()))
            .select(
                col("street_code"),
                col("community_code"),
                col("response_id"),
                col("ip_hash"),
                unix_timestamp(col("submitted_at")).as("t"),
                reason);
    // the answers carry only their response's street (the group) and id: the response's
    // attributes come once, in its row without an answer
    Dataset<Row> streets = responses.select(col("response_id"), col("street_code"));
    Dataset<Row> withAnswers =
        AnswerPacking.pack(answers, spec.itemLevels(), spec.itemColumns())
            .join(broadcast ? functions.broadcast(streets) : streets, "response_id")
            .withColumn("community_code", lit(null).cast(DataTypes.StringType))
            .withColumn("ip_hash", lit(null).cast(DataTypes.StringType))
            .withColumn("t", lit(null).cast(DataTypes.LongType))
            .withColumn("reason_code", lit(null).cast(DataTypes.StringType))
            .select(kernelColumns());
    // every response once without answers, with its attributes (so that one without answers is
    // counted too), then its packed answers
    Dataset<Row> alone =
        responses
            .withColumn("answers", lit(null).cast(DataTypes.BinaryType))
            .select(
                Arrays.stream(KERNEL_SCHEMA.fieldNames())
                    .map(functions::col)
                    .toArray(Column[]::new));
    Dataset<Row> rows = alone.union(withAnswers);
    // grouped by the column itself (no map-side decoding of every row to compute its key)
    return rows.groupBy(col("street_code"))
        .as(Encoders.STRING(), Encoders.row(rows.schema()))
        .mapGroups(new SurveyKernel(spec), Encoders.javaSerialization(StreetSurvey.class));
  }

  private static Column[] kernelColumns() {
    return Arrays.stream(KERNEL_SCHEMA.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
