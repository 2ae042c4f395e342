package org.govindex.jobs.reduce;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.subjective.SubjectiveSettings;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;
import org.govindex.jobs.io.SparkSchemas;

/**
 * Resident responses written out by hand for the survey kernel and reduction tests: a questionnaire
 * of two community items {@code c1} (weight 1) and {@code c2} (weight 2) and one street item {@code
 * s1}, and responses with their answers, as kernel input rows or as the {@code
 * resident_response_meta} and {@code resident_answers} datasets.
 */
final class SurveyFixture {

  static final String STREET = "320100001";
  static final String OTHER_STREET = "320100002";
  static final String A = "320100001001";
  static final String B = "320100001002";
  static final String C = "320100002001";

  /** 2026-03-01 08:00 Asia/Shanghai in epoch seconds. */
  static final long T0 = Instant.parse("2026-03-01T00:00:00Z").getEpochSecond();

  static final long SEED = 20260101L;

  private static final Map<String, ItemLevel> LEVELS =
      Map.of("c1", ItemLevel.COMMUNITY, "c2", ItemLevel.COMMUNITY, "s1", ItemLevel.STREET);

  private SurveyFixture() {}

  /** One answer row of {@code resident_answers}; score null unless scored. */
  record Answer(
      String item, String level, String answer, Double score, boolean dontKnow, boolean skipped) {}

  /** One response of {@code resident_response_meta} (reason null: valid) with its answers. */
  record Response(
      String street,
      String community,
      String id,
      String ip,
      Long time,
      String reason,
      List<Answer> answers) {}

  static Questionnaire questionnaire(AnswerScale scale) {
    return new Questionnaire(
        List.of(
            new QuestionnaireItem("c1", ItemLevel.COMMUNITY, "安全", 1.0, "社区治安", "社区治安"),
            new QuestionnaireItem("c2", ItemLevel.COMMUNITY, "服务", 2.0, "社区服务", "社区服务"),
            new QuestionnaireItem("s1", ItemLevel.STREET, "总体", 1.0, "街道工作", "街道工作")),
        scale);
  }

  /**
   * The kernel settings: {@code resamples} bootstrap draws with {@link #SEED}; bursts of at least 3
   * responses of one IP within 10 minutes; straight-liners need 3 scored answers.
   */
  static SurveyKernelSpec spec(AnswerScale scale, int resamples) {
    return SurveyKernelSpec.of(
        questionnaire(scale),
        SubjectiveSettings.defaults("2026").withSeed(SEED).withResamples(resamples),
        new SurveyQualitySettings("2026", 10, 3, 3, 0.2, 0.1, 0.3, 0.2, 0.4));
  }

  static Answer scored(String item, double score) {
    return new Answer(item, LEVELS.get(item).code(), option(score), score, false, false);
  }

  static Answer dontKnow(String item) {
    return new Answer(item, LEVELS.get(item).code(), "不了解", null, true, false);
  }

  static Answer skipped(String item) {
    return new Answer(item, LEVELS.get(item).code(), null, null, false, true);
  }

  /** An answer given at another level than the item's. */
  static Answer atLevel(String item, String level, double score) {
    return new Answer(item, level, option(score), score, false, false);
  }

  static Response valid(String community, String id, String ip, Long time, Answer... answers) {
    return new Response(street(community), community, id, ip, time, null, List.of(answers));
  }

  /** A rejected response: ingestion writes no answers for it. */
  static Response rejected(String community, String id, String ip, Long time, String reason) {
    return new Response(street(community), community, id, ip, time, reason, List.of());
  }

  /**
   * The kernel's input rows, as SurveyReduction yields them: every response's row without answers,
   * with its attributes, then each answer packed alone ({@link AnswerPacking}, one row per answer,
   * so that the rows of a response can be put in any order) with only the response's street and id.
   * The item's column is looked up here as the reduction's column expression does: the position in
   * the spec's item columns when the questionnaire has the item at that level.
   */
  static List<Row> kernelRows(List<Response> responses) {
    Map<String, String> levels = new java.util.HashMap<>();
    LEVELS.forEach((item, level) -> levels.put(item, level.code()));
    List<String> columns = List.copyOf(new java.util.TreeSet<>(levels.keySet()));
    List<Row> rows = new ArrayList<>();
    for (Response r : responses) {
      rows.add(
          RowFactory.create(r.street(), r.community(), r.id(), r.ip(), r.time(), r.reason(), null));
      for (Answer a : r.answers()) {
        boolean allowed = a.level().equals(levels.get(a.item()));
        Row indexed =
            RowFactory.create(
                r.id(),
                allowed ? columns.indexOf(a.item()) : null,
                a.score(),
                a.dontKnow(),
                a.skipped(),
                allowed ? null : a.item(),
                allowed ? null : a.level());
        Row packed = new AnswerPacking().call(List.of(indexed).iterator()).next();
        rows.add(RowFactory.create(r.street(), null, r.id(), null, null, null, packed.get(1)));
      }
    }
    return rows;
  }

  static Dataset<Row> meta(SparkSession spark, List<Response> responses) {
    List<Row> rows = new ArrayList<>();
    for (Response r : responses) {
      String file = r.id().substring(0, r.id().indexOf('#'));
      long rowNumber = Long.parseLong(r.id().substring(r.id().indexOf('#') + 1));
      rows.add(
          RowFactory.create(
              r.id(),
              file,
              rowNumber,
              r.time() == null ? null : Timestamp.from(Instant.ofEpochSecond(r.time())),
              120,
              r.ip(),
              "江苏-南京",
              r.community(),
              r.street(),
              r.reason()));
    }
    return spark.createDataFrame(rows, SparkSchemas.of(Datasets.RESIDENT_RESPONSE_META));
  }

  static Dataset<Row> answers(SparkSession spark, List<Response> responses) {
    List<Row> rows = new ArrayList<>();
    for (Response r : responses) {
      for (Answer a : r.answers()) {
        rows.add(
            RowFactory.create(
                r.id(), a.item(), a.level(), a.answer(), a.score(), a.dontKnow(), a.skipped()));
      }
    }
    return spark.createDataFrame(rows, SparkSchemas.of(Datasets.RESIDENT_ANSWERS));
  }

  private static String street(String community) {
    return community.substring(0, 9);
  }

  private static String option(double score) {
    return AnswerScale.defaultScale().scores().entrySet().stream()
        .filter(e -> e.getValue() == score)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(Double.toString(score));
  }

  /** Copies of the list in several orders: as given, reversed, and shuffled with fixed seeds. */
  static List<List<Row>> orders(List<Row> rows) {
    List<List<Row>> out = new ArrayList<>();
    out.add(rows);
    List<Row> reversed = new ArrayList<>(rows);
    Collections.reverse(reversed);
    out.add(reversed);
    for (long seed : new long[] {1, 2, 3}) {
      List<Row> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, new Random(seed));
      out.add(shuffled);
    }
    return out;
  }
}
