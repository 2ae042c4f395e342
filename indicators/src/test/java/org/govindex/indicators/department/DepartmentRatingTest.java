package org.govindex.indicators.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.govindex.indicators.department.RatingFixture.A;
import static org.govindex.indicators.department.RatingFixture.B;
import static org.govindex.indicators.department.RatingFixture.C;
import static org.govindex.indicators.department.RatingFixture.COMMITTEE;
import static org.govindex.indicators.department.RatingFixture.D;
import static org.govindex.indicators.department.RatingFixture.DK;
import static org.govindex.indicators.department.RatingFixture.RESIDENTS;
import static org.govindex.indicators.department.RatingFixture.SKIP;
import static org.govindex.indicators.department.RatingFixture.STREET;
import static org.govindex.indicators.department.RatingFixture.UNITS;
import static org.govindex.indicators.department.RatingFixture.byKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases of methodology §4 on a small city: streets S1-S4, departments D1 (four
 * groups, 驻区单位 with 2 raters only), D2 (居民代表 only, 街道 with 2 raters) and D3 (no rating). The
 * expected numbers are worked out in the comments.
 */
class DepartmentRatingTest {

  static final Offset<Double> EPS = within(1e-9);
  static final String S1 = "320951001";
  static final String S2 = "320951002";
  static final String S3 = "320951003";
  static final String S4 = "320951004";
  static final String D1 = "32095101";
  static final String D2 = "32095102";
  static final String D3 = "32095103";

  static RatingFixture city;
  static DepartmentTables tables;
  static Map<String, Table.Row> rating;

  @BeforeAll
  static void compute() {
    city =
        new RatingFixture()
            .street(S1, "一街道")
            .street(S2, "二街道")
            .street(S3, "三街道")
            .street(S4, "四街道")
            .department(D1, "民政局")
            .department(D2, "城管局")
            .department(D3, "卫健委")
            // D1 居民代表: 87.5, 75, 50 (不了解 not scored)  -> G = 212.5/3
            .rate("p1", RESIDENTS, S1, D1, A, B)
            .rate("p2", RESIDENTS, S1, D1, B, B)
            .rate("p3", RESIDENTS, S2, D1, C, DK)
            // D1 街道: 100, 62.5, 87.5 -> G = 250/3
            .rate("p4", STREET, S1, D1, A, A)
            .rate("p5", STREET, S2, D1, B, C)
            .rate("p6", STREET, S2, D1, B, A)
            // D1 社区居委会: 50, 75, 75 -> G = 200/3
            .rate("p7", COMMITTEE, S3, D1, C, C)
            .rate("p8", COMMITTEE, S3, D1, B, B)
            .rate("p9", COMMITTEE, S3, D1, A, C)
            // D1 驻区单位: 2 raters (100, 100; one without phone, one skipped item) -> dropped
            .rate("p10", UNITS, S1, D1, A, A)
            .rate(null, UNITS, S2, D1, A, SKIP)
            // D2 居民代表: 75, 75, 25 -> G = 175/3; p2 gives D1 and D2 the same answers
            .rate("p1", RESIDENTS, S1, D2, B, B)
            .rate("p2", RESIDENTS, S1, D2, B, B)
            .rate("p3", RESIDENTS, S2, D2, D, D)
            // D2 街道: 2 raters (87.5, 100) -> dropped
            .rate("p4", STREET, S1, D2, A, B)
            .rate("p5", STREET, S2, D2, A, A)
            .objective(D1, 60.0, "")
            .objective(D2, 90.0, "missing_indicator:hotline_reopen_rate")
            .objective(D3, 70.0, "");
    tables = city.compute();
    rating = byKey(tables.departmentRating(), "department_code");
  }

  static double d(Table.Row row, String column) {
    return row.number(column);
  }

  @Test
  void tablesFollowTheContract() {
    assertThat(tables.departmentRating().spec()).isEqualTo(Results.DEPARTMENT_RATING);
    assertThat(Results.DEPARTMENT_RATING.names().subList(0, 7))
        .containsExactly(
            "period",
            "department_code",
            "department_name",
            "group_residents",
            "group_street",
            "group_committee",
            "group_units");
    assertThat(tables.streetMatrix().spec()).isEqualTo(Results.DEPARTMENT_STREET_MATRIX);
    assertThat(tables.raterFlags().spec()).isEqualTo(Results.DEPARTMENT_RATER_FLAGS);
    assertThat(tables.streetRatingGiven().spec()).isEqualTo(Results.STREET_RATING_GIVEN);
    assertThat(rating).hasSize(3);
  }

  @Test
  void rowsComeInCodeOrderAndGroupsInTheirFixedOrder() {
    assertThat(tables.departmentRating().rows().stream().map(r -> r.string("department_code")))
        .containsExactly(D1, D2, D3);
    assertThat(
            tables.streetMatrix().rows().stream()
                .map(r -> r.string("street_code") + "|" + r.string("department_code")))
        .containsExactly(S1 + "|" + D1, S1 + "|" + D2, S2 + "|" + D1, S2 + "|" + D2, S3 + "|" + D1);
    assertThat(
            tables.raterFlags().rows().stream()
                .map(r -> r.string("department_code") + "|" + r.string("rater_group")))
        .containsExactly(
            D1 + "|居民代表", D1 + "|街道", D1 + "|社区居委会", D1 + "|驻区单位", D2 + "|居民代表", D2 + "|街道");
    assertThat(tables.streetRatingGiven().rows().stream().map(r -> r.string("street_code")))
        .containsExactly(S1, S2, S3, S4);
  }

  @Test
  void groupScoresAreMeansOfRaterScoresAndSmallGroupsAreDropped() {
    Table.Row d1 = rating.get(D1);
    assertThat(d(d1, "group_residents")).isCloseTo(212.5 / 3, EPS);
    assertThat(d(d1, "group_street")).isCloseTo(250.0 / 3, EPS);
    assertThat(d(d1, "group_committee")).isCloseTo(200.0 / 3, EPS);
    assertThat(d1.get("group_units")).isNull();
    assertThat(d1.longValue("n_raters_units")).isEqualTo(2L);
    assertThat(d1.longValue("n_raters_residents")).isEqualTo(3L);
    assertThat(d1.longValue("n_raters")).isEqualTo(11L);
    assertThat(d1.string("flags").split(";")).contains("group_dropped:驻区单位");

    Table.Row d2 = rating.get(D2);
    assertThat(d(d2, "group_residents")).isCloseTo(175.0 / 3, EPS);
    assertThat(d2.get("group_street")).isNull();
    assertThat(d2.longValue("n_raters_street")).isEqualTo(2L);
    assertThat(d2.longValue("n_raters_committee")).isEqualTo(0L);
    assertThat(d2.string("flags").split(";"))
        .contains("group_dropped:街道")
        .doesNotContain("group_dropped:社区居委会", "group_dropped:驻区单位");
  }

  @Test
  void satisfactionRenormalisesTheConfiguredWeightsOverPresentGroups() {
    // D1: (0.4·212.5/3 + 0.3·250/3 + 0.2·200/3) / (0.4 + 0.3 + 0.2) = (200/3) / 0.9
    assertThat(d(rating.get(D1), "satisfaction_score")).isCloseTo(200.0 / 3 / 0.9, EPS);
    // D2: only 居民代表 present: its score
    assertThat(d(rating.get(D2), "satisfaction_score")).isCloseTo(175.0 / 3, EPS);
    // equal weights: plain mean of the present groups
    assertThat(d(rating.get(D1), "satisfaction_score_equal_weights"))
        .isCloseTo((212.5 + 250.0 + 200.0) / 9, EPS);
    assertThat(d(rating.get(D2), "satisfaction_score_equal_weights")).isCloseTo(175.0 / 3, EPS);
  }

  @Test
  void totalsRanksGradesAndMissingParts() {
    Table.Row d1 = rating.get(D1);
    Table.Row d2 = rating.get(D2);
    Table.Row d3 = rating.get(D3);
    // T = 0.5·S + 0.5·O
    double t1 = 0.5 * (200.0 / 3 / 0.9) + 0.5 * 60.0; // 67.037...
    double t2 = 0.5 * (175.0 / 3) + 0.5 * 90.0; // 74.166...
    assertThat(d(d1, "objective_score")).isEqualTo(60.0);
    assertThat(d(d1, "total_score")).isCloseTo(t1, EPS);
    assertThat(d(d2, "total_score")).isCloseTo(t2, EPS);
    assertThat(d(d1, "satisfaction_weight")).isEqualTo(0.5);
    assertThat(d2.integer("rank")).isEqualTo(1);
    assertThat(d1.integer("rank")).isEqualTo(2);
    assertThat(d1.string("grade")).isEqualTo("合格");
    assertThat(d2.string("grade")).isEqualTo("合格");
    assertThat(d2.string("flags").split(";")).contains("missing_indicator:hotline_reopen_rate");
    // D3: objective only, no rating
    assertThat(d(d3, "objective_score")).isEqualTo(70.0);
    assertThat(d3.get("satisfaction_score")).isNull();
    assertThat(d3.get("total_score")).isNull();
    assertThat(d3.get("rank")).isNull();
    assertThat(d3.get("grade")).isNull();
    assertThat(d3.string("flags")).isEqualTo("no_rating;no_satisfaction_score");
    assertThat(d3.longValue("n_raters")).isZero();
    assertThat(d3.longValue("n_raters_residents")).isZero();
    assertThat(d3.longValue("n_straightliners")).isZero();
    assertThat(d3.string("department_name")).isEqualTo("卫健委");
    assertThat(d3.string("period")).isEqualTo("2026");
  }

  @Test
  void standardisedGroupsWithoutComparableRatersAreFlagged() {
    // p6 (街道) and p7-p9 (社区居委会) rated D1 only: no standardised score, so these groups fall
    // below 3 raters in the standardised score of D1 alone.
    assertThat(rating.get(D1).string("flags"))
        .isEqualTo(
            "group_dropped:驻区单位;standardised_group_dropped:街道;standardised_group_dropped:社区居委会");
    assertThat(rating.get(D2).string("flags"))
        .isEqualTo("group_dropped:街道;missing_indicator:hotline_reopen_rate");
  }

  @Test
  void straightLinersAreCounted() {
    // p2 answered 满意/满意 to both D1 and D2
    assertThat(rating.get(D1).longValue("n_straightliners")).isEqualTo(1L);
    assertThat(rating.get(D2).longValue("n_straightliners")).isEqualTo(1L);
    assertThat(rating.get(D3).longValue("n_straightliners")).isZero();
    Map<String, Table.Row> flags = byKey(tables.raterFlags(), "department_code", "rater_group");
    Table.Row residents = flags.get(D1 + "|居民代表");
    assertThat(residents.longValue("n_raters")).isEqualTo(3L);
    assertThat(residents.longValue("n_straightliners")).isEqualTo(1L);
    assertThat(residents.longValue("n_single_department_raters")).isZero();
    assertThat(residents.longValue("n_zero_variance_raters")).isEqualTo(1L);
    Table.Row committee = flags.get(D1 + "|社区居委会");
    assertThat(committee.longValue("n_single_department_raters")).isEqualTo(3L);
    assertThat(committee.longValue("n_straightliners")).isZero();
    Table.Row units = flags.get(D1 + "|驻区单位");
    assertThat(units.longValue("n_raters")).isEqualTo(2L);
    assertThat(units.string("department_name")).isEqualTo("民政局");
    assertThat(flags).hasSize(6);
  }

  @Test
  void streetDepartmentMatrixCountsAndMeans() {
    Map<String, Table.Row> cells = byKey(tables.streetMatrix(), "street_code", "department_code");
    assertThat(cells).hasSize(5);
    // S1 × D1: p1 87.5, p2 75, p4 100, p10 100
    assertCell(cells.get(S1 + "|" + D1), 4, 362.5 / 4);
    // S2 × D1: p3 50, p5 62.5, p6 87.5, the rater without phone 100
    assertCell(cells.get(S2 + "|" + D1), 4, 300.0 / 4);
    // S3 × D1: p7 50, p8 75, p9 75
    assertCell(cells.get(S3 + "|" + D1), 3, 200.0 / 3);
    // S1 × D2: p1 75, p2 75, p4 87.5
    assertCell(cells.get(S1 + "|" + D2), 3, 237.5 / 3);
    // S2 × D2: p3 25, p5 100
    assertCell(cells.get(S2 + "|" + D2), 2, 62.5);
    assertThat(cells.get(S1 + "|" + D1).string("street_name")).isEqualTo("一街道");
    assertThat(cells.get(S1 + "|" + D1).string("department_name")).isEqualTo("民政局");
    assertThat(cells.get(S1 + "|" + D1).string("period")).isEqualTo("2026");
  }

  private static void assertCell(Table.Row cell, long n, double mean) {
    assertThat(cell.longValue("n_raters")).isEqualTo(n);
    assertThat(d(cell, "mean_score")).isCloseTo(mean, EPS);
  }

  @Test
  void howEachStreetRatedTheDepartments() {
    Map<String, Table.Row> given = byKey(tables.streetRatingGiven(), "street_code");
    assertThat(given).hasSize(4);
    // S1: raters p1, p2, p4, p10; ratings 87.5, 75, 100, 100, 75, 75, 87.5 (sum 600)
    assertGiven(given.get(S1), 4, 600.0 / 7, 2, 7);
    // S2: raters p3, p5, p6, one without phone; 50, 62.5, 87.5, 100, 25, 100 (sum 425)
    assertGiven(given.get(S2), 4, 425.0 / 6, 2, 6);
    // S3: p7, p8, p9 rated D1 only
    assertGiven(given.get(S3), 3, 200.0 / 3, 1, 3);
    Table.Row s4 = given.get(S4);
    assertThat(s4.longValue("n_raters")).isZero();
    assertThat(s4.get("mean_score_given")).isNull();
    assertThat(s4.longValue("n_departments_rated")).isZero();
    assertThat(s4.longValue("n_ratings")).isZero();
    assertThat(s4.string("street_name")).isEqualTo("四街道");
  }

  private static void assertGiven(
      Table.Row row, long raters, double mean, long departments, long n) {
    assertThat(row.longValue("n_raters")).isEqualTo(raters);
    assertThat(d(row, "mean_score_given")).isCloseTo(mean, EPS);
    assertThat(row.longValue("n_departments_rated")).isEqualTo(departments);
    assertThat(row.longValue("n_ratings")).isEqualTo(n);
  }

  @Test
  void theOrderOfTheRatingsChangesNoBit() {
    List<RaterScore> shuffled = new ArrayList<>(city.ratings());
    Collections.shuffle(shuffled, new Random(20260101));
    DepartmentTables again =
        DepartmentRating.compute(
            shuffled,
            city.registry(),
            Map.of(
                D1, new DepartmentObjective(60.0, ""),
                D2, new DepartmentObjective(90.0, "missing_indicator:hotline_reopen_rate"),
                D3, new DepartmentObjective(70.0, "")),
            DepartmentRatingSettings.defaults("2026"));
    assertSameCells(again.departmentRating(), tables.departmentRating());
    assertSameCells(again.streetMatrix(), tables.streetMatrix());
    assertSameCells(again.raterFlags(), tables.raterFlags());
    assertSameCells(again.streetRatingGiven(), tables.streetRatingGiven());
  }

  private static void assertSameCells(Table actual, Table expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int r = 0; r < expected.size(); r++) {
      for (int c = 0; c < expected.spec().columns().size(); c++) {
        // equals on boxed doubles compares the bits
        assertThat(actual.value(r, c)).isEqualTo(expected.value(r, c));
      }
    }
  }

  @Test
  void aRatingGivenTwiceIsRefused() {
    List<RaterScore> twice = new ArrayList<>(city.ratings());
    twice.add(twice.get(0));
    assertThatThrownBy(
            () ->
                DepartmentRating.compute(
                    twice, city.registry(), Map.of(), DepartmentRatingSettings.defaults("2026")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("surveys/department_test.csv#1 is given twice");
  }

  @Test
  void inputsThatCannotBeRatingsAreRefusedNamingTheRating() {
    assertThatThrownBy(
            () -> new RaterScore("r#7", "hash-p1", RaterGroup.STREET, S1, D1, Double.NaN, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating r#7: rater_score must be finite, got NaN");
    assertThatThrownBy(() -> new RaterScore("r#7", null, RaterGroup.STREET, S1, D1, 50.0, ""))
        .hasMessage("rating r#7: rater_id is null");
    assertThatThrownBy(
            () ->
                DepartmentRating.compute(
                    city.ratings(),
                    city.registry(),
                    Map.of(D2, new DepartmentObjective(Double.POSITIVE_INFINITY, "")),
                    DepartmentRatingSettings.defaults("2026")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective score of department 32095102 must be finite, got Infinity");
  }
}
