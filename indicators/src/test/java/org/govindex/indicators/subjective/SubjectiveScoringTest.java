package org.govindex.indicators.subjective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed case. Items: safety (community, weight 2), env (community, 1), service (community,
 * 1), street (street, 1). Answer scores 非常满意 100, 满意 75, 基本满意 50, 不满意 25, 非常不满意 0.
 *
 * <pre>
 * street S1 (320100001): C1 pop 1000, C2 pop 3000, C3 pop 5000 (no response)
 * street S2 (320100002): C4 pop 2000, C5 pop 1000, C6 pop 500
 * street S3 (320100003): no community
 *      safety  env    service street
 * r1 C1 100     75     不了解   75
 * r2 C1 75      25     不了解   50
 * r3 C1 50      skip   不了解   不了解
 * r4 C2 25      0      75      100
 * r5 C2 100     50     不了解   25
 * r6 C4 50      25     75      75
 * r7 C4 75      25     skip    50
 * r8 C5 25      0      0       0
 * r9 C6 不了解   不了解  skip    75
 * </pre>
 *
 * C1: items 75, 50, none -> S = (2·75 + 50)/3 = 200/3; 满意率 4/5. C2: 62.5, 25, 75 -> S = (125 + 25 +
 * 75)/4 = 56.25; 满意率 3/5. C4: the same item means -> 56.25; 满意率 3/5. C5: 25, 0, 0 -> 12.5; 满意率 0/3.
 * C6: no scored community answer -> S null. S1 = (1000·200/3 + 3000·56.25) /4000 = 706250/12000; n
 * 5; 满意率 7/10. S2 = (2000·56.25 + 1000·12.5)/3000 = 125/3 (C6 has no S); n 4; 满意率 3/8. Minimum
 * samples 2 (community) and 5 (street).
 *
 * <p>The rows are reduced by {@link SurveyFixture} to what the survey kernel hands over. Rank and
 * grade are no longer part of the subjective scores (the appraisal ranks by T, see the appraisal
 * tests), so the flag {@code ranked_by_subjective} of the Spark slice is gone.
 */
class SubjectiveScoringTest {

  private static final String C1 = "320100001001";
  private static final String C2 = "320100001002";
  private static final String C3 = "320100001003";
  private static final String C4 = "320100002001";
  private static final String C5 = "320100002002";
  private static final String C6 = "320100002003";
  private static final String S1 = "320100001";
  private static final String S2 = "320100002";
  private static final String S3 = "320100003";
  private static final double NA = Double.NaN;
  private static final double[] WEIGHTS = {2, 1, 1};
  private static final long SEED = 2026L;
  private static final int RESAMPLES = 1000;

  private static Questionnaire questionnaire;
  private static SurveyFixture fixture;
  private static SubjectiveSettings settings;
  private static SubjectiveScoring.Result result;
  private static Map<String, UnitSubjective> appraisal;
  private static Map<String, Table.Row> items;

  @BeforeAll
  static void compute() {
    questionnaire =
        new Questionnaire(
            List.of(
                new QuestionnaireItem("safety", ItemLevel.COMMUNITY, "d", 2, "治安", "治安"),
                new QuestionnaireItem("env", ItemLevel.COMMUNITY, "d", 1, "环境", "环境"),
                new QuestionnaireItem("service", ItemLevel.COMMUNITY, "d", 1, "服务", "服务"),
                new QuestionnaireItem("street", ItemLevel.STREET, "d", 1, "街道", "街道")),
            AnswerScale.defaultScale());
    fixture =
        new SurveyFixture(questionnaire)
            .district("320100", "中区", true)
            .street(S1, "甲街道", "320100")
            .street(S2, "乙街道", "320100")
            .street(S3, "丙街道", "320100")
            .community(C1, "一社区", S1, 1000)
            .community(C2, "二社区", S1, 3000)
            .community(C3, "三社区", S1, 5000)
            .community(C4, "四社区", S2, 2000)
            .community(C5, "五社区", S2, 1000)
            .community(C6, "六社区", S2, 500)
            .response("r1", C1, "非常满意", "满意", "不了解", "满意")
            .response("r2", C1, "满意", "不满意", "不了解", "基本满意")
            .response("r3", C1, "基本满意", "", "不了解", "不了解")
            .response("r4", C2, "不满意", "非常不满意", "满意", "非常满意")
            .response("r5", C2, "非常满意", "基本满意", "不了解", "不满意")
            .response("r6", C4, "基本满意", "不满意", "满意", "满意")
            .response("r7", C4, "满意", "不满意", "", "基本满意")
            .response("r8", C5, "不满意", "非常不满意", "非常不满意", "非常不满意")
            .response("r9", C6, "不了解", "不了解", "", "满意");
    settings = new SubjectiveSettings("2026", 2, 5, RESAMPLES, SEED, 0.7, 0.5);
    result =
        SubjectiveScoring.compute(
            fixture.registry(),
            questionnaire,
            fixture.surveys(RESAMPLES, SEED),
            fixture.items(),
            settings);
    appraisal = byUnit(result.units());
    items = byItem(result.satisfactionItems());
  }

  @Test
  void tablesHaveTheColumnsAndRowOrderOfTheOutputContract() {
    assertThat(result.satisfactionItems().spec()).isEqualTo(Results.SATISFACTION_ITEMS);
    // satisfaction_items by level (community first), unit_code, item_code
    List<String> keys = new ArrayList<>();
    for (Table.Row row : result.satisfactionItems().rows()) {
      keys.add(row.string("level") + "|" + row.string("unit_code") + "|" + row.string("item_code"));
    }
    List<String> sorted = new ArrayList<>(keys);
    Collections.sort(sorted);
    assertThat(keys).isEqualTo(sorted);
    // every registered community, then every registered street, each by code
    assertThat(result.communities().stream().map(UnitSubjective::unitCode))
        .containsExactly(C1, C2, C3, C4, C5, C6);
    assertThat(result.streets().stream().map(UnitSubjective::unitCode)).containsExactly(S1, S2, S3);
    assertThat(result.communities()).allMatch(u -> u.level() == UnitLevel.COMMUNITY);
    assertThat(result.streets()).allMatch(u -> u.level() == UnitLevel.STREET);
  }

  @Test
  void itemScoresAreMeansOfScoredAnswersWithCounts() {
    assertItem("community|" + C1 + "|safety", 75.0, 3, 0);
    assertItem("community|" + C1 + "|env", 50.0, 2, 0);
    assertItem("community|" + C1 + "|service", null, 0, 3);
    assertItem("community|" + C2 + "|safety", 62.5, 2, 0);
    assertItem("community|" + C2 + "|env", 25.0, 2, 0);
    assertItem("community|" + C2 + "|service", 75.0, 1, 1);
    assertItem("community|" + C4 + "|service", 75.0, 1, 0);
    assertItem("community|" + C5 + "|safety", 25.0, 1, 0);
    assertItem("community|" + C6 + "|safety", null, 0, 1);
    assertItem("community|" + C6 + "|service", null, 0, 0);
    assertItem("street|" + S1 + "|street", 62.5, 4, 1);
    assertItem("street|" + S2 + "|street", 50.0, 4, 0);
    // C3 has no response: 5 communities x 3 community items + 2 streets x 1 street item.
    assertThat(items).hasSize(5 * 3 + 2);
    assertThat(items.values())
        .allSatisfy(row -> assertThat(row.string("period")).isEqualTo("2026"));
  }

  @Test
  void everyItemRowCarriesTheMeanOfTheItemOverTheUnitsOfItsLevelThatHaveAScore() {
    // By hand from the answers above: safety C1 75, C2 62.5, C4 (50 + 75) / 2, C5 25 (C6 only
    // 不了解); env C1 50, C2 25, C4 25, C5 0 (C6 only 不了解); street items S1 62.5, S2 50.
    double safety = (75.0 + 62.5 + 62.5 + 25.0) / 4;
    double env = (50.0 + 25.0 + 25.0 + 0.0) / 4;
    for (String unit : List.of(C1, C2, C4, C5, C6)) {
      assertThat(items.get("community|" + unit + "|safety").number("level_mean"))
          .isCloseTo(safety, within(1e-12));
      assertThat(items.get("community|" + unit + "|env").number("level_mean"))
          .isCloseTo(env, within(1e-12));
    }
    assertThat(items.get("street|" + S2 + "|street").number("level_mean"))
        .isCloseTo((62.5 + 50.0) / 2, within(1e-12));
  }

  @Test
  void communityScoresRenormaliseWeightsAndPoolTheSatisfactionRate() {
    assertUnit("community|" + C1, 200.0 / 3.0, 3, 0.8, false, "");
    assertUnit("community|" + C2, 56.25, 2, 0.6, false, "");
    assertUnit("community|" + C4, 56.25, 2, 0.6, false, "");
    assertUnit("community|" + C5, 12.5, 1, 0.0, true, "insufficient_sample");
    assertUnit("community|" + C3, null, 0, null, true, "no_survey;insufficient_sample");
    assertUnit("community|" + C6, null, 1, null, true, "insufficient_sample;no_subjective_score");
    assertThat(appraisal.get("community|" + C1).unitName()).isEqualTo("一社区");
    assertThat(appraisal.get("community|" + C3).replicates()).isNull();
    assertThat(appraisal.get("community|" + C6).replicates()).isNull();
  }

  @Test
  void streetScoresArePopulationWeightedOverCommunitiesWithAScore() {
    assertUnit("street|" + S1, 706250.0 / 12000.0, 5, 0.7, false, "");
    assertUnit("street|" + S2, 125.0 / 3.0, 4, 0.375, true, "insufficient_sample");
    assertUnit("street|" + S3, null, 0, null, true, "no_survey;insufficient_sample");
    assertThat(appraisal.get("street|" + S1).unitName()).isEqualTo("甲街道");
    assertThat(appraisal.get("street|" + S3).replicates()).isNull();
    assertThat(appraisal).hasSize(6 + 3);
  }

  @Test
  void communityIntervalsEqualAnIndependentBootstrap() {
    double[][] c1 = {{100, 75, NA}, {75, 25, NA}, {50, NA, NA}};
    double[][] c2 = {{25, 0, 75}, {100, 50, NA}};
    double[][] c5 = {{25, 0, 0}};
    assertInterval(
        "community|" + C1, IndependentBootstrap.replicates(c1, WEIGHTS, RESAMPLES, SEED, C1));
    assertInterval(
        "community|" + C2, IndependentBootstrap.replicates(c2, WEIGHTS, RESAMPLES, SEED, C2));
    assertInterval(
        "community|" + C5, IndependentBootstrap.replicates(c5, WEIGHTS, RESAMPLES, SEED, C5));
    UnitSubjective c5Row = appraisal.get("community|" + C5);
    assertThat(c5Row.ciLow()).isCloseTo(12.5, within(1e-12));
    assertThat(c5Row.ciHigh()).isCloseTo(12.5, within(1e-12));
    assertThat(appraisal.get("community|" + C3).ciLow()).isNull();
    assertThat(appraisal.get("community|" + C6).ciHigh()).isNull();
  }

  @Test
  void streetIntervalsCombineTheCommunityReplicatesWithPopulationWeights() {
    double[] c1 =
        IndependentBootstrap.replicates(
            new double[][] {{100, 75, NA}, {75, 25, NA}, {50, NA, NA}},
            WEIGHTS,
            RESAMPLES,
            SEED,
            C1);
    double[] c2 =
        IndependentBootstrap.replicates(
            new double[][] {{25, 0, 75}, {100, 50, NA}}, WEIGHTS, RESAMPLES, SEED, C2);
    double[] c4 =
        IndependentBootstrap.replicates(
            new double[][] {{50, 25, 75}, {75, 25, NA}}, WEIGHTS, RESAMPLES, SEED, C4);
    double[] c5 =
        IndependentBootstrap.replicates(new double[][] {{25, 0, 0}}, WEIGHTS, RESAMPLES, SEED, C5);
    double[] s1 = combine(new double[][] {c1, c2}, new double[] {1000, 3000});
    double[] s2 = combine(new double[][] {c4, c5}, new double[] {2000, 1000});
    assertInterval("street|" + S1, s1);
    assertInterval("street|" + S2, s2);
    // the street's replicates, kept for the rank interval, are these very combinations
    assertThat(appraisal.get("street|" + S1).replicates()).containsExactly(s1, within(1e-9));
    assertThat(appraisal.get("street|" + S2).replicates()).containsExactly(s2, within(1e-9));
  }

  @Test
  void intervalsContainTheScore() {
    for (String key :
        List.of(
            "community|" + C1,
            "community|" + C2,
            "community|" + C4,
            "street|" + S1,
            "street|" + S2)) {
      UnitSubjective row = appraisal.get(key);
      double score = row.score();
      assertThat(row.ciLow()).as(key).isLessThanOrEqualTo(score);
      assertThat(row.ciHigh()).as(key).isGreaterThanOrEqualTo(score);
      assertThat(row.ciHigh()).as(key).isGreaterThan(row.ciLow());
    }
  }

  @Test
  void resultsDoNotDependOnTheOrderOfTheTallies() {
    List<CommunitySurvey> surveys = new ArrayList<>(fixture.surveys(RESAMPLES, SEED));
    List<ItemTally> tallies = new ArrayList<>(fixture.items());
    Collections.reverse(surveys);
    Collections.shuffle(tallies, new java.util.Random(3));
    SubjectiveScoring.Result again =
        SubjectiveScoring.compute(fixture.registry(), questionnaire, surveys, tallies, settings);
    assertThat(describe(again.units())).isEqualTo(describe(result.units()));
    assertThat(byItem(again.satisfactionItems()).keySet()).isEqualTo(items.keySet());
    byItem(again.satisfactionItems())
        .forEach(
            (key, row) -> {
              assertThat(row.number("score")).as(key).isEqualTo(items.get(key).number("score"));
              assertThat(row.longValue("n_scored")).isEqualTo(items.get(key).longValue("n_scored"));
            });
  }

  @Test
  void replicatesFollowTheSeedingSchemeExactly() {
    double[][] c1 = {{100, 75, NA}, {75, 25, NA}, {50, NA, NA}};
    assertThat(Arrays.deepEquals(fixture.matrix(C1), c1)).isTrue(); // NaN equals NaN here
    for (long seed : new long[] {SEED, SEED + 1}) {
      SubjectiveScoring.Result seeded =
          SubjectiveScoring.compute(
              fixture.registry(),
              questionnaire,
              fixture.surveys(RESAMPLES, seed),
              fixture.items(),
              settings.withSeed(seed));
      assertThat(byUnit(seeded.units()).get("community|" + C1).replicates())
          .as("seed " + seed)
          .containsExactly(
              IndependentBootstrap.replicates(c1, WEIGHTS, RESAMPLES, seed, C1), within(1e-12));
    }
    assertThat(IndependentBootstrap.replicates(c1, WEIGHTS, RESAMPLES, SEED, C1))
        .isNotEqualTo(IndependentBootstrap.replicates(c1, WEIGHTS, RESAMPLES, SEED + 1, C1));
  }

  @Test
  void unknownItemCodeIsRefusedNamingIt() {
    List<ItemTally> wrong =
        fixture.items().stream()
            .map(
                t ->
                    t.itemCode().equals("env")
                        ? new ItemTally(
                            t.communityCode(), "envx", t.scoreSum(), t.nScored(), t.nDontKnow())
                        : t)
            .toList();
    assertThatThrownBy(
            () ->
                SubjectiveScoring.compute(
                    fixture.registry(),
                    questionnaire,
                    fixture.surveys(RESAMPLES, SEED),
                    wrong,
                    settings))
        .isInstanceOf(SubjectiveInputException.class)
        .hasMessageContaining("item envx of community " + C1)
        .hasMessageContaining("not in the questionnaire");
  }

  @Test
  void surveyOfACommunityOutsideTheRegistryIsRefusedNamingIt() {
    // the Spark version refused responses of an unregistered community; they must not vanish
    List<CommunitySurvey> surveys = new ArrayList<>(fixture.surveys(RESAMPLES, SEED));
    surveys.add(new CommunitySurvey("320100009009", 3, 9, 9, 80.0, new double[RESAMPLES]));
    assertThatThrownBy(
            () ->
                SubjectiveScoring.compute(
                    fixture.registry(), questionnaire, surveys, List.of(), settings))
        .isInstanceOf(SubjectiveInputException.class)
        .hasMessageContaining("320100009009")
        .hasMessageContaining("not in the registry");
  }

  @Test
  void twoSurveysOfOneCommunityAreRefusedNamingIt() {
    // one community reduced twice (e.g. its responses split over two street groups) would
    // otherwise keep only one of the two
    List<CommunitySurvey> surveys = new ArrayList<>(fixture.surveys(RESAMPLES, SEED));
    surveys.add(surveys.get(0));
    assertThatThrownBy(
            () ->
                SubjectiveScoring.compute(
                    fixture.registry(), questionnaire, surveys, fixture.items(), settings))
        .isInstanceOf(SubjectiveInputException.class)
        .hasMessageContaining(C1)
        .hasMessageContaining("twice");
  }

  @Test
  void communityWithoutPopulationIsLeftOutOfTheStreetScoreAndFlagged() {
    // 常住人口 is a required registry column, so "without population" is a population of 0
    SurveyFixture data =
        new SurveyFixture(questionnaire)
            .district("320100", "中区", true)
            .street(S1, "甲街道", "320100")
            .community(C1, "一社区", S1, 1000)
            .community(C2, "二社区", S1, 0)
            .response("r1", C1, "非常满意", "非常满意", "非常满意", "满意")
            .response("r2", C2, "不满意", "不满意", "不满意", "满意");
    Map<String, UnitSubjective> rows =
        byUnit(
            SubjectiveScoring.compute(
                    data.registry(),
                    questionnaire,
                    data.surveys(RESAMPLES, SEED),
                    data.items(),
                    settings)
                .units());
    assertUnit(rows, "community|" + C2, 25.0, 1, 0.0, true, "insufficient_sample");
    // S1 = 100 from C1 alone; n_valid and 满意率 still pool both communities: 3 of 6 satisfied
    assertUnit(rows, "street|" + S1, 100.0, 2, 0.5, true, "insufficient_sample;missing_population");
  }

  @Test
  void streetWhoseScoredCommunitiesAllLackPopulationHasNoScore() {
    SurveyFixture data =
        new SurveyFixture(questionnaire)
            .district("320100", "中区", true)
            .street(S1, "甲街道", "320100")
            .community(C1, "一社区", S1, 0)
            .response("r1", C1, "非常满意", "非常满意", "非常满意", "满意");
    Map<String, UnitSubjective> rows =
        byUnit(
            SubjectiveScoring.compute(
                    data.registry(),
                    questionnaire,
                    data.surveys(RESAMPLES, SEED),
                    data.items(),
                    settings)
                .units());
    assertUnit(rows, "community|" + C1, 100.0, 1, 1.0, true, "insufficient_sample");
    assertUnit(
        rows,
        "street|" + S1,
        null,
        1,
        1.0,
        true,
        "insufficient_sample;no_subjective_score;missing_population");
    assertThat(rows.get("street|" + S1).ciLow()).isNull();
    assertThat(rows.get("street|" + S1).replicates()).isNull();
  }

  private static double[] combine(double[][] replicates, double[] populations) {
    double[] out = new double[replicates[0].length];
    for (int b = 0; b < out.length; b++) {
      double numerator = 0;
      double denominator = 0;
      for (int c = 0; c < replicates.length; c++) {
        if (!Double.isNaN(replicates[c][b])) {
          numerator += populations[c] * replicates[c][b];
          denominator += populations[c];
        }
      }
      out[b] = denominator == 0 ? NA : numerator / denominator;
    }
    return out;
  }

  private static void assertInterval(String key, double[] independentReplicates) {
    UnitSubjective row = appraisal.get(key);
    assertThat(Arrays.stream(independentReplicates).filter(v -> !Double.isNaN(v)).count())
        .isGreaterThan(RESAMPLES / 2L);
    assertThat(row.ciLow())
        .as(key + " ci_low")
        .isCloseTo(IndependentBootstrap.percentile(independentReplicates, 0.025), within(1e-9));
    assertThat(row.ciHigh())
        .as(key + " ci_high")
        .isCloseTo(IndependentBootstrap.percentile(independentReplicates, 0.975), within(1e-9));
  }

  private static void assertItem(String key, Double score, long nScored, long nDontKnow) {
    Table.Row row = items.get(key);
    assertThat(row).as(key).isNotNull();
    if (score == null) {
      assertThat(row.number("score")).as(key).isNull();
    } else {
      assertThat(row.number("score")).as(key).isCloseTo(score, within(1e-12));
    }
    assertThat(row.longValue("n_scored")).as(key).isEqualTo(nScored);
    assertThat(row.longValue("n_dont_know")).as(key).isEqualTo(nDontKnow);
  }

  private static void assertUnit(
      String key, Double score, long nValid, Double rate, boolean insufficient, String flags) {
    assertUnit(appraisal, key, score, nValid, rate, insufficient, flags);
  }

  private static void assertUnit(
      Map<String, UnitSubjective> units,
      String key,
      Double score,
      long nValid,
      Double rate,
      boolean insufficient,
      String flags) {
    UnitSubjective row = units.get(key);
    assertThat(row).as(key).isNotNull();
    if (score == null) {
      assertThat(row.score()).as(key).isNull();
    } else {
      assertThat(row.score()).as(key).isCloseTo(score, within(1e-12));
    }
    assertThat(row.nValid()).as(key).isEqualTo(nValid);
    if (rate == null) {
      assertThat(row.satisfactionRate()).as(key).isNull();
    } else {
      assertThat(row.satisfactionRate()).as(key).isCloseTo(rate, within(1e-15));
    }
    assertThat(row.insufficient()).as(key + " insufficient").isEqualTo(insufficient);
    assertThat(String.join(";", row.flags())).as(key + " flags").isEqualTo(flags);
  }

  private static Map<String, UnitSubjective> byUnit(List<UnitSubjective> units) {
    Map<String, UnitSubjective> out = new HashMap<>();
    for (UnitSubjective u : units) {
      String key = u.level().code() + "|" + u.unitCode();
      assertThat(out.put(key, u)).as("duplicate key " + key).isNull();
    }
    return out;
  }

  private static Map<String, Table.Row> byItem(Table table) {
    Map<String, Table.Row> out = new HashMap<>();
    for (Table.Row row : table.rows()) {
      String key =
          row.string("level") + "|" + row.string("unit_code") + "|" + row.string("item_code");
      assertThat(out.put(key, row)).as("duplicate key " + key).isNull();
    }
    return out;
  }

  /** Every field of the units, replicates included, as comparable text. */
  private static List<String> describe(List<UnitSubjective> units) {
    return units.stream()
        .map(
            u ->
                String.join(
                    "|",
                    u.level().code(),
                    u.unitCode(),
                    String.valueOf(u.unitName()),
                    String.valueOf(u.score()),
                    String.valueOf(u.ciLow()),
                    String.valueOf(u.ciHigh()),
                    String.valueOf(u.nValid()),
                    String.valueOf(u.satisfactionRate()),
                    String.valueOf(u.insufficient()),
                    String.join(";", u.flags()),
                    Arrays.toString(u.replicates())))
        .toList();
  }
}
