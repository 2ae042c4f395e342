package org.govindex.jobs.compute.subjective;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;

/** Builds ingested datasets with the schemas of docs/datasets.md from a few hand-written rows. */
final class SurveyFixture {

  static final StructType DISTRICTS =
      new StructType()
          .add("district_code", DataTypes.StringType)
          .add("district_name", DataTypes.StringType)
          .add("district_type", DataTypes.StringType)
          .add("central", DataTypes.BooleanType);
  static final StructType STREETS =
      new StructType()
          .add("street_code", DataTypes.StringType)
          .add("street_name", DataTypes.StringType)
          .add("district_code", DataTypes.StringType);
  static final StructType COMMUNITIES =
      new StructType()
          .add("community_code", DataTypes.StringType)
          .add("community_name", DataTypes.StringType)
          .add("street_code", DataTypes.StringType)
          .add("households", DataTypes.IntegerType)
          .add("population", DataTypes.IntegerType)
          .add("community_type", DataTypes.StringType);
  static final StructType RESPONSES =
      new StructType()
          .add("response_id", DataTypes.StringType)
          .add("source_file", DataTypes.StringType)
          .add("row_number", DataTypes.LongType)
          .add("seq", DataTypes.StringType)
          .add("submitted_at", DataTypes.TimestampType)
          .add("duration_seconds", DataTypes.IntegerType)
          .add("source", DataTypes.StringType)
          .add("source_detail", DataTypes.StringType)
          .add("ip_hash", DataTypes.StringType)
          .add("ip_region", DataTypes.StringType)
          .add("community_code", DataTypes.StringType)
          .add("street_code", DataTypes.StringType)
          .add("phone_hash", DataTypes.StringType)
          .add("sex", DataTypes.StringType)
          .add("age_group", DataTypes.StringType);
  static final StructType ANSWERS =
      new StructType()
          .add("response_id", DataTypes.StringType)
          .add("item_code", DataTypes.StringType)
          .add("item_level", DataTypes.StringType)
          .add("answer", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("dont_know", DataTypes.BooleanType)
          .add("skipped", DataTypes.BooleanType);

  private static final String SOURCE = "surveys/resident_test.csv";

  private final Questionnaire questionnaire;
  private final List<Row> districts = new ArrayList<>();
  private final List<Row> streets = new ArrayList<>();
  private final List<Row> communities = new ArrayList<>();
  private final List<Row> responses = new ArrayList<>();
  private final List<Row> answers = new ArrayList<>();

  SurveyFixture(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  SurveyFixture district(String code, String name, boolean central) {
    districts.add(RowFactory.create(code, name, central ? "中心城区" : "非中心城区", central));
    return this;
  }

  SurveyFixture street(String code, String name, String district) {
    streets.add(RowFactory.create(code, name, district));
    return this;
  }

  SurveyFixture community(String code, String name, String street, Integer population) {
    communities.add(RowFactory.create(code, name, street, 100, population, "城市社区"));
    return this;
  }

  /** A valid response; {@code answerTexts} in questionnaire item order, "" for a skipped answer. */
  SurveyFixture response(
      String responseId, String community, String street, String... answerTexts) {
    long row = responses.size() + 1;
    responses.add(
        RowFactory.create(
            responseId,
            SOURCE,
            row,
            Long.toString(row),
            Timestamp.valueOf("2026-03-01 10:00:00"),
            300,
            "手机提交",
            "直接访问",
            "ip" + row,
            "广东",
            community,
            street,
            "phone" + row,
            null,
            null));
    List<QuestionnaireItem> items = questionnaire.items();
    for (int k = 0; k < items.size(); k++) {
      AnswerScale.Answer read = questionnaire.scale().read(answerTexts[k]);
      answers.add(
          RowFactory.create(
              responseId,
              items.get(k).code(),
              items.get(k).level().code(),
              answerTexts[k],
              read.score(),
              read.kind() == AnswerScale.Kind.DONT_KNOW,
              read.kind() == AnswerScale.Kind.SKIPPED));
    }
    return this;
  }

  IngestedData build(SparkSession spark) {
    return new IngestedData(
        spark.createDataFrame(responses, RESPONSES),
        spark.createDataFrame(answers, ANSWERS),
        spark.createDataFrame(communities, COMMUNITIES),
        spark.createDataFrame(streets, STREETS),
        spark.createDataFrame(districts, DISTRICTS));
  }
}
