package org.govindex.indicators.appraisal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Flag;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.grading.Grading;
import org.govindex.indicators.grading.TolerantRanking;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.subjective.UnitSubjective;

/**
 * The appraisal table (methodology §3): for every registered community and street,
 *
 * <ul>
 *   <li>{@code T = w·S + (1 − w)·O} with the level's subjective weight w of the policy (floors
 *       checked when the policy was loaded); null when S or O is null, then the unit is flagged
 *       {@code incomplete} (and {@code no_objective_score} when O is null) and gets no rank;
 *   <li>a unit whose O rests on fewer than the policy's minimum share of its weighted indicators
 *       keeps its scores but gets no rank and no grade (flag {@code low_objective_coverage});
 *   <li>rank by T among the level's units with a total and a sufficient sample ({@link
 *       TolerantRanking}, unit code breaks exact ties) and grade ({@link Grading}: the policy's
 *       thresholds and optional 优秀 quota);
 *   <li>the unit's parent (a community's street, a street's district) and district type;
 *   <li>the change against the previous period's total when there is one: {@code Δ = T − T_prev},
 *       significant when {@code |Δ| > sqrt(h² + h_prev²)} where {@code h = w·(ci_high − ci_low)/2}
 *       ({@link PreviousTotal#halfWidth}; the two survey waves are independent samples);
 *   <li>the 95% interval of the rank ({@link RankIntervals}), null for unranked units;
 *   <li>flags: the subjective part's, {@code incomplete}, {@code no_objective_score}, O's flags,
 *       {@code excellent_quota_demoted}, then the unit's survey-quality flags (which never change a
 *       score).
 * </ul>
 *
 * Rows: communities then streets, each by rank (unranked last), then unit_code.
 */
public final class AppraisalTotals {

  private AppraisalTotals() {}

  /** One unit's appraisal before it becomes a row. */
  record Unit(
      UnitSubjective subjective,
      double w,
      ObjectiveScore objective,
      Double total,
      int rank,
      Grading.Graded grade,
      int[] rankInterval,
      boolean lowCoverage) {

    Double objectiveScore() {
      return objective == null ? null : objective.score();
    }
  }

  /**
   * The appraisal rows of both levels.
   *
   * @param subjective the subjective part of every registered community and street
   * @param objective O of the units (level community and street; others ignored)
   * @param qualityFlags level + "|" + unit code → the unit's survey-quality flags cell
   * @param previous level + "|" + unit code → the previous period's total, empty without one
   */
  public static Table compute(
      Registry registry,
      List<UnitSubjective> subjective,
      List<ObjectiveScore> objective,
      Map<String, String> qualityFlags,
      Map<String, PreviousTotal> previous,
      AppraisalPolicy policy,
      String period) {
    Map<String, ObjectiveScore> o = new HashMap<>();
    objective.forEach(s -> o.put(key(s.level(), s.unitCode()), s));
    Map<String, UnitParents.Parent> parents = UnitParents.of(registry);
    Grading grading = new Grading(policy.gradeThresholds(), policy.excellentQuota());
    Table.Builder out = Table.builder(Results.APPRAISAL);
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.STREET)) {
      List<UnitSubjective> units =
          subjective.stream()
              .filter(u -> u.level() == level)
              .sorted(Comparator.comparing(UnitSubjective::unitCode))
              .toList();
      List<Unit> rows =
          level(
              units, o, policy.subjectiveWeight(level), grading, policy.minimumObjectiveCoverage());
      rows.sort(
          Comparator.comparingInt((Unit u) -> u.rank() == 0 ? Integer.MAX_VALUE : u.rank())
              .thenComparing(u -> u.subjective().unitCode()));
      for (Unit u : rows) {
        String key = key(level, u.subjective().unitCode());
        addRow(out, u, parents.get(key), previous.get(key), qualityFlags.get(key), period);
      }
    }
    return out.build();
  }

  static String key(UnitLevel level, String unitCode) {
    return level.code() + "|" + unitCode;
  }

  /** The level's units (in unit-code order) with T, rank, grade and rank interval. */
  private static List<Unit> level(
      List<UnitSubjective> units,
      Map<String, ObjectiveScore> o,
      double w,
      Grading grading,
      double minimumCoverage) {
    int n = units.size();
    double[] totals = new double[n];
    double[] rankable = new double[n];
    boolean[] insufficient = new boolean[n];
    boolean[] lowCoverage = new boolean[n];
    ObjectiveScore[] objective = new ObjectiveScore[n];
    for (int i = 0; i < n; i++) {
      UnitSubjective s = units.get(i);
      objective[i] = o.get(key(s.level(), s.unitCode()));
      Double score = objective[i] == null ? null : objective[i].score();
      totals[i] =
          s.score() == null || score == null ? Double.NaN : w * s.score() + (1.0 - w) * score;
      insufficient[i] = s.insufficient();
      lowCoverage[i] = objective[i] != null && objective[i].coverage() < minimumCoverage;
      rankable[i] = insufficient[i] || lowCoverage[i] ? Double.NaN : totals[i];
    }
    int[] ranks = TolerantRanking.ranks(rankable);
    Grading.Graded[] grades = grading.grade(totals, insufficient, ranks);
    for (int i = 0; i < n; i++) {
      if (lowCoverage[i] && !insufficient[i]) {
        grades[i] = new Grading.Graded(null, false);
      }
    }
    int[][] intervals = rankIntervals(units, objective, ranks, w);
    List<Unit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          new Unit(
              units.get(i),
              w,
              objective[i],
              Double.isNaN(totals[i]) ? null : totals[i],
              ranks[i],
              grades[i],
              intervals[i],
              lowCoverage[i]));
    }
    return out;
  }

  /** Rank intervals of the ranked units (null for the others), from the replicates of S. */
  private static int[][] rankIntervals(
      List<UnitSubjective> units, ObjectiveScore[] objective, int[] ranks, double w) {
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < ranks.length; i++) {
      if (ranks[i] > 0) {
        ranked.add(i);
      }
    }
    int[][] out = new int[ranks.length][];
    if (ranked.isEmpty()) {
      return out;
    }
    int resamples = replicates(units.get(ranked.get(0))).length;
    double[][] replicateTotals = new double[ranked.size()][];
    for (int r = 0; r < ranked.size(); r++) {
      int i = ranked.get(r);
      double[] s = replicates(units.get(i));
      if (s.length != resamples) {
        throw new IllegalStateException(
            "appraisal: "
                + units.get(i).level().code()
                + " "
                + units.get(i).unitCode()
                + " has "
                + s.length
                + " bootstrap replicates of S, "
                + units.get(ranked.get(0)).unitCode()
                + " has "
                + resamples);
      }
      double o = objective[i].score();
      replicateTotals[r] = new double[resamples];
      for (int b = 0; b < resamples; b++) {
        // the expression of the nominal total, so that equal inputs give bit-identical totals
        replicateTotals[r][b] = w * s[b] + (1.0 - w) * o;
      }
    }
    int[][] intervals = RankIntervals.intervals(replicateTotals);
    for (int r = 0; r < ranked.size(); r++) {
      out[ranked.get(r)] = intervals[r];
    }
    return out;
  }

  /** The replicates of S of a ranked unit, which must have them. */
  private static double[] replicates(UnitSubjective unit) {
    double[] s = unit.replicates();
    if (s == null) {
      throw new IllegalStateException(
          "appraisal: ranked "
              + unit.level().code()
              + " "
              + unit.unitCode()
              + " has no bootstrap replicates of S");
    }
    return s;
  }

  private static void addRow(
      Table.Builder out,
      Unit u,
      UnitParents.Parent parent,
      PreviousTotal previous,
      String qualityFlags,
      String period) {
    UnitSubjective s = u.subjective();
    List<String> flags = new ArrayList<>(s.flags());
    if (u.total() == null) {
      flags.add(Flag.INCOMPLETE.code());
    }
    if (u.objectiveScore() == null) {
      flags.add(Flag.NO_OBJECTIVE_SCORE.code());
    }
    if (u.objective() != null) {
      flags.addAll(u.objective().flags());
    }
    if (u.grade().demoted()) {
      flags.add(Flag.EXCELLENT_QUOTA_DEMOTED.code());
    }
    if (u.lowCoverage()) {
      flags.add(Flag.LOW_OBJECTIVE_COVERAGE.code());
    }
    flags.addAll(Flag.split(qualityFlags));
    Double previousTotal = previous == null ? null : previous.totalScore();
    Double change = u.total() == null || previousTotal == null ? null : u.total() - previousTotal;
    Double h = PreviousTotal.halfWidth(u.w(), s.ciLow(), s.ciHigh());
    Double hPrevious =
        previous == null
            ? null
            : PreviousTotal.halfWidth(
                previous.subjectiveWeight(), previous.ciLow(), previous.ciHigh());
    Boolean significant =
        change == null || h == null || hPrevious == null
            ? null
            : Math.abs(change) > Math.sqrt(h * h + hPrevious * hPrevious);
    out.row()
        .set("period", period)
        .set("level", s.level().code())
        .set("unit_code", s.unitCode())
        .set("unit_name", s.unitName())
        .set("subjective_score", s.score())
        .set("objective_score", u.objectiveScore())
        .set("total_score", u.total())
        .set("subjective_weight", u.w())
        .set("n_valid", s.nValid())
        .set("ci_low", s.ciLow())
        .set("ci_high", s.ciHigh())
        .set("satisfaction_rate", s.satisfactionRate())
        .set("rank", u.rank() == 0 ? null : u.rank())
        .set("grade", u.grade().grade() == null ? null : u.grade().grade().label())
        .set("flags", Flag.join(flags))
        .set("parent_code", parent == null ? null : parent.code())
        .set("parent_name", parent == null ? null : parent.name())
        .set("district_type", parent == null ? null : parent.districtType())
        .set("previous_total_score", previousTotal)
        .set("total_change", change)
        .set("change_significant", significant)
        .set("rank_low", u.rankInterval() == null ? null : u.rankInterval()[0])
        .set("rank_high", u.rankInterval() == null ? null : u.rankInterval()[1])
        .add();
  }
}
