package org.govindex.indicators.grading;

import org.govindex.contract.Messages;

/**
 * Grade bands of a total score T (methodology §3): 优秀 T ≥ excellent, 良好 T ≥ good, 合格 T ≥ pass, else
 * 不合格. Defaults 90 / 80 / 60.
 */
public record GradeThresholds(double excellent, double good, double pass) {

  public static final GradeThresholds DEFAULT = new GradeThresholds(90, 80, 60);

  public GradeThresholds {
    if (!(0.0 <= pass && pass < good && good < excellent && excellent <= 100.0)) {
      throw new IllegalArgumentException(
          Messages.text("grading.thresholds-order", pass, good, excellent));
    }
  }

  /** The grade of a total: 优秀, 良好, 合格 or 不合格. */
  public String grade(double total) {
    if (total >= excellent) {
      return "优秀";
    }
    if (total >= good) {
      return "良好";
    }
    if (total >= pass) {
      return "合格";
    }
    return "不合格";
  }
}
