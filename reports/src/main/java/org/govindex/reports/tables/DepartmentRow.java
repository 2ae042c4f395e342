package org.govindex.reports.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Flag;
import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * A row of {@link Results#DEPARTMENT_RATING}: the dual-direction rating (双向考评) of one department.
 *
 * @param departmentName the department's name, its code when the table has none
 * @param groupScores score per rater group ({@link Results#RATER_GROUPS} label → score or null), in
 *     the fixed group order
 * @param groupRaters raters per group (label → count), in the same order
 * @param satisfactionWeight w_d, the weight of satisfaction in the total
 */
public record DepartmentRow(
    String departmentCode,
    String departmentName,
    Map<String, Double> groupScores,
    Double satisfactionScore,
    Double objectiveScore,
    Double totalScore,
    Integer rank,
    String grade,
    List<String> flags,
    double satisfactionWeight,
    Map<String, Long> groupRaters,
    long nRaters,
    long nStraightliners,
    Double totalScoreStandardised,
    Integer rankStandardised,
    Double totalScoreEqualWeights,
    Integer rankEqualWeights) {

  public DepartmentRow {
    groupScores = Collections.unmodifiableMap(new LinkedHashMap<>(groupScores));
    groupRaters = Collections.unmodifiableMap(new LinkedHashMap<>(groupRaters));
    flags = List.copyOf(flags);
  }

  static DepartmentRow from(Table.Row row) {
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Long> raters = new LinkedHashMap<>();
    Results.RATER_GROUPS.forEach(
        (code, label) -> {
          scores.put(label, row.number("group_" + code));
          raters.put(label, row.longValue("n_raters_" + code));
        });
    String code = row.string("department_code");
    return new DepartmentRow(
        code,
        RowValues.nameOr(row.string("department_name"), code),
        scores,
        row.number("satisfaction_score"),
        row.number("objective_score"),
        row.number("total_score"),
        row.integer("rank"),
        row.string("grade"),
        Flag.split(row.string("flags")),
        row.number("satisfaction_weight"),
        raters,
        row.longValue("n_raters"),
        row.longValue("n_straightliners"),
        row.number("total_score_standardised"),
        row.integer("rank_standardised"),
        row.number("total_score_equal_weights"),
        row.integer("rank_equal_weights"));
  }
}
