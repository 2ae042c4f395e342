package org.govindex.jobs.compute.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.govindex.jobs.compute.department.RatingFixture.A;
import static org.govindex.jobs.compute.department.RatingFixture.B;
import static org.govindex.jobs.compute.department.RatingFixture.C;
import static org.govindex.jobs.compute.department.RatingFixture.COMMITTEE;
import static org.govindex.jobs.compute.department.RatingFixture.D;
import static org.govindex.jobs.compute.department.RatingFixture.DK;
import static org.govindex.jobs.compute.department.RatingFixture.RESIDENTS;
import static org.govindex.jobs.compute.department.RatingFixture.SKIP;
import static org.govindex.jobs.compute.department.RatingFixture.STREET;
import static org.govindex.jobs.compute.department.RatingFixture.UNITS;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.data.Offset;
import org.govindex.jobs.compute.SparkTestSession;
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

  static SparkSession spark;
  static DepartmentTables tables;
  static Map<String, Row> rating;

  @BeforeAll
  static void compute() {
    spark = SparkTestSession.get();
    RatingFixture city =
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
    tables =
        DepartmentRating.compute(
            spark,
            city.inputs(spark),
            DepartmentRatingSettings.defaults("2026"),
            city.objectiveScores(spark));
    rating = byKey(tables.departmentRating().collectAsList(), "department_code");
  }

  static Map<String, Row> byKey(List<Row> rows, String... keys) {
    Map<String, Row> out = new HashMap<>();
    for (Row row : rows) {
      out.put(
          String.join(
              "|", Arrays.stream(keys).map(k -> String.valueOf((Object) row.getAs(k))).toList()),
          row);
    }
    return out;
  }

  static double d(Row row, String column) {
    return row.<Double>getAs(column);
  }

  @Test
  void columnsFollowTheContract() {
    assertThat(tables.departmentRating().columns())
        .containsExactlyElementsOf(DepartmentColumns.DEPARTMENT_RATING);
    assertThat(DepartmentColumns.DEPARTMENT_RATING.subList(0, 7))
        .containsExactly(
            "period",
            "department_code",
            "department_name",
            "group_residents",
            "group_street",
            "group_committee",
            "group_units");
    assertThat(tables.streetMatrix().columns())
        .containsExactlyElementsOf(DepartmentColumns.STREET_MATRIX);
    assertThat(tables.raterFlags().columns())
        .containsExactlyElementsOf(DepartmentColumns.RATER_FLAGS);
    assertThat(tables.streetRatingGiven().columns())
        .containsExactlyElementsOf(DepartmentColumns.STREET_RATING_GIVEN);
    assertThat(rating).hasSize(3);
  }

  @Test
  void groupScoresAreMeansOfRaterScoresAndSmallGroupsAreDropped() {
    Row d1 = rating.get(D1);
    assertThat(d(d1, "group_residents")).isCloseTo(212.5 / 3, EPS);
    assertThat(d(d1, "group_street")).isCloseTo(250.0 / 3, EPS);
    assertThat(d(d1, "group_committee")).isCloseTo(200.0 / 3, EPS);
    assertThat((Object) d1.getAs("group_units")).isNull();
    assertThat(d1.<Long>getAs("n_raters_units")).isEqualTo(2L);
    assertThat(d1.<Long>getAs("n_raters_residents")).isEqualTo(3L);
    assertThat(d1.<Long>getAs("n_raters")).isEqualTo(11L);
    assertThat(d1.<String>getAs("flags").split(";")).contains("group_dropped:驻区单位");

    Row d2 = rating.get(D2);
    assertThat(d(d2, "group_residents")).isCloseTo(175.0 / 3, EPS);
    assertThat((Object) d2.getAs("group_street")).isNull();
    assertThat(d2.<Long>getAs("n_raters_street")).isEqualTo(2L);
    assertThat(d2.<Long>getAs("n_raters_committee")).isEqualTo(0L);
    assertThat(d2.<String>getAs("flags").split(";"))
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
    Row d1 = rating.get(D1);
    Row d2 = rating.get(D2);
    Row d3 = rating.get(D3);
    // T = 0.5·S + 0.5·O
    double t1 = 0.5 * (200.0 / 3 / 0.9) + 0.5 * 60.0; // 67.037...
    double t2 = 0.5 * (175.0 / 3) + 0.5 * 90.0; // 74.166...
    assertThat(d(d1, "objective_score")).isEqualTo(60.0);
    assertThat(d(d1, "total_score")).isCloseTo(t1, EPS);
    assertThat(d(d2, "total_score")).isCloseTo(t2, EPS);
    assertThat(d(d1, "satisfaction_weight")).isEqualTo(0.5);
    assertThat(d2.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(d1.<Integer>getAs("rank")).isEqualTo(2);
    assertThat(d1.<String>getAs("grade")).isEqualTo("合格");
    assertThat(d2.<String>getAs("grade")).isEqualTo("合格");
    assertThat(d2.<String>getAs("flags").split(";"))
        .contains("missing_indicator:hotline_reopen_rate");
    // D3: objective only, no rating
    assertThat(d(d3, "objective_score")).isEqualTo(70.0);
    assertThat((Object) d3.getAs("satisfaction_score")).isNull();
    assertThat((Object) d3.getAs("total_score")).isNull();
    assertThat((Object) d3.getAs("rank")).isNull();
    assertThat((Object) d3.getAs("grade")).isNull();
    assertThat(d3.<String>getAs("flags")).isEqualTo("no_rating;no_satisfaction_score");
    assertThat(d3.<Long>getAs("n_raters")).isZero();
    assertThat(d3.<String>getAs("department_name")).isEqualTo("卫健委");
    assertThat(d3.<String>getAs("period")).isEqualTo("2026");
  }

  @Test
  void standardisedGroupsWithoutComparableRatersAreFlagged() {
    // p6 (街道) and p7-p9 (社区居委会) rated D1 only: no standardised score, so these groups fall
    // below 3 raters in the standardised score of D1 alone.
    assertThat(rating.get(D1).<String>getAs("flags"))
        .isEqualTo(
            "group_dropped:驻区单位;standardised_group_dropped:街道;standardised_group_dropped:社区居委会");
    assertThat(rating.get(D2).<String>getAs("flags"))
        .isEqualTo("group_dropped:街道;missing_indicator:hotline_reopen_rate");
  }

  @Test
  void straightLinersAreCounted() {
    // p2 answered 满意/满意 to both D1 and D2
    assertThat(rating.get(D1).<Long>getAs("n_straightliners")).isEqualTo(1L);
    assertThat(rating.get(D2).<Long>getAs("n_straightliners")).isEqualTo(1L);
    assertThat(rating.get(D3).<Long>getAs("n_straightliners")).isZero();
    Map<String, Row> flags =
        byKey(tables.raterFlags().collectAsList(), "department_code", "rater_group");
    Row residents = flags.get(D1 + "|居民代表");
    assertThat(residents.<Long>getAs("n_raters")).isEqualTo(3L);
    assertThat(residents.<Long>getAs("n_straightliners")).isEqualTo(1L);
    assertThat(residents.<Long>getAs("n_single_department_raters")).isZero();
    assertThat(residents.<Long>getAs("n_zero_variance_raters")).isEqualTo(1L);
    Row committee = flags.get(D1 + "|社区居委会");
    assertThat(committee.<Long>getAs("n_single_department_raters")).isEqualTo(3L);
    assertThat(committee.<Long>getAs("n_straightliners")).isZero();
    Row units = flags.get(D1 + "|驻区单位");
    assertThat(units.<Long>getAs("n_raters")).isEqualTo(2L);
    assertThat(flags).hasSize(6);
  }

  @Test
  void streetDepartmentMatrixCountsAndMeans() {
    Map<String, Row> cells =
        byKey(tables.streetMatrix().collectAsList(), "street_code", "department_code");
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
    assertThat(cells.get(S1 + "|" + D1).<String>getAs("street_name")).isEqualTo("一街道");
    assertThat(cells.get(S1 + "|" + D1).<String>getAs("department_name")).isEqualTo("民政局");
  }

  private static void assertCell(Row cell, long n, double mean) {
    assertThat(cell.<Long>getAs("n_raters")).isEqualTo(n);
    assertThat(d(cell, "mean_score")).isCloseTo(mean, EPS);
  }

  @Test
  void howEachStreetRatedTheDepartments() {
    Map<String, Row> given = byKey(tables.streetRatingGiven().collectAsList(), "street_code");
    assertThat(given).hasSize(4);
    // S1: raters p1, p2, p4, p10; ratings 87.5, 75, 100, 100, 75, 75, 87.5 (sum 600)
    assertGiven(given.get(S1), 4, 600.0 / 7, 2, 7);
    // S2: raters p3, p5, p6, one without phone; 50, 62.5, 87.5, 100, 25, 100 (sum 425)
    assertGiven(given.get(S2), 4, 425.0 / 6, 2, 6);
    // S3: p7, p8, p9 rated D1 only
    assertGiven(given.get(S3), 3, 200.0 / 3, 1, 3);
    Row s4 = given.get(S4);
    assertThat(s4.<Long>getAs("n_raters")).isZero();
    assertThat((Object) s4.getAs("mean_score_given")).isNull();
    assertThat(s4.<Long>getAs("n_departments_rated")).isZero();
  }

  private static void assertGiven(Row row, long raters, double mean, long departments, long n) {
    assertThat(row.<Long>getAs("n_raters")).isEqualTo(raters);
    assertThat(d(row, "mean_score_given")).isCloseTo(mean, EPS);
    assertThat(row.<Long>getAs("n_departments_rated")).isEqualTo(departments);
    assertThat(row.<Long>getAs("n_ratings")).isEqualTo(n);
  }
}
