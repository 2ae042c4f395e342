package org.govindex.indicators.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govindex.indicators.department.DepartmentRatingTest.EPS;
import static org.govindex.indicators.department.DepartmentRatingTest.d;
import static org.govindex.indicators.department.RatingFixture.A;
import static org.govindex.indicators.department.RatingFixture.B;
import static org.govindex.indicators.department.RatingFixture.C;
import static org.govindex.indicators.department.RatingFixture.DK;
import static org.govindex.indicators.department.RatingFixture.RESIDENTS;
import static org.govindex.indicators.department.RatingFixture.STREET;
import static org.govindex.indicators.department.RatingFixture.byKey;

import java.util.Map;
import org.govindex.contract.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ratings without a score, without a rater street, and of a department the registry does not hold
 * (ingestion lets none of them through today; the rules are those of the Spark implementation).
 *
 * <pre>
 *   rater  group  street  D1    D2     DX (not registered)
 *   r1     居民代表  S1      100
 *   r2     居民代表  S1       75
 *   r3     居民代表  S1      -     -      (不了解 twice: no score, same answers: straight-liner)
 *   s1     街道    S1      100                75
 *   s2     街道    S2      100
 *   s3     街道    -        50
 * </pre>
 *
 * D1: 居民代表 has 2 scored raters (dropped, it rated D1), 街道 3: S = G(街道) = 250/3. Only s1 rated two
 * departments: pooled M = 87.5, D = 12.5; s1 has m = 87.5, s = 12.5, so z = +1 (D1) and −1 (DX),
 * standardised 100 and 75; 街道 keeps 1 standardised rater of D1 and is dropped there.
 */
class IncompleteRatingsTest {

  static final String S1 = "320951001";
  static final String S2 = "320951002";
  static final String D1 = "32095101";
  static final String D2 = "32095102";
  static final String DX = "32095199";

  static DepartmentTables tables;
  static Map<String, Table.Row> rating;

  @BeforeAll
  static void compute() {
    tables =
        new RatingFixture()
            .street(S1, "一街道")
            .street(S2, "二街道")
            .department(D1, "民政局")
            .department(D2, "城管局")
            .rate("r1", RESIDENTS, S1, D1, A)
            .rate("r2", RESIDENTS, S1, D1, B)
            .rate("r3", RESIDENTS, S1, D1, DK, DK)
            .rate("r3", RESIDENTS, S1, D2, DK, DK)
            .rate("s1", STREET, S1, D1, A)
            .rate("s1", STREET, S1, DX, B)
            .rate("s2", STREET, S2, D1, A)
            .rate("s3", STREET, null, D1, C)
            .objective(D1, 80.0, null)
            .compute();
    rating = byKey(tables.departmentRating(), "department_code");
  }

  @Test
  void unscoredRatingsCountAsRatedButNotAsRaters() {
    Table.Row d1 = rating.get(D1);
    assertThat(d1.get("group_residents")).isNull();
    assertThat(d1.longValue("n_raters_residents")).isEqualTo(2L);
    assertThat(d(d1, "group_street")).isCloseTo(250.0 / 3, EPS);
    assertThat(d1.longValue("n_raters")).isEqualTo(5L);
    assertThat(d(d1, "satisfaction_score")).isCloseTo(250.0 / 3, EPS);
    // T = 0.5·250/3 + 0.5·80 = 81.67: 良好
    assertThat(d(d1, "total_score")).isCloseTo(125.0 / 3 + 40, EPS);
    assertThat(d1.integer("rank")).isEqualTo(1);
    assertThat(d1.string("grade")).isEqualTo("良好");
    assertThat(d1.integer("rank_equal_weights")).isEqualTo(1);
    assertThat(d1.get("satisfaction_score_standardised")).isNull();
    assertThat(d1.get("rank_standardised")).isNull();
    assertThat(d1.string("flags")).isEqualTo("group_dropped:居民代表;standardised_group_dropped:街道");
    assertThat(d1.longValue("n_straightliners")).isEqualTo(1L);

    // D2 was rated, but by nobody with a score
    Table.Row d2 = rating.get(D2);
    assertThat(d2.longValue("n_raters")).isZero();
    assertThat(d2.string("flags"))
        .isEqualTo("no_rating;group_dropped:居民代表;no_satisfaction_score;no_objective_score");
    assertThat(tables.departmentRating().size()).isEqualTo(2);
  }

  @Test
  void raterEffectsOfUnscoredAndSingleRatings() {
    Map<String, Table.Row> flags = byKey(tables.raterFlags(), "department_code", "rater_group");
    assertThat(flags).containsOnlyKeys(D1 + "|居民代表", D1 + "|街道", D2 + "|居民代表");
    Table.Row residents = flags.get(D1 + "|居民代表");
    assertThat(residents.longValue("n_raters")).isEqualTo(3L);
    assertThat(residents.longValue("n_straightliners")).isEqualTo(1L); // r3
    assertThat(residents.longValue("n_single_department_raters")).isEqualTo(3L); // k = 1, 1, 0
    assertThat(residents.longValue("n_zero_variance_raters")).isZero();
    Table.Row street = flags.get(D1 + "|街道");
    assertThat(street.longValue("n_straightliners")).isZero(); // s1 answered 非常满意, then 满意
    assertThat(street.longValue("n_single_department_raters")).isEqualTo(2L); // s2, s3
  }

  @Test
  void matrixAndGivenRatingsLeaveOutRatingsWithoutStreetAndUnregisteredDepartments() {
    Map<String, Table.Row> cells = byKey(tables.streetMatrix(), "street_code", "department_code");
    assertThat(cells).containsOnlyKeys(S1 + "|" + D1, S1 + "|" + D2, S2 + "|" + D1);
    // S1 × D1: r1 100, r2 75, s1 100 (r3 no score)
    assertThat(d(cells.get(S1 + "|" + D1), "mean_score")).isCloseTo(275.0 / 3, EPS);
    assertThat(cells.get(S1 + "|" + D1).longValue("n_raters")).isEqualTo(3L);
    assertThat(cells.get(S1 + "|" + D2).get("mean_score")).isNull();
    assertThat(cells.get(S1 + "|" + D2).longValue("n_raters")).isZero();

    Map<String, Table.Row> given = byKey(tables.streetRatingGiven(), "street_code");
    // S1: r1 100, r2 75, s1 100 and 75 (DX counts here): 3 raters, 2 departments, 4 ratings
    Table.Row s1 = given.get(S1);
    assertThat(s1.longValue("n_raters")).isEqualTo(3L);
    assertThat(d(s1, "mean_score_given")).isCloseTo(87.5, EPS);
    assertThat(s1.longValue("n_departments_rated")).isEqualTo(2L);
    assertThat(s1.longValue("n_ratings")).isEqualTo(4L);
    assertThat(given.get(S2).longValue("n_ratings")).isEqualTo(1L);
  }

  @Test
  void standardisationPoolsEveryComparableRating() {
    // s1's ratings: D1 z = +1 → 87.5 + 12.5 = 100, DX z = −1 → 75
    var raters =
        RaterStandardisation.apply(
            new RatingFixture()
                .rate("s1", STREET, S1, D1, A)
                .rate("s1", STREET, S1, DX, B)
                .rate("s2", STREET, S2, D1, A)
                .ratings());
    assertThat(raters.get(0).standardisedScore()).isCloseTo(100.0, EPS);
    assertThat(raters.get(1).standardisedScore()).isCloseTo(75.0, EPS);
    assertThat(raters.get(2).standardisedScore()).isNull();
    assertThat(raters.get(2).raterDepartments()).isEqualTo(1);
  }
}
