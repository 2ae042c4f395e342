package org.govindex.reports.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code department_rating.csv}: the dual-direction rating (双向考评) of one department.
 *
 * @param groupScores score per rater group (Chinese group name → score or null), in column order
 * @param groupRaters raters per group (Chinese group name → count), when the table has them
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
    Double satisfactionWeight,
    Map<String, Integer> groupRaters,
    Integer nRaters,
    Integer nStraightliners,
    Double totalScoreStandardised,
    Integer rankStandardised,
    Double totalScoreEqualWeights,
    Integer rankEqualWeights) {

  static final List<String> REQUIRED =
      List.of(
          "department_code",
          "department_name",
          "satisfaction_score",
          "objective_score",
          "total_score",
          "rank",
          "grade",
          "flags");

  /** Chinese names of the rater groups by the code used in {@code group_<code>} column names. */
  private static final Map<String, String> GROUP_NAMES =
      Map.of("residents", "居民代表", "street", "街道", "committee", "社区居委会", "units", "驻区单位");

  public DepartmentRow {
    groupScores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupScores));
    groupRaters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupRaters));
    flags = List.copyOf(flags);
  }

  /**
   * The rater-group columns of the table: every column between department_name and
   * satisfaction_score.
   */
  static List<String> groupColumns(CsvTable table) {
    return new ArrayList<>(table.columnsBetween("department_name", "satisfaction_score"));
  }

  /** The Chinese name of a group column: {@code group_residents} → 居民代表; others as they are. */
  public static String groupName(String column) {
    String code = column.startsWith("group_") ? column.substring("group_".length()) : column;
    return GROUP_NAMES.getOrDefault(code, code);
  }

  private static String countColumn(String groupColumn) {
    String code =
        groupColumn.startsWith("group_") ? groupColumn.substring("group_".length()) : groupColumn;
    return "n_raters_" + code;
  }

  static DepartmentRow from(CsvRow row, List<String> groupColumns) {
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Integer> raters = new LinkedHashMap<>();
    for (String column : groupColumns) {
      scores.put(groupName(column), row.number(column));
      Integer count = row.integer(countColumn(column));
      if (count != null) {
        raters.put(groupName(column), count);
      }
    }
    String code = row.requiredText("department_code");
    return new DepartmentRow(
        code,
        AppraisalRow.nameOr(row.text("department_name"), code),
        scores,
        row.number("satisfaction_score"),
        row.number("objective_score"),
        row.number("total_score"),
        row.integer("rank"),
        row.text("grade"),
        row.flags("flags"),
        row.number("satisfaction_weight"),
        raters,
        row.integer("n_raters"),
        row.integer("n_straightliners"),
        row.number("total_score_standardised"),
        row.integer("rank_standardised"),
        row.number("total_score_equal_weights"),
        row.integer("rank_equal_weights"));
  }
}
