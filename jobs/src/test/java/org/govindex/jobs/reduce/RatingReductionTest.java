package org.govindex.jobs.reduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.indicators.department.RaterGroup;
import org.govindex.indicators.department.RaterScore;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * {@link RatingReduction}: rater_id, rater_score (the mean of the scored answers added in ascending
 * order) and answer_signature of hand-worked ratings, and the same values for any partitioning.
 */
class RatingReductionTest {

  private static final String S1 = "320100001";
  private static final String D1 = "32010001";
  private static final String D2 = "32010002";

  private static Row rating(
      String id, String type, String street, String department, String phone) {
    return DatasetRows.row(
        Datasets.DEPARTMENT_RATINGS,
        "rating_id",
        id,
        "source_file",
        "surveys/department.csv",
        "row_number",
        (long) id.charAt(1),
        "submitted_at",
        DatasetRows.shanghai(LocalDateTime.of(2026, 4, 1, 9, 0)),
        "duration_seconds",
        200,
        "rater_type",
        type,
        "rater_street_code",
        street,
        "department_code",
        department,
        "phone_hash",
        phone);
  }

  private static Row answer(
      String rating, String item, String answer, Double score, boolean dontKnow, boolean skipped) {
    return DatasetRows.row(
        Datasets.DEPARTMENT_ANSWERS,
        "rating_id",
        rating,
        "item_code",
        item,
        "answer",
        answer,
        "score",
        score,
        "dont_know",
        dontKnow,
        "skipped",
        skipped);
  }

  /**
   *
   *
   * <pre>
   * R1  居民代表, phone p1, street S1 → D1:  q1 满意 75, q2 非常满意 100, q3 不了解, q4 skipped
   * R2  街道, no phone, no street → D2:     q10 0.3, q2 0.1, q1 0.2 (scores not on the default scale)
   * R3  社区居委会, phone p1 → D2:          q1 不了解, q2 skipped (nothing scored)
   * R4  驻区单位, phone p2 → D1:            no answers at all
   * R5  居民代表, phone p2 → D2:            q1 without answer text (not skipped), q2 基本满意 50
   * </pre>
   */
  private static List<Row> ratings() {
    return List.of(
        rating("R1", "居民代表", S1, D1, "p1"),
        rating("R2", "街道", null, D2, null),
        rating("R3", "社区居委会", S1, D2, "p1"),
        rating("R4", "驻区单位", null, D1, "p2"),
        rating("R5", "居民代表", S1, D2, "p2"));
  }

  private static List<Row> answers() {
    return List.of(
        answer("R1", "q2", "非常满意", 100.0, false, false),
        answer("R1", "q4", null, null, false, true),
        answer("R1", "q1", "满意", 75.0, false, false),
        answer("R1", "q3", "不了解", null, true, false),
        answer("R2", "q10", "甲", 0.3, false, false),
        answer("R2", "q2", "乙", 0.1, false, false),
        answer("R2", "q1", "丙", 0.2, false, false),
        answer("R3", "q2", null, null, false, true),
        answer("R3", "q1", "不了解", null, true, false),
        answer("R5", "q2", "基本满意", 50.0, false, false),
        answer("R5", "q1", null, null, false, false));
  }

  private static List<RaterScore> expected() {
    // R2 ascending: ((0 + 0.1) + 0.2) + 0.3 = 0.6000000000000001, divided by 3
    double r2 = (((0.0 + 0.1) + 0.2) + 0.3) / 3;
    return List.of(
        new RaterScore(
            "R1",
            "p1",
            RaterGroup.RESIDENTS,
            S1,
            D1,
            ((0.0 + 75) + 100) / 2, // 87.5
            "q1=满意|q2=非常满意|q3=不了解|q4=(skipped)"),
        // the pairs sorted as text: "q10=甲" < "q1=丙" ('0' is 0x30, '=' 0x3D) < "q2=乙"
        new RaterScore("R2", "rating:R2", RaterGroup.STREET, null, D2, r2, "q10=甲|q1=丙|q2=乙"),
        new RaterScore("R3", "p1", RaterGroup.COMMITTEE, S1, D2, null, "q1=不了解|q2=(skipped)"),
        new RaterScore("R4", "p2", RaterGroup.UNITS, null, D1, null, ""),
        new RaterScore("R5", "p2", RaterGroup.RESIDENTS, S1, D2, 50.0, "q1=|q2=基本满意"));
  }

  @Test
  void handWorkedRatings() {
    SparkSession spark = SparkTestSession.get();
    List<RaterScore> scores =
        RatingReduction.collect(
            DatasetRows.dataset(spark, Datasets.DEPARTMENT_RATINGS, ratings()),
            DatasetRows.dataset(spark, Datasets.DEPARTMENT_ANSWERS, answers()),
            2026);

    assertThat(scores).containsExactlyElementsOf(expected());
    // the example tells the orders apart: added in descending order R2's mean is another double
    assertThat((((0.0 + 0.3) + 0.2) + 0.1) / 3).isNotEqualTo(scores.get(1).raterScore());
  }

  @Test
  void scoresDoNotDependOnThePartitioning() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> ratings = DatasetRows.dataset(spark, Datasets.DEPARTMENT_RATINGS, ratings());
    Dataset<Row> answers = DatasetRows.dataset(spark, Datasets.DEPARTMENT_ANSWERS, answers());
    for (int partitions : new int[] {1, 7}) {
      assertThat(
              RatingReduction.collect(
                  ratings.repartition(partitions), answers.repartition(partitions), 2026))
          .as(partitions + " partitions")
          .containsExactlyElementsOf(expected());
    }
  }
}
