package org.govindex.indicators.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govindex.indicators.department.DepartmentRatingTest.EPS;
import static org.govindex.indicators.department.DepartmentRatingTest.d;
import static org.govindex.indicators.department.RatingFixture.A;
import static org.govindex.indicators.department.RatingFixture.B;
import static org.govindex.indicators.department.RatingFixture.C;
import static org.govindex.indicators.department.RatingFixture.D;
import static org.govindex.indicators.department.RatingFixture.E;
import static org.govindex.indicators.department.RatingFixture.RESIDENTS;
import static org.govindex.indicators.department.RatingFixture.byKey;

import java.util.Map;
import org.govindex.contract.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rater standardisation on 3 raters × 3 departments (all 居民代表, one item), worked by hand below,
 * plus a fourth rater who rated one department only.
 *
 * <pre>
 *            X     Y     Z    rater mean m, population sd s
 *   a      100    75    50    m = 75,    s = √(1250/3)
 *   b       75    75    75    m = 75,    s = 0  (zero variance, straight-liner: z = 0)
 *   c       50   100    25    m = 175/3, s = √(26250/27)
 *   d        0     -     -    one department: no standardised score
 * </pre>
 *
 * Pooled over the 9 ratings of a, b, c: M = 625/9, D = √(Σ(x − M)²/9). Standardised score = clamp(M
 * + D·z, 0, 100); c's rating of Y (z = 1.336...) exceeds 100 and is clamped.
 */
class RaterEffectsTest {

  static final String S = "320951001";
  static final String X = "32095111";
  static final String Y = "32095112";
  static final String Z = "32095113";

  static Map<String, Table.Row> rating;
  static Map<String, Table.Row> flags;

  @BeforeAll
  static void compute() {
    RatingFixture city =
        new RatingFixture()
            .street(S, "一街道")
            .department(X, "X局")
            .department(Y, "Y局")
            .department(Z, "Z局")
            .rate("a", RESIDENTS, S, X, A)
            .rate("a", RESIDENTS, S, Y, B)
            .rate("a", RESIDENTS, S, Z, C)
            .rate("b", RESIDENTS, S, X, B)
            .rate("b", RESIDENTS, S, Y, B)
            .rate("b", RESIDENTS, S, Z, B)
            .rate("c", RESIDENTS, S, X, C)
            .rate("c", RESIDENTS, S, Y, A)
            .rate("c", RESIDENTS, S, Z, D)
            .rate("d", RESIDENTS, S, X, E)
            .objective(X, 50.0, "")
            .objective(Y, 50.0, "")
            .objective(Z, 50.0, "");
    DepartmentTables tables = city.compute();
    rating = byKey(tables.departmentRating(), "department_code");
    flags = byKey(tables.raterFlags(), "department_code");
  }

  private static double clamp(double v) {
    return Math.max(0.0, Math.min(100.0, v));
  }

  @Test
  void standardisedSatisfactionByHand() {
    double[] pooled = {100, 75, 50, 75, 75, 75, 50, 100, 25};
    double m = 625.0 / 9;
    double ss = 0;
    for (double x : pooled) {
      ss += (x - m) * (x - m);
    }
    double sd = Math.sqrt(ss / 9);
    double sa = Math.sqrt(1250.0 / 3);
    double sc = Math.sqrt(26250.0 / 27);
    // z of a: (100-75)/sa, 0, -25/sa; b: 0, 0, 0; c: (-25/3)/sc, (125/3)/sc, (-100/3)/sc
    double xStd = (clamp(m + sd * 25 / sa) + m + clamp(m + sd * (-25.0 / 3) / sc)) / 3;
    double yStd = (clamp(m) + m + clamp(m + sd * (125.0 / 3) / sc)) / 3;
    double zStd = (clamp(m - sd * 25 / sa) + m + clamp(m + sd * (-100.0 / 3) / sc)) / 3;
    assertThat(m + sd * (125.0 / 3) / sc).isGreaterThan(100.0); // the clamp is exercised
    assertThat(d(rating.get(X), "satisfaction_score_standardised")).isCloseTo(xStd, EPS);
    assertThat(d(rating.get(Y), "satisfaction_score_standardised")).isCloseTo(yStd, EPS);
    assertThat(d(rating.get(Z), "satisfaction_score_standardised")).isCloseTo(zStd, EPS);
    assertThat(d(rating.get(X), "total_score_standardised")).isCloseTo(0.5 * xStd + 25, EPS);

    // raw, beside it: X has d's 0 too
    assertThat(d(rating.get(X), "satisfaction_score")).isCloseTo((100 + 75 + 50 + 0) / 4.0, EPS);
    assertThat(d(rating.get(Y), "satisfaction_score")).isCloseTo(250.0 / 3, EPS);
    assertThat(d(rating.get(Z), "satisfaction_score")).isCloseTo(150.0 / 3, EPS);
    // X's raw residents group counts d's rating: (100 + 75 + 50 + 0) / 4
    assertThat(d(rating.get(X), "group_residents")).isCloseTo(225.0 / 4, EPS);
    assertThat(rating.get(X).longValue("n_raters_residents")).isEqualTo(4L);
  }

  @Test
  void standardisedRanksFollowTheStandardisedTotals() {
    // raw totals: Y 66.67, X 53.125, Z 50; standardised: Y ≈ 79.6, X ≈ 76.8, Z ≈ 51.9
    assertThat(rating.get(Y).integer("rank")).isEqualTo(1);
    assertThat(rating.get(X).integer("rank")).isEqualTo(2);
    assertThat(rating.get(Z).integer("rank")).isEqualTo(3);
    assertThat(rating.get(Y).integer("rank_standardised")).isEqualTo(1);
    assertThat(rating.get(X).integer("rank_standardised")).isEqualTo(2);
    assertThat(rating.get(Z).integer("rank_standardised")).isEqualTo(3);
  }

  @Test
  void raterEffectCounts() {
    Table.Row x = flags.get(X);
    assertThat(x.longValue("n_raters")).isEqualTo(4L);
    assertThat(x.longValue("n_straightliners")).isEqualTo(1L); // b
    assertThat(x.longValue("n_zero_variance_raters")).isEqualTo(1L); // b
    assertThat(x.longValue("n_single_department_raters")).isEqualTo(1L); // d
    assertThat(flags.get(Y).longValue("n_single_department_raters")).isZero();
    assertThat(rating.get(Z).longValue("n_straightliners")).isEqualTo(1L);
    // X keeps 3 standardised raters (a, b, c): no standardised drop
    assertThat(rating.get(X).string("flags")).isEmpty();
  }
}
