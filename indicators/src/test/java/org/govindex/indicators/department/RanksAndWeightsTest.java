package org.govindex.indicators.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govindex.indicators.department.DepartmentRatingTest.EPS;
import static org.govindex.indicators.department.DepartmentRatingTest.d;
import static org.govindex.indicators.department.RatingFixture.A;
import static org.govindex.indicators.department.RatingFixture.B;
import static org.govindex.indicators.department.RatingFixture.C;
import static org.govindex.indicators.department.RatingFixture.RESIDENTS;
import static org.govindex.indicators.department.RatingFixture.UNITS;
import static org.govindex.indicators.department.RatingFixture.byKey;

import java.util.Map;
import org.govindex.contract.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ties, grade bands, a missing objective score and ranks under equal group weights.
 *
 * <p>T1-T7: three 居民代表 raters answering 非常满意, so S = 100 and T = 50 + O/2; O is chosen to put T on
 * the grade thresholds: T1 = T2 = 90, T7 = 80 + 5e-11 (within 1e-9 of T3 = 80), T4 = 60, T5 =
 * 59.99; T6 has no objective score.
 *
 * <p>E1: 居民代表 100, 驻区单位 50: S = (0.4·100 + 0.1·50)/0.5 = 90, equal weights 75. E2: 居民代表 75, 驻区单位
 * 100: S = (0.4·75 + 0.1·100)/0.5 = 80, equal weights 87.5. Both O = 50: T(E1) = 70 > T(E2) = 65,
 * but with equal weights 62.5 < 68.75.
 */
class RanksAndWeightsTest {

  static final String S = "320951001";
  static Map<String, Table.Row> rating;

  @BeforeAll
  static void compute() {
    RatingFixture city = new RatingFixture().street(S, "一街道");
    String[][] objectives = {
      {"32095201", "80"},
      {"32095202", "80"},
      {"32095203", "60"},
      {"32095204", "20"},
      {"32095205", "19.98"},
      {"32095206", null},
      {"32095207", "60.0000000001"}
    };
    for (String[] o : objectives) {
      city.department(o[0], "部门" + o[0]).rateMany(3, "r", RESIDENTS, S, o[0], A, A);
      if (o[1] != null) {
        city.objective(o[0], Double.parseDouble(o[1]), "");
      }
    }
    city.department("32095301", "E1")
        .rateMany(3, "e1r", RESIDENTS, S, "32095301", A)
        .rateMany(3, "e1u", UNITS, S, "32095301", C)
        .objective("32095301", 50.0, "")
        .department("32095302", "E2")
        .rateMany(3, "e2r", RESIDENTS, S, "32095302", B)
        .rateMany(3, "e2u", UNITS, S, "32095302", A)
        .objective("32095302", 50.0, "");
    rating = byKey(city.compute().departmentRating(), "department_code");
  }

  private static Integer rank(String code) {
    return rating.get(code).integer("rank");
  }

  private static Integer equalRank(String code) {
    return rating.get(code).integer("rank_equal_weights");
  }

  private static String grade(String code) {
    return rating.get(code).string("grade");
  }

  @Test
  void tiesShareTheSmallestRank() {
    // totals: T1 90, T2 90, T7 80+5e-11, T3 80, E1 70, E2 65, T4 60, T5 59.99
    assertThat(rank("32095201")).isEqualTo(1);
    assertThat(rank("32095202")).isEqualTo(1);
    assertThat(rank("32095207")).isEqualTo(3);
    assertThat(rank("32095203")).isEqualTo(3);
    assertThat(rank("32095301")).isEqualTo(5);
    assertThat(rank("32095302")).isEqualTo(6);
    assertThat(rank("32095204")).isEqualTo(7);
    assertThat(rank("32095205")).isEqualTo(8);
  }

  @Test
  void gradesOnTheThresholds() {
    assertThat(d(rating.get("32095201"), "total_score")).isCloseTo(90.0, EPS);
    assertThat(grade("32095201")).isEqualTo("优秀");
    assertThat(grade("32095203")).isEqualTo("良好");
    assertThat(grade("32095301")).isEqualTo("合格");
    assertThat(grade("32095204")).isEqualTo("合格");
    assertThat(grade("32095205")).isEqualTo("不合格");
  }

  @Test
  void missingObjectiveLeavesTheTotalNullAndUnranked() {
    Table.Row t6 = rating.get("32095206");
    assertThat(d(t6, "satisfaction_score")).isCloseTo(100.0, EPS);
    assertThat(t6.get("total_score")).isNull();
    assertThat(t6.get("rank")).isNull();
    assertThat(t6.get("total_score_standardised")).isNull();
    assertThat(t6.get("rank_standardised")).isNull();
    assertThat(t6.get("total_score_equal_weights")).isNull();
    assertThat(t6.get("rank_equal_weights")).isNull();
    assertThat(t6.get("grade")).isNull();
    assertThat(t6.string("flags")).isEqualTo("no_objective_score");
  }

  @Test
  void equalWeightsRanksSitBesideTheConfiguredOnes() {
    assertThat(d(rating.get("32095301"), "satisfaction_score")).isCloseTo(90.0, EPS);
    assertThat(d(rating.get("32095302"), "satisfaction_score")).isCloseTo(80.0, EPS);
    assertThat(d(rating.get("32095301"), "satisfaction_score_equal_weights")).isCloseTo(75.0, EPS);
    assertThat(d(rating.get("32095302"), "satisfaction_score_equal_weights")).isCloseTo(87.5, EPS);
    assertThat(d(rating.get("32095302"), "total_score_equal_weights")).isCloseTo(68.75, EPS);
    // equal-weight totals: T1 90, T2 90, T7, T3 80, E2 68.75, E1 62.5, T4 60, T5 59.99
    assertThat(equalRank("32095201")).isEqualTo(1);
    assertThat(equalRank("32095203")).isEqualTo(3);
    assertThat(equalRank("32095302")).isEqualTo(5);
    assertThat(equalRank("32095301")).isEqualTo(6);
    assertThat(equalRank("32095205")).isEqualTo(8);
  }
}
