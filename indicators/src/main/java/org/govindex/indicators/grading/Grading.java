package org.govindex.indicators.grading;

import java.util.OptionalDouble;
import org.govindex.contract.Grade;
import org.govindex.contract.Messages;

/**
 * Grades of ranked units (methodology §3): 优秀 score ≥ excellent, 良好 ≥ good, 合格 ≥ pass, else 不合格
 * (thresholds of the policy); 样本不足 for a unit below the minimum sample; no grade without a score.
 *
 * <p>The optional 优秀 quota: at most {@code floor(quota · n)} of the level's n ranked units keep 优秀.
 * Units count in rank order and a tie group is never split: a 优秀 unit keeps its grade only when the
 * number of ranked units with a rank ≤ its own (its whole tie group included) is within the cap;
 * the others become 良好 and are flagged {@code excellent_quota_demoted}.
 */
public final class Grading {

  /** Added to the quota before flooring, so that 0.3 · 10 is 3 despite rounding. */
  private static final double QUOTA_ROUNDING = 1e-12;

  private final GradeThresholds thresholds;
  private final OptionalDouble excellentQuota;

  public Grading(GradeThresholds thresholds, OptionalDouble excellentQuota) {
    this.thresholds = thresholds;
    this.excellentQuota = excellentQuota;
  }

  /** Grading with the given thresholds and no quota. */
  public static Grading withoutQuota(GradeThresholds thresholds) {
    return new Grading(thresholds, OptionalDouble.empty());
  }

  /**
   * The grade of one unit, and whether the quota demoted it.
   *
   * @param grade the grade, or null for a unit without score
   */
  public record Graded(Grade grade, boolean demoted) {}

  /**
   * The grade of a score by the thresholds (no quota): never {@link Grade#INSUFFICIENT_SAMPLE}.
   *
   * @throws IllegalArgumentException for a NaN score, which has no grade (it is not 不合格)
   */
  public Grade byScore(double score) {
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException(Messages.text("grading.nan-score"));
    }
    if (score >= thresholds.excellent()) {
      return Grade.EXCELLENT;
    }
    if (score >= thresholds.good()) {
      return Grade.GOOD;
    }
    if (score >= thresholds.pass()) {
      return Grade.PASS;
    }
    return Grade.FAIL;
  }

  /**
   * The grades of one level's units.
   *
   * @param scores score per unit, NaN when none
   * @param insufficient per unit, whether it is below the minimum sample
   * @param ranks per unit, its rank among the level's ranked units (0 = not ranked), as given by
   *     {@link TolerantRanking#ranks}
   */
  public Graded[] grade(double[] scores, boolean[] insufficient, int[] ranks) {
    int n = scores.length;
    Graded[] out = new Graded[n];
    int ranked = 0;
    int[] atRank = new int[n + 2];
    for (int r : ranks) {
      if (r > 0) {
        ranked++;
        atRank[r]++;
      }
    }
    int[] upTo = new int[n + 2];
    for (int r = 1; r <= n + 1; r++) {
      upTo[r] = upTo[r - 1] + atRank[r];
    }
    long allowed =
        excellentQuota.isPresent()
            ? (long) Math.floor(ranked * (excellentQuota.getAsDouble() + QUOTA_ROUNDING))
            : Long.MAX_VALUE;
    for (int u = 0; u < n; u++) {
      if (insufficient[u]) {
        out[u] = new Graded(Grade.INSUFFICIENT_SAMPLE, false);
      } else if (Double.isNaN(scores[u])) {
        out[u] = new Graded(null, false);
      } else {
        Grade g = byScore(scores[u]);
        boolean demote = g == Grade.EXCELLENT && ranks[u] > 0 && upTo[ranks[u]] > allowed;
        out[u] = new Graded(demote ? Grade.GOOD : g, demote);
      }
    }
    return out;
  }
}
