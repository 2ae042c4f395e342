package org.govindex.jobs.compute.appraisal;

/**
 * Appraisal grades of methodology §3: 优秀 score ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格; units below the
 * minimum sample get {@link #INSUFFICIENT_SAMPLE} (样本不足) instead.
 */
public enum Grade {
  EXCELLENT("优秀", 90.0),
  GOOD("良好", 80.0),
  PASS("合格", 60.0),
  FAIL("不合格", Double.NEGATIVE_INFINITY),
  INSUFFICIENT_SAMPLE("样本不足", Double.NaN);

  private final String label;
  private final double threshold;

  Grade(String label, double threshold) {
    this.label = label;
    this.threshold = threshold;
  }

  /** The label written to the {@code grade} column. */
  public String label() {
    return label;
  }

  /** Lowest score of the grade (inclusive); NaN for {@link #INSUFFICIENT_SAMPLE}. */
  public double threshold() {
    return threshold;
  }

  /** The grade of a score (not for units below the minimum sample). */
  public static Grade of(double score) {
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("grade of NaN score");
    }
    for (Grade grade : scoreGrades()) {
      if (score >= grade.threshold) {
        return grade;
      }
    }
    return FAIL;
  }

  /** The grades given by score, best first. */
  public static Grade[] scoreGrades() {
    return new Grade[] {EXCELLENT, GOOD, PASS, FAIL};
  }
}
