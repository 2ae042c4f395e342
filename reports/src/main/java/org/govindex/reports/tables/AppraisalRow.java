package org.govindex.reports.tables;

import java.util.List;

/**
 * A row of {@code appraisal.csv}: the appraisal of one community or street.
 *
 * @param level {@code community} or {@code street}
 * @param subjectiveScore S (0-100)
 * @param objectiveScore O (0-100)
 * @param totalScore T = w·S + (1 − w)·O
 * @param subjectiveWeight w
 * @param nValid valid survey responses
 * @param ciLow lower end of the 95% bootstrap interval of S
 * @param ciHigh upper end of the 95% bootstrap interval of S
 * @param satisfactionRate 满意率 in [0, 1]
 * @param rank rank within the level, null when unranked
 * @param grade 优秀/良好/合格/不合格/样本不足, or null
 * @param flags flag codes
 * @param parentCode street of a community, district of a street
 * @param parentName name of the parent
 * @param districtType 中心城区 or 非中心城区
 * @param previousTotalScore T of the previous period
 * @param totalChange T − previous T
 * @param changeSignificant whether the change exceeds its uncertainty
 * @param rankLow best rank of the 95% bootstrap interval of the rank (optional column {@code
 *     rank_low}; null when absent, e.g. in older outputs, or for unranked units)
 * @param rankHigh worst rank of that interval (optional column {@code rank_high})
 */
public record AppraisalRow(
    String period,
    String level,
    String unitCode,
    String unitName,
    Double subjectiveScore,
    Double objectiveScore,
    Double totalScore,
    Double subjectiveWeight,
    int nValid,
    Double ciLow,
    Double ciHigh,
    Double satisfactionRate,
    Integer rank,
    String grade,
    List<String> flags,
    String parentCode,
    String parentName,
    String districtType,
    Double previousTotalScore,
    Double totalChange,
    Boolean changeSignificant,
    Integer rankLow,
    Integer rankHigh) {

  /** Flag of units below the minimum sample. */
  public static final String INSUFFICIENT_SAMPLE = "insufficient_sample";

  static final List<String> REQUIRED =
      List.of(
          "period",
          "level",
          "unit_code",
          "unit_name",
          "subjective_score",
          "objective_score",
          "total_score",
          "subjective_weight",
          "n_valid",
          "ci_low",
          "ci_high",
          "satisfaction_rate",
          "rank",
          "grade",
          "flags");

  public AppraisalRow {
    flags = List.copyOf(flags);
  }

  static AppraisalRow from(CsvRow row) {
    return new AppraisalRow(
        row.text("period"),
        row.requiredText("level"),
        row.requiredText("unit_code"),
        nameOr(row.text("unit_name"), row.requiredText("unit_code")),
        row.number("subjective_score"),
        row.number("objective_score"),
        row.number("total_score"),
        row.number("subjective_weight"),
        row.count("n_valid"),
        row.number("ci_low"),
        row.number("ci_high"),
        row.number("satisfaction_rate"),
        row.integer("rank"),
        row.text("grade"),
        row.flags("flags"),
        row.text("parent_code"),
        row.text("parent_name"),
        row.text("district_type"),
        row.number("previous_total_score"),
        row.number("total_change"),
        row.bool("change_significant"),
        row.integer("rank_low"),
        row.integer("rank_high"));
  }

  static String nameOr(String name, String code) {
    return name == null ? code : name;
  }

  /** Whether the 95% interval of the rank is known (both ends present). */
  public boolean hasRankInterval() {
    return rankLow != null && rankHigh != null;
  }

  /** Whether the unit is flagged {@value #INSUFFICIENT_SAMPLE}. */
  public boolean insufficientSample() {
    return flags.contains(INSUFFICIENT_SAMPLE) || "样本不足".equals(grade);
  }
}
