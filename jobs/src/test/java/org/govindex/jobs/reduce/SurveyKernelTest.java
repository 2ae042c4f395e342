package org.govindex.jobs.reduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.govindex.jobs.reduce.SurveyFixture.A;
import static org.govindex.jobs.reduce.SurveyFixture.B;
import static org.govindex.jobs.reduce.SurveyFixture.SEED;
import static org.govindex.jobs.reduce.SurveyFixture.STREET;
import static org.govindex.jobs.reduce.SurveyFixture.T0;
import static org.govindex.jobs.reduce.SurveyFixture.atLevel;
import static org.govindex.jobs.reduce.SurveyFixture.dontKnow;
import static org.govindex.jobs.reduce.SurveyFixture.kernelRows;
import static org.govindex.jobs.reduce.SurveyFixture.rejected;
import static org.govindex.jobs.reduce.SurveyFixture.scored;
import static org.govindex.jobs.reduce.SurveyFixture.skipped;
import static org.govindex.jobs.reduce.SurveyFixture.valid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.govindex.indicators.quality.IpBursts;
import org.govindex.indicators.quality.QualityCounts;
import org.govindex.indicators.subjective.CommunitySurvey;
import org.govindex.indicators.subjective.ItemTally;
import org.govindex.indicators.subjective.SubjectiveInputException;
import org.govindex.indicators.survey.AnswerScale;
import org.junit.jupiter.api.Test;

/**
 * {@link SurveyKernel}, the per-street reduction that runs in the executors, called directly on
 * hand-made rows (no Spark): S, n_valid, the 满意率 and item tallies and the quality counts against
 * hand-worked numbers, the bootstrap replicates against an independent bootstrap, independence of
 * the row order, and the messages for answers the questionnaire does not allow.
 */
class SurveyKernelTest {

  private static final AnswerScale SCALE = AnswerScale.defaultScale();

  /**
   * Street 320100001, times as offsets from T0, bursts ≥ 3 responses of one IP within 10 min,
   * straight-liners ≥ 3 scored answers:
   *
   * <pre>
   * community A   id           ip   t     reason     c1 (w 1)  c2 (w 2)  s1
   *               a.csv#10     h1   0     -          100       75        50
   *               a.csv#9      h1   60    -          50        不了解     (skipped)
   *               a.csv#100    -    90    -          75        25        100
   *               a.csv#2      h1   120   speeder    (no answers)
   *               a.csv#3      h2   -     duplicate  (no answers)
   * community B   b.csv#1      h1   300   -          0         0         0
   *               b.csv#2      h3   0     no_scored_answer
   * </pre>
   *
   * A: m1 = (100 + 75 + 50) / 3 = 75, m2 = (75 + 25) / 2 = 50, S = (1·75 + 2·50) / 3 = 175/3; 5
   * scored community answers, 4 of them ≥ 50 (基本满意). Items: c1 225 / 3, c2 100 / 2 with one 不了解, s1
   * 150 / 2. Quality: 5 responses, 3 valid, 1 speeder, 1 duplicate; no straight-liner (#10 and #100
   * vary, #9 has 1 scored answer); h1 at 0, 60 and 120 is one burst of 3 (the duplicate has no
   * time, #100 no IP); 1 不了解 among 3 + 2 + 3 = 8 answers given (the skipped one is not).
   *
   * <p>B: S = 0, 1 valid, 2 scored, none satisfied; b.csv#1 is a straight-liner (3 scored, all 0);
   * h1 once and h3 once: largest burst 1, none in a burst.
   *
   * <p>The street pools them: h1 at 0, 60, 120 and 300 lie in one 10-minute window, a burst of 4
   * spanning both communities.
   */
  private static List<SurveyFixture.Response> street() {
    return List.of(
        valid(A, "a.csv#10", "h1", T0, scored("c1", 100), scored("c2", 75), scored("s1", 50)),
        valid(A, "a.csv#9", "h1", T0 + 60, scored("c1", 50), dontKnow("c2"), skipped("s1")),
        valid(A, "a.csv#100", null, T0 + 90, scored("c1", 75), scored("c2", 25), scored("s1", 100)),
        rejected(A, "a.csv#2", "h1", T0 + 120, "speeder"),
        rejected(A, "a.csv#3", "h2", null, "duplicate"),
        valid(B, "b.csv#1", "h1", T0 + 300, scored("c1", 0), scored("c2", 0), scored("s1", 0)),
        rejected(B, "b.csv#2", "h3", T0, "no_scored_answer"));
  }

  private static StreetSurvey reduce(List<Row> rows) {
    return new SurveyKernel(SurveyFixture.spec(SCALE, 20)).call(STREET, rows.iterator());
  }

  @Test
  void handWorkedStreet() {
    StreetSurvey s = reduce(kernelRows(street()));

    assertThat(s.streetCode()).isEqualTo(STREET);
    assertThat(s.communities())
        .extracting(
            CommunitySurvey::communityCode,
            CommunitySurvey::nValid,
            CommunitySurvey::scoredAnswers,
            CommunitySurvey::satisfiedAnswers)
        .containsExactly(tuple(A, 3L, 5L, 4L), tuple(B, 1L, 2L, 0L));
    assertThat(s.communities().get(0).score()).isCloseTo(175.0 / 3.0, within(1e-12));
    assertThat(s.communities().get(1).score()).isEqualTo(0.0);
    assertThat(s.communities().get(0).replicates()).hasSize(20);

    assertThat(s.items())
        .containsExactly(
            new ItemTally(A, "c1", 225, 3, 0),
            new ItemTally(A, "c2", 100, 2, 1),
            new ItemTally(A, "s1", 150, 2, 0),
            new ItemTally(B, "c1", 0, 1, 0),
            new ItemTally(B, "c2", 0, 1, 0),
            new ItemTally(B, "s1", 0, 1, 0));

    assertThat(s.communityQuality())
        .containsExactly(
            new QualityCounts(A, 5, 3, 1, 1, 0, new IpBursts.Result(3L, 3), 1, 8),
            new QualityCounts(B, 2, 1, 0, 0, 1, new IpBursts.Result(1L, 0), 0, 3));
    assertThat(s.streetQuality())
        .isEqualTo(new QualityCounts(STREET, 7, 4, 1, 1, 1, new IpBursts.Result(4L, 4), 1, 11));
  }

  /**
   * A community of 41 respondents with answers drawn at random (some 不了解, some skipped, one without
   * any community-item score), ids whose string order is not their numeric order: S and the 200
   * replicates equal those of the independent bootstrap over the respondents in content order (all
   * submitted at the same time without an IP, so ordered by their scores item by item, 不了解 and
   * skipped as no score, then by which items they did not know) with the community's seed.
   */
  @Test
  void replicatesEqualAnIndependentBootstrap() {
    Random random = new Random(11);
    double[] options = {100, 75, 50, 25, 0};
    List<SurveyFixture.Response> responses = new ArrayList<>();
    record Respondent(double[] x, double[] scores, boolean[] dontKnow) {}
    List<Respondent> matrix = new ArrayList<>();
    for (int i = 1; i <= 41; i++) {
      String id = "surveys/r.csv#" + i;
      List<SurveyFixture.Answer> answers = new ArrayList<>();
      double[] x = {Double.NaN, Double.NaN};
      boolean[] unknown = new boolean[3];
      for (int k = 0; k < 2; k++) {
        String item = "c" + (k + 1);
        int draw = i == 17 ? 6 : random.nextInt(7);
        if (draw < 5) {
          answers.add(scored(item, options[draw]));
          x[k] = options[draw];
        } else {
          answers.add(draw == 5 ? dontKnow(item) : skipped(item));
          unknown[k] = draw == 5;
        }
      }
      double street = options[random.nextInt(5)];
      answers.add(scored("s1", street));
      responses.add(valid(A, id, null, T0, answers.toArray(SurveyFixture.Answer[]::new)));
      matrix.add(new Respondent(x, new double[] {x[0], x[1], street}, unknown));
    }
    // the content order: scores c1, c2, s1 (Double.compare: a missing score, NaN, after all),
    // then the items not known; equal respondents are interchangeable
    matrix.sort(
        (a, b) -> {
          int byScores = Arrays.compare(a.scores(), b.scores());
          return byScores != 0 ? byScores : Arrays.compare(a.dontKnow(), b.dontKnow());
        });
    List<Row> rows = kernelRows(responses);
    Collections.shuffle(rows, new Random(3));
    CommunitySurvey survey =
        new SurveyKernel(SurveyFixture.spec(SCALE, 200))
            .call(STREET, rows.iterator())
            .communities()
            .get(0);

    List<double[]> respondents = matrix.stream().map(Respondent::x).toList();
    double[] weights = {1, 2};
    assertThat(survey.nValid()).isEqualTo(41);
    assertThat(survey.score())
        .isCloseTo(IndependentBootstrap.score(respondents, weights), within(1e-12));
    double[] expected = IndependentBootstrap.replicates(respondents, weights, 200, SEED, A);
    assertThat(survey.replicates()).containsExactly(expected, within(1e-12));
    // the replicates vary, so the comparison is not trivially of constants
    assertThat(Set.copyOf(Arrays.stream(expected).boxed().toList())).hasSizeGreaterThan(20);
  }

  /**
   * Spark hands over the rows of a group in no particular order, so the reduction must not depend
   * on it: with option scores that are not integers float sums depend on the order of the additions
   * (0.1 + 0.2 + 0.3 = 0.6000000000000001, 0.3 + 0.2 + 0.1 = 0.6), yet every order of the rows must
   * give the same result, bit for bit. The street of {@link #handWorkedStreet} on a scale of
   * tenths.
   */
  @Test
  void resultDoesNotDependOnTheOrderOfTheRows() {
    AnswerScale tenths = new AnswerScale(Map.of("满意", 0.3, "基本满意", 0.2, "不满意", 0.1), Set.of("不了解"));
    List<Row> rows =
        kernelRows(
            List.of(
                valid(
                    A,
                    "a.csv#10",
                    "h1",
                    T0,
                    scored("c1", 0.1),
                    scored("c2", 0.2),
                    scored("s1", 0.3)),
                valid(
                    A, "a.csv#9", "h1", T0 + 60, scored("c1", 0.2), dontKnow("c2"), skipped("s1")),
                valid(
                    A,
                    "a.csv#100",
                    null,
                    T0 + 90,
                    scored("c1", 0.3),
                    scored("c2", 0.1),
                    scored("s1", 0.1)),
                valid(
                    A,
                    "a.csv#20",
                    "h4",
                    T0,
                    scored("c1", 0.1),
                    scored("c2", 0.3),
                    scored("s1", 0.2)),
                rejected(A, "a.csv#2", "h1", T0 + 120, "speeder"),
                rejected(A, "a.csv#3", "h2", null, "duplicate"),
                valid(
                    B,
                    "b.csv#1",
                    "h1",
                    T0 + 300,
                    scored("c1", 0.3),
                    scored("c2", 0.3),
                    scored("s1", 0.3)),
                valid(B, "b.csv#20", null, null, scored("c1", 0.2), scored("c2", 0.1)),
                rejected(B, "b.csv#2", "h3", T0, "no_scored_answer")));
    SurveyKernel kernel = new SurveyKernel(SurveyFixture.spec(tenths, 30));
    StreetSurvey first = kernel.call(STREET, rows.iterator());
    for (List<Row> order : SurveyFixture.orders(rows)) {
      assertThat(kernel.call(STREET, order.iterator())).usingRecursiveComparison().isEqualTo(first);
    }
    // A's c1 scores added in content order (submit time, then IP): #10 and #20 (T0; h1 < h4), #9,
    // #100
    assertThat(first.items().get(0))
        .isEqualTo(new ItemTally(A, "c1", ((0.1 + 0.1) + 0.2) + 0.3, 4, 0));
  }

  @Test
  void anItemOutsideTheQuestionnaireIsRefusedByName() {
    List<Row> rows =
        kernelRows(
            List.of(
                valid(A, "a.csv#1", null, T0, scored("c1", 100), atLevel("c9", "community", 75))));
    assertThatThrownBy(() -> reduce(rows))
        .isInstanceOf(SubjectiveInputException.class)
        .hasMessage(
            "resident_answers: response a.csv#1 answers item c9 of level community, which the"
                + " questionnaire does not have");
  }

  @Test
  void anItemAtAnotherLevelIsRefusedByName() {
    List<Row> rows =
        kernelRows(List.of(valid(A, "a.csv#1", null, T0, atLevel("s1", "community", 75))));
    assertThatThrownBy(() -> reduce(rows))
        .isInstanceOf(SubjectiveInputException.class)
        .hasMessage(
            "resident_answers: response a.csv#1 answers item s1 of level community, which the"
                + " questionnaire has at level street");
  }

  @Test
  void aChineseUserReadsTheRefusalsInChinese() {
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.CHINA);
    try {
      List<Row> outside =
          kernelRows(
              List.of(
                  valid(
                      A, "a.csv#1", null, T0, scored("c1", 100), atLevel("c9", "community", 75))));
      assertThatThrownBy(() -> reduce(outside))
          .hasMessage("resident_answers：答卷 a.csv#1 回答了层级为 community 的题目 c9，问卷中没有这道题");
      List<Row> twice =
          kernelRows(List.of(valid(A, "a.csv#1", null, T0, scored("c1", 100), scored("c1", 50))));
      assertThatThrownBy(() -> reduce(twice)).hasMessage("resident_answers：答卷 a.csv#1 对 c1 作答了两次");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void aCommunityItemScoredTwiceIsRefused() {
    List<Row> rows =
        kernelRows(List.of(valid(A, "a.csv#1", null, T0, scored("c1", 100), scored("c1", 50))));
    assertThatThrownBy(() -> reduce(rows))
        .isInstanceOf(SubjectiveInputException.class)
        .hasMessage("resident_answers: response a.csv#1 answers c1 twice");
  }

  /**
   * Any item answered twice would be counted twice in its tally (satisfaction_items, 不了解 share,
   * straight-lining), not only a community item scored twice.
   */
  @Test
  void anyItemAnsweredTwiceIsRefused() {
    for (List<SurveyFixture.Answer> twice :
        List.of(
            List.of(scored("s1", 100), scored("s1", 100)),
            List.of(scored("c1", 100), dontKnow("c1")),
            List.of(dontKnow("c2"), dontKnow("c2")),
            List.of(skipped("s1"), scored("s1", 50)))) {
      List<SurveyFixture.Answer> answers = new ArrayList<>(twice);
      answers.add(0, scored("c2", 75));
      List<Row> rows =
          kernelRows(
              List.of(valid(A, "a.csv#1", null, T0, answers.toArray(SurveyFixture.Answer[]::new))));
      assertThatThrownBy(() -> reduce(rows))
          .as(twice.toString())
          .isInstanceOf(SubjectiveInputException.class)
          .hasMessage(
              "resident_answers: response a.csv#1 answers " + twice.get(0).item() + " twice");
    }
  }
}
