package org.govindex.jobs.reduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.govindex.jobs.reduce.SurveyFixture.A;
import static org.govindex.jobs.reduce.SurveyFixture.B;
import static org.govindex.jobs.reduce.SurveyFixture.C;
import static org.govindex.jobs.reduce.SurveyFixture.OTHER_STREET;
import static org.govindex.jobs.reduce.SurveyFixture.STREET;
import static org.govindex.jobs.reduce.SurveyFixture.T0;
import static org.govindex.jobs.reduce.SurveyFixture.atLevel;
import static org.govindex.jobs.reduce.SurveyFixture.dontKnow;
import static org.govindex.jobs.reduce.SurveyFixture.rejected;
import static org.govindex.jobs.reduce.SurveyFixture.scored;
import static org.govindex.jobs.reduce.SurveyFixture.skipped;
import static org.govindex.jobs.reduce.SurveyFixture.valid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.indicators.quality.QualityCounts;
import org.govindex.indicators.subjective.CommunitySurvey;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.jobs.bench.NightlyBenchmark;
import org.govindex.jobs.bench.PeerAggregations;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SurveyReduction} in Spark on hand-made {@code resident_response_meta} and {@code
 * resident_answers}: which responses count, one result per street equal to the kernel's on the
 * joined rows, independence of the partitioning, and a refused answer stopping the run with its
 * message.
 */
class SurveyReductionTest {

  /** Option scores that are not integers, so that the order of float additions shows. */
  private static final AnswerScale TENTHS =
      new AnswerScale(Map.of("满意", 0.3, "基本满意", 0.2, "不满意", 0.1), Set.of("不了解"));

  private static final double[] OPTIONS = {0.1, 0.2, 0.3};

  private static final SurveyKernelSpec SPEC = SurveyFixture.spec(TENTHS, 25);

  /**
   * 25 responses in each of A, B (street 320100001) and C (320100002) with random answers, some
   * from shared IPs close in time, and in A rejected rows of every kind: speeder, duplicate,
   * no_scored_answer and bad_value count as responses of the unit; bad_date and missing_value
   * (malformed metadata) do not.
   */
  private static List<SurveyFixture.Response> responses() {
    Random random = new Random(42);
    List<SurveyFixture.Response> out = new ArrayList<>();
    for (String community : List.of(A, B, C)) {
      for (int i = 1; i <= 25; i++) {
        List<SurveyFixture.Answer> answers = new ArrayList<>();
        for (String item : List.of("c1", "c2", "s1")) {
          int draw = random.nextInt(5);
          answers.add(
              draw < 3 ? scored(item, OPTIONS[draw]) : draw == 3 ? dontKnow(item) : skipped(item));
        }
        out.add(
            valid(
                community,
                "surveys/" + community + ".csv#" + i,
                "ip" + random.nextInt(4),
                T0 + 60L * random.nextInt(30),
                answers.toArray(SurveyFixture.Answer[]::new)));
      }
    }
    List<String> reasons =
        List.of(
            "speeder", "duplicate", "no_scored_answer", "bad_value", "bad_date", "missing_value");
    for (int i = 0; i < reasons.size(); i++) {
      out.add(rejected(A, "surveys/rejected.csv#" + (i + 1), "ip1", T0 + 30, reasons.get(i)));
    }
    return out;
  }

  /**
   * The reduction with the responses shuffled and with them broadcast, which must give the same
   * results to the last bit (compared by their serialised bytes).
   */
  private static List<StreetSurvey> reduce(Dataset<Row> meta, Dataset<Row> answers) {
    List<StreetSurvey> shuffled = reduce(meta, answers, false);
    List<StreetSurvey> broadcast = reduce(meta, answers, true);
    assertThat(serialised(broadcast)).isEqualTo(serialised(shuffled));
    return shuffled;
  }

  private static List<StreetSurvey> reduce(
      Dataset<Row> meta, Dataset<Row> answers, boolean broadcast) {
    List<StreetSurvey> out =
        new ArrayList<>(SurveyReduction.reduce(meta, answers, SPEC, broadcast).collectAsList());
    out.sort(Comparator.comparing(StreetSurvey::streetCode));
    return out;
  }

  private static byte[] serialised(List<StreetSurvey> surveys) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(surveys));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Test
  void eachStreetIsTheKernelOverItsCountedResponsesJoinedToTheirAnswers() {
    SparkSession spark = SparkTestSession.get();
    List<SurveyFixture.Response> responses = responses();
    List<StreetSurvey> reduced =
        reduce(SurveyFixture.meta(spark, responses), SurveyFixture.answers(spark, responses));

    assertThat(reduced).extracting(StreetSurvey::streetCode).containsExactly(STREET, OTHER_STREET);
    for (StreetSurvey street : reduced) {
      List<SurveyFixture.Response> counted =
          responses.stream()
              .filter(r -> r.street().equals(street.streetCode()))
              .filter(
                  r -> r.reason() == null || SurveyReduction.COUNTED_REASONS.contains(r.reason()))
              .toList();
      StreetSurvey expected =
          new SurveyKernel(SPEC)
              .call(street.streetCode(), SurveyFixture.kernelRows(counted).iterator());
      assertThat(street).as(street.streetCode()).usingRecursiveComparison().isEqualTo(expected);
    }
    // A: 25 valid and the four rejected rows that count; bad_date and missing_value are left out
    QualityCounts a = reduced.get(0).communityQuality().get(0);
    assertThat(a.unitCode()).isEqualTo(A);
    assertThat(a.nResponses()).isEqualTo(25 + 4);
    assertThat(a.nValid()).isEqualTo(25);
    assertThat(a.nSpeeders()).isEqualTo(1);
    assertThat(a.nDuplicatePhones()).isEqualTo(1);
    assertThat(reduced.get(0).streetQuality().nResponses()).isEqualTo(25 + 4 + 25);
    assertThat(reduced.get(1).communities()).hasSize(1);
  }

  @Test
  void theBenchmarksDuckDbPeerGivesTheKernelsItemTallies(@TempDir Path dir) {
    SparkSession spark = SparkTestSession.get();
    List<SurveyFixture.Response> responses = responses();
    Dataset<Row> meta = SurveyFixture.meta(spark, responses);
    Dataset<Row> answers = SurveyFixture.answers(spark, responses);
    meta.write().parquet(dir.resolve(Datasets.RESIDENT_RESPONSE_META.name()).toString());
    answers.write().parquet(dir.resolve(Datasets.RESIDENT_ANSWERS.name()).toString());

    Map<String, double[]> peer = new PeerAggregations(dir).surveyItems(SPEC.period());

    Map<String, double[]> kernel = NightlyBenchmark.itemsByKey(reduce(meta, answers));
    assertThat(kernel).hasSize(3 * 3);
    assertThat(peer.keySet()).containsExactlyElementsOf(kernel.keySet());
    kernel.forEach(
        (key, tally) -> assertThat(peer.get(key)).as(key).containsExactly(tally, within(1e-12)));
  }

  @Test
  void resultsDoNotDependOnThePartitioningOfTheInput() {
    SparkSession spark = SparkTestSession.get();
    List<SurveyFixture.Response> responses = responses();
    Dataset<Row> meta = SurveyFixture.meta(spark, responses);
    Dataset<Row> answers = SurveyFixture.answers(spark, responses);
    List<StreetSurvey> reference = reduce(meta, answers);
    for (int partitions : new int[] {1, 7}) {
      assertThat(reduce(meta.repartition(partitions), answers.repartition(partitions)))
          .as(partitions + " partitions")
          .usingRecursiveComparison()
          .isEqualTo(reference);
    }
  }

  @Test
  void aRefusedAnswerStopsTheReductionWithItsMessage() {
    SparkSession spark = SparkTestSession.get();
    List<SurveyFixture.Response> responses =
        List.of(
            valid(A, "surveys/a.csv#1", null, T0, scored("c1", 0.3)),
            valid(A, "surveys/a.csv#2", null, T0, scored("c1", 0.2), atLevel("c2", "street", 0.1)));
    Dataset<Row> meta = SurveyFixture.meta(spark, responses);
    Dataset<Row> answers = SurveyFixture.answers(spark, responses);
    assertThatThrownBy(() -> reduce(meta, answers))
        .hasStackTraceContaining(
            "resident_answers: response surveys/a.csv#2 answers item c2 of level street, which the"
                + " questionnaire has at level community");
  }

  @Test
  void anAnswerOfAResponseThatDoesNotCountIsNotChecked() {
    // given a response of the year before whose answer the questionnaire does not allow
    SparkSession spark = SparkTestSession.get();
    long yearBefore = T0 - 366L * 24 * 3600;
    List<SurveyFixture.Response> responses =
        List.of(
            valid(A, "surveys/a.csv#1", null, T0, scored("c1", 0.3)),
            valid(A, "surveys/a.csv#2", null, yearBefore, atLevel("c9", "community", 0.1)));

    // when the period's responses are reduced
    List<StreetSurvey> reduced =
        reduce(SurveyFixture.meta(spark, responses), SurveyFixture.answers(spark, responses));

    // then only the period's response is there, and nothing was refused
    assertThat(reduced.get(0).communities())
        .extracting(CommunitySurvey::communityCode, CommunitySurvey::nValid)
        .containsExactly(tuple(A, 1L));
  }
}
