package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govindex.contract.UnitLevel.COMMUNITY;
import static org.govindex.contract.UnitLevel.STREET;
import static org.govindex.indicators.appraisal.AppraisalFixture.byUnit;
import static org.govindex.indicators.appraisal.AppraisalFixture.objective;
import static org.govindex.indicators.appraisal.AppraisalFixture.policy;
import static org.govindex.indicators.appraisal.AppraisalFixture.subjective;
import static org.govindex.indicators.appraisal.AppraisalFixture.totals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.subjective.UnitSubjective;
import org.junit.jupiter.api.Test;

/**
 * Rank and grade per level, through the appraisal totals with w = 1 (so T = S exactly) and the
 * default thresholds 90 / 80 / 60.
 */
class AppraisalRankingTest {

  private record Result(Integer rank, String grade) {}

  private static final List<UnitSubjective> SUBJECTIVE = new ArrayList<>();
  private static final List<ObjectiveScore> OBJECTIVE = new ArrayList<>();

  private static void unit(UnitLevel level, String code, Double score, boolean insufficient) {
    SUBJECTIVE.add(
        subjective(
            level,
            code,
            score,
            insufficient ? 5 : 200,
            score,
            score,
            insufficient,
            insufficient ? "insufficient_sample" : ""));
    OBJECTIVE.add(objective(level, code, 0.0, ""));
  }

  static {
    unit(COMMUNITY, "A", 95.0, false);
    unit(COMMUNITY, "B", 90.0, false);
    unit(COMMUNITY, "C", 90.0 + 5e-10, false);
    unit(COMMUNITY, "D", 89.9999, false);
    unit(COMMUNITY, "E", 80.0, false);
    unit(COMMUNITY, "F", 79.99, false);
    unit(COMMUNITY, "G", 60.0, false);
    unit(COMMUNITY, "H", 59.99, false);
    unit(COMMUNITY, "I", null, false);
    unit(COMMUNITY, "J", 99.0, true);
    unit(COMMUNITY, "K", null, true);
    unit(STREET, "X", 50.0, false);
    unit(STREET, "Y", 70.0, false);
  }

  @Test
  void ranksDescendingPerLevelWithTiesSharingTheSmallestRank() {
    // the units in another order than by code: the result must not depend on it
    List<UnitSubjective> shuffled = new ArrayList<>(SUBJECTIVE);
    Collections.reverse(shuffled);
    Map<String, Result> result = results(totals(shuffled, OBJECTIVE, policy(1.0, 1.0)));

    assertThat(result.get("A")).isEqualTo(new Result(1, "优秀"));
    assertThat(result.get("C")).isEqualTo(new Result(2, "优秀"));
    assertThat(result.get("B")).isEqualTo(new Result(2, "优秀"));
    assertThat(result.get("D")).isEqualTo(new Result(4, "良好"));
    assertThat(result.get("E")).isEqualTo(new Result(5, "良好"));
    assertThat(result.get("F")).isEqualTo(new Result(6, "合格"));
    assertThat(result.get("G")).isEqualTo(new Result(7, "合格"));
    assertThat(result.get("H")).isEqualTo(new Result(8, "不合格"));
    assertThat(result.get("I")).isEqualTo(new Result(null, null));
    assertThat(result.get("J")).isEqualTo(new Result(null, "样本不足"));
    assertThat(result.get("K")).isEqualTo(new Result(null, "样本不足"));
    assertThat(result.get("Y")).isEqualTo(new Result(1, "合格"));
    assertThat(result.get("X")).isEqualTo(new Result(2, "不合格"));
  }

  @Test
  void scoresFartherApartThanTheToleranceDoNotTie() {
    List<UnitSubjective> s = new ArrayList<>();
    List<ObjectiveScore> o = new ArrayList<>();
    for (String code : List.of("P", "Q", "R")) {
      double score = code.equals("P") ? 70.0 + 2e-9 : 70.0;
      s.add(subjective(COMMUNITY, code, score, 200, score, score, false, ""));
      o.add(objective(COMMUNITY, code, 0.0, ""));
    }
    Map<String, Result> ranks = results(totals(s, o, policy(1.0, 1.0)));
    assertThat(ranks.get("P").rank()).isEqualTo(1);
    assertThat(ranks.get("Q").rank()).isEqualTo(2);
    assertThat(ranks.get("R").rank()).isEqualTo(2);
  }

  private static Map<String, Result> results(Table table) {
    Map<String, Result> out = new HashMap<>();
    byUnit(table)
        .forEach(
            (key, row) ->
                out.put(
                    row.string("unit_code"), new Result(row.integer("rank"), row.string("grade"))));
    return out;
  }
}
