package org.govindex.indicators.innovation;

import org.govindex.contract.Flag;
import org.govindex.contract.Grade;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.indicators.grading.Grading;

/**
 * One row of {@code awards} ({@link Results#AWARDS}, methodology §6): project score {@code P =
 * a·居民满意度得分 + b·社会效果评价得分} (0.5 / 0.5 by default), graded with the thresholds of §3 (优秀 P ≥ 90, 良好 P
 * ≥ 80, 合格 P ≥ 60, else 不合格, bounds inclusive; {@link Grading#byScore}), eligible when the grade is
 * configured eligible (良好 and above), award = the configured amount of its grade (0 when not
 * eligible).
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
record ProjectAward(
    String period,
    String projectCode,
    String projectName,
    String unitCode,
    Double projectScore,
    Grade grade,
    boolean eligible,
    double awardAmount,
    String flags) {

  /** Scores, grades and awards one project; a missing (null or NaN) score gives no grade. */
  static ProjectAward of(
      String period,
      String projectCode,
      String projectName,
      String unitCode,
      Double residentSatisfaction,
      Double socialEffect,
      AwardSettings settings,
      Grading grading) {
    if (residentSatisfaction == null
        || socialEffect == null
        || residentSatisfaction.isNaN()
        || socialEffect.isNaN()) {
      return new ProjectAward(
          period,
          projectCode,
          projectName,
          unitCode,
          null,
          null,
          false,
          0.0,
          Flag.MISSING_SCORE.code());
    }
    double score = settings.projectScore(residentSatisfaction, socialEffect);
    Grade grade = grading.byScore(score);
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

  /** Adds the row to a table of {@link Results#AWARDS}. */
  void addTo(Table.Builder table) {
    table
        .row()
        .set("period", period)
        .set("project_code", projectCode)
        .set("project_name", projectName)
        .set("unit_code", unitCode)
        .set("project_score", projectScore)
        .set("grade", grade == null ? null : grade.label())
        .set("eligible", eligible)
        .set("award_amount", awardAmount)
        .set("flags", flags)
        .add();
  }
}
