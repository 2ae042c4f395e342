package org.govindex.jobs.compute.innovation;

import org.govindex.indicators.appraisal.GradeThresholds;

/**
 * One row of {@code awards} (methodology §6): project score {@code P = a·居民满意度得分 + b·社会效果评价得分} (0.5
 * / 0.5 by default), graded with the thresholds of §3 (优秀 P ≥ 90, 良好 P ≥ 80, 合格 P ≥ 60, else 不合格,
 * bounds inclusive), eligible when the grade is configured eligible (良好 and above), award = the
 * configured amount of its grade (0 when not eligible).
 *
 * @param period the year
 * @param projectCode 项目编号
 * @param projectName 项目名称
 * @param unitCode 社区代码
 * @param projectScore P, {@code null} when a score is missing
 * @param grade the grade, {@code null} when P is missing
 * @param eligible whether the project receives an award
 * @param awardAmount award in 元
 * @param flags {@code missing_score} when P is missing, else empty
 */
public record ProjectAward(
    String period,
    String projectCode,
    String projectName,
    String unitCode,
    Double projectScore,
    String grade,
    boolean eligible,
    double awardAmount,
    String flags) {

  static final String MISSING_SCORE = "missing_score";

  /** Scores, grades and awards one project. */
  public static ProjectAward of(
      String period,
      String projectCode,
      String projectName,
      String unitCode,
      Double residentSatisfaction,
      Double socialEffect,
      AwardSettings settings,
      GradeThresholds thresholds) {
    if (residentSatisfaction == null
        || socialEffect == null
        || residentSatisfaction.isNaN()
        || socialEffect.isNaN()) {
      return new ProjectAward(
          period, projectCode, projectName, unitCode, null, null, false, 0.0, MISSING_SCORE);
    }
    double score = settings.projectScore(residentSatisfaction, socialEffect);
    String grade = thresholds.grade(score);
    return new ProjectAward(
        period,
        projectCode,
        projectName,
        unitCode,
        score,
        grade,
        settings.eligible(grade),
        settings.amount(grade),
        "");
  }
}
