package org.govindex.contract;

import java.util.List;
import java.util.Optional;

/**
 * The grades (等次) of the {@code grade} columns: the four grades given by score, and 样本不足 for a unit
 * below the minimum sample, which gets no grade by score. The thresholds are policy (the appraisal
 * policy file), not part of the contract.
 */
public enum Grade {
  EXCELLENT("优秀"),
  GOOD("良好"),
  PASS("合格"),
  FAIL("不合格"),
  INSUFFICIENT_SAMPLE("样本不足");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  /** The text of the {@code grade} column. */
  public String label() {
    return label;
  }

  /** The grades given by score, best first. */
  public static List<Grade> byScore() {
    return List.of(EXCELLENT, GOOD, PASS, FAIL);
  }

  /** The grade of a {@code grade} column text, if it is one. */
  public static Optional<Grade> fromLabel(String label) {
    for (Grade grade : values()) {
      if (grade.label.equals(label)) {
        return Optional.of(grade);
      }
    }
    return Optional.empty();
  }
}
