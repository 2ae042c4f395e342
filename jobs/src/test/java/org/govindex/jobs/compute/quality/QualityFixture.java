package org.govindex.jobs.compute.quality;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.indicators.survey.AnswerScale;

/**
 * Builds the ingested datasets survey quality reads ({@code resident_response_meta}, {@code
 * resident_answers}, {@code communities}, {@code streets}) from hand-written rows. Items: six
 * community items c1..c6 and one street item s1; answer texts in that order, "" for skipped.
 */
final class QualityFixture {

  static final StructType META =
      new StructType()
          .add("response_id", DataTypes.StringType)
          .add("source_file", DataTypes.StringType)
          .add("row_number", DataTypes.LongType)
          .add("submitted_at", DataTypes.TimestampType)
          .add("duration_seconds", DataTypes.IntegerType)
          .add("ip_hash", DataTypes.StringType)
          .add("ip_region", DataTypes.StringType)
          .add("community_code", DataTypes.StringType)
          .add("street_code", DataTypes.StringType)
          .add("reason_code", DataTypes.StringType);
  static final StructType ANSWERS =
      new StructType()
          .add("response_id", DataTypes.StringType)
          .add("item_code", DataTypes.StringType)
          .add("item_level", DataTypes.StringType)
          .add("answer", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("dont_know", DataTypes.BooleanType)
          .add("skipped", DataTypes.BooleanType);
  static final StructType COMMUNITIES =
      new StructType()
          .add("community_code", DataTypes.StringType)
          .add("community_name", DataTypes.StringType)
          .add("street_code", DataTypes.StringType)
          .add("households", DataTypes.IntegerType)
          .add("population", DataTypes.IntegerType)
          .add("community_type", DataTypes.StringType);
  static final StructType STREETS =
      new StructType()
          .add("street_code", DataTypes.StringType)
          .add("street_name", DataTypes.StringType)
          .add("district_code", DataTypes.StringType);
  static final List<String> ITEMS = List.of("c1", "c2", "c3", "c4", "c5", "c6", "s1");

  private static final String SOURCE = "surveys/resident_test.csv";
  private final AnswerScale scale = AnswerScale.defaultScale();
  private final Map<String, String> streetOf = new HashMap<>();
  private final List<Row> meta = new ArrayList<>();
  private final List<Row> answers = new ArrayList<>();
  private final List<Row> communities = new ArrayList<>();
  private final List<Row> streets = new ArrayList<>();

  QualityFixture street(String code) {
    streets.add(RowFactory.create(code, "街道" + code, "440101"));
    return this;
  }

  QualityFixture community(String code, String street) {
    communities.add(RowFactory.create(code, "社区" + code, street, 1000, 3000, "城市社区"));
    streetOf.put(code, street);
    return this;
  }

  /**
   * A response row of the metadata; when {@code reason} is null (valid) its answers, one text per
   * item of {@link #ITEMS}, go to the answers too (a rejected response has none, as in ingestion).
   *
   * @param time {@code yyyy-MM-dd HH:mm:ss}, or null when unreadable
   */
  QualityFixture response(
      String id, String community, String ip, String time, String reason, String... texts) {
    long row = meta.size() + 1;
    meta.add(
        RowFactory.create(
            id,
            SOURCE,
            row,
            time == null ? null : Timestamp.valueOf(time),
            reason != null && reason.equals("speeder") ? 12 : 200,
            ip,
            "广东-广州",
            community,
            streetOf.get(community),
            reason));
    if (reason == null) {
      if (texts.length != ITEMS.size()) {
        throw new IllegalArgumentException(id + ": " + texts.length + " answers");
      }
      for (int k = 0; k < ITEMS.size(); k++) {
        AnswerScale.Answer read = scale.read(texts[k]);
        answers.add(
            RowFactory.create(
                id,
                ITEMS.get(k),
                ITEMS.get(k).startsWith("s") ? "street" : "community",
                texts[k].isEmpty() ? null : texts[k],
                read.score(),
                read.kind() == AnswerScale.Kind.DONT_KNOW,
                read.kind() == AnswerScale.Kind.SKIPPED));
      }
    } else if (texts.length != 0) {
      throw new IllegalArgumentException(id + ": a rejected response has no answers");
    }
    return this;
  }

  SurveyQualityInputs build(SparkSession spark) {
    return new SurveyQualityInputs(
        spark.createDataFrame(meta, META),
        spark.createDataFrame(answers, ANSWERS),
        spark.createDataFrame(communities, COMMUNITIES),
        spark.createDataFrame(streets, STREETS));
  }
}
