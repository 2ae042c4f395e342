package org.govindex.reports.tables;

import java.util.List;
import org.govindex.contract.Flag;
import org.govindex.contract.Grade;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/**
 * A row of {@link Results#APPRAISAL}: the appraisal of one community or street.
 *
 * @param unitName the unit's name, its code when the table has none
 * @param subjectiveScore S (0-100)
 * @param objectiveScore O (0-100)
 * @param totalScore T = w·S + (1 − w)·O
 * @param subjectiveWeight w
 * @param nValid valid survey responses
 * @param ciLow lower end of the 95% bootstrap interval of S
 * @param ciHigh upper end of the 95% bootstrap interval of S
 * @param satisfactionRate 满意率 in [0, 1]
 * @param rank rank within the level, null when unranked
 * @param grade a {@link Grade} label, or null
 * @param flags flag codes ({@link Flag})
 * @param parentCode street of a community, district of a street
 * @param parentName name of the parent
 * @param districtType 中心城区 or 非中心城区
 * @param previousTotalScore T of the previous period
 * @param totalChange T − previous T
 * @param changeSignificant whether the change exceeds its uncertainty
 * @param rankLow best rank of the 95% bootstrap interval of the rank (null for unranked units, or
 *     when the table has no {@code rank_low} column, as in older outputs)
 * @param rankHigh worst rank of that interval
 */
public record AppraisalRow(
    String period,
    UnitLevel level,
    String unitCode,
    String unitName,
    Double subjectiveScore,
    Double objectiveScore,
    Double totalScore,
    double subjectiveWeight,
    long nValid,
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

  public AppraisalRow {
    flags = List.copyOf(flags);
  }

  static AppraisalRow from(Table.Row row) {
    String code = row.string("unit_code");
    return new AppraisalRow(
        row.string("period"),
        RowValues.level(row),
        code,
        RowValues.nameOr(row.string("unit_name"), code),
        row.number("subjective_score"),
        row.number("objective_score"),
        row.number("total_score"),
        row.number("subjective_weight"),
        row.longValue("n_valid"),
        row.number("ci_low"),
        row.number("ci_high"),
        row.number("satisfaction_rate"),
        row.integer("rank"),
        row.string("grade"),
        Flag.split(row.string("flags")),
        row.string("parent_code"),
        row.string("parent_name"),
        row.string("district_type"),
        row.number("previous_total_score"),
        row.number("total_change"),
        row.bool("change_significant"),
        row.integer("rank_low"),
        row.integer("rank_high"));
  }

  /** Whether the 95% interval of the rank is known (both ends present). */
  public boolean hasRankInterval() {
    return rankLow != null && rankHigh != null;
  }

  /** Whether the unit is below the minimum sample (flagged so, or graded so). */
  public boolean insufficientSample() {
    return flags.contains(Flag.INSUFFICIENT_SAMPLE.code())
        || Grade.INSUFFICIENT_SAMPLE.label().equals(grade);
  }
}
